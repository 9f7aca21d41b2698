package import ArgumentParser
package import RemoCore

extension LicenseCommand {
    /// `remo license renewal`: what assigning a renewal license on a day costs.
    package struct Renewal: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LicenseCommandText.renewalAbstract().description)
        }

        @Option(
            help: ArgumentHelp(LicenseCommandText.helpCurrentExpiry().description, valueName: "yyyy-mm-dd"),
            transform: LicenseCommand.parseDate)
        package var currentExpiry: CalendarDate

        @Option(
            help: ArgumentHelp(LicenseCommandText.helpAssignOn().description, valueName: "yyyy-mm-dd"),
            transform: LicenseCommand.parseDate)
        package var assignOn: CalendarDate?

        @Option(help: ArgumentHelp(LicenseCommandText.helpTerm().description, valueName: "1y|5y"))
        package var term: Term

        @OptionGroup package var global: ToolOptions

        package init() {}

        /// The renewal, as printed.
        package func report() -> Report {
            Report(
                renewal: RemoCore.Renewal(
                    currentExpiry: currentExpiry, assignOn: assignOn ?? global.resolvedToday(), years: term.years))
        }

        package func run() async throws {
            try report().print(json: global.json)
        }

        /// `{"freeUntil", "expires", "daysLost", "lossFreeFrom", "assigned", "currentExpiry", "gapDays",
        /// "windows": [{"from", "through", "expires"}], "best": {"from", "through", "expires"}}`:
        /// the loss-free windows, a month each, and the one giving the latest expiry.
        package struct Report: LicenseReport {
            package let renewal: RemoCore.Renewal

            private enum CodingKeys: String, CodingKey {
                case freeUntil, expires, daysLost, lossFreeFrom, assigned, currentExpiry, gapDays, windows, best
            }

            package func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(renewal.dates.freeUntil, forKey: .freeUntil)
                try container.encode(renewal.dates.expires, forKey: .expires)
                try container.encode(renewal.daysLost, forKey: .daysLost)
                try container.encode(renewal.lossFreeFrom, forKey: .lossFreeFrom)
                try container.encode(renewal.dates.assigned, forKey: .assigned)
                try container.encode(renewal.currentExpiry, forKey: .currentExpiry)
                try container.encode(renewal.gapDays, forKey: .gapDays)
                try container.encode(renewal.windows, forKey: .windows)
                try container.encode(renewal.bestWindow, forKey: .best)
            }

            package func text() -> String {
                let language = Language.current
                var table = TextTable(alignments: [.left, .left])
                table.append([
                    LicenseCommandText.labelCurrentExpiry().description, renewal.currentExpiry.formatted(in: language),
                ])
                table.append([LicenseCommandText.labelAssigned().description, renewal.dates.assigned.formatted(in: language)])
                table.append([
                    LicenseCommandText.labelFreeUntil().description, renewal.dates.freeUntil.formatted(in: language),
                ])
                table.append([LicenseCommandText.labelExpires().description, renewal.dates.expires.formatted(in: language)])
                table.append([LicenseCommandText.labelDaysLost().description, String(renewal.daysLost)])
                table.append([
                    LicenseCommandText.labelLossFreeFrom().description, renewal.lossFreeFrom.formatted(in: language),
                ])
                for window in renewal.windows {
                    table.append([
                        LicenseCommandText.labelWindow([
                            "from": .date(window.from), "through": .date(window.through),
                        ]).description,
                        LicenseCommandText.labelWindowExpires(["expires": .date(window.expires)]).description,
                    ])
                }
                return table.rendered() + "\n\n" + renewal.advice.description + "\n" + renewal.windowAdvice.description
            }
        }
    }
}
