package import ArgumentParser
package import RemoCore

extension LicenseCommand {
    /// `remo license notices`: the e-mails sent before a license expires.
    package struct Notices: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LicenseCommandText.noticesAbstract().description)
        }

        @Option(
            help: ArgumentHelp(LicenseCommandText.helpExpires().description, valueName: "yyyy-mm-dd"),
            transform: LicenseCommand.parseDate)
        package var expires: CalendarDate

        @OptionGroup package var global: ToolOptions

        package init() {}

        /// The notices, as printed.
        package func report() -> Report {
            Report(notices: NoticeSchedule.notices(expiring: expires))
        }

        package func run() async throws {
            try report().print(json: global.json)
        }

        /// `[{"date", "audience", "daysBefore", "action"}]`.
        package struct Report: LicenseReport {
            package let notices: [Notice]

            private struct Row: Encodable {
                let date: CalendarDate
                let audience: Notice.Audience
                let daysBefore: Int
                let action: Notice.Action
            }

            package func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                try container.encode(
                    notices.map { Row(date: $0.date, audience: $0.audience, daysBefore: $0.daysBefore, action: $0.action) })
            }

            package func text() -> String {
                var table = TextTable(
                    header: [
                        LicenseCommandText.labelDate().description, LicenseCommandText.labelAudience().description,
                        LicenseCommandText.labelDaysBefore().description, LicenseCommandText.labelAction().description,
                    ],
                    alignments: [.left, .left, .right, .left])
                for notice in notices {
                    table.append([
                        notice.date.formatted(in: Language.current), notice.audience.name.description,
                        String(notice.daysBefore), notice.action.message.description,
                    ])
                }
                return table.rendered()
            }
        }
    }
}
