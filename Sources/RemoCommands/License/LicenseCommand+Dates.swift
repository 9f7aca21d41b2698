package import ArgumentParser
package import RemoCore

extension LicenseCommand {
    /// `remo license dates`: the free period and expiry of a term license.
    package struct Dates: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LicenseCommandText.datesAbstract().description)
        }

        @Option(
            help: ArgumentHelp(LicenseCommandText.helpAssigned().description, valueName: "yyyy-mm-dd"),
            transform: LicenseCommand.parseDate)
        package var assigned: CalendarDate

        @Option(help: ArgumentHelp(LicenseCommandText.helpTerm().description, valueName: "1y|5y"))
        package var term: Term

        @OptionGroup package var global: ToolOptions

        package init() {}

        /// The dates, as printed.
        package func report() -> Report {
            Report(term: term, dates: TermDates(assigned: assigned, years: term.years))
        }

        package func run() async throws {
            try report().print(json: global.json)
        }

        /// `{"assigned", "freeUntil", "expires", "term"}`.
        package struct Report: LicenseReport {
            package let term: Term
            package let dates: TermDates

            private enum CodingKeys: String, CodingKey { case assigned, freeUntil, expires, term }

            package func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(dates.assigned, forKey: .assigned)
                try container.encode(dates.freeUntil, forKey: .freeUntil)
                try container.encode(dates.expires, forKey: .expires)
                try container.encode(term.rawValue, forKey: .term)
            }

            package func text() -> String {
                let language = Language.current
                var table = TextTable()
                table.append([LicenseCommandText.labelAssigned().description, dates.assigned.formatted(in: language)])
                table.append([LicenseCommandText.labelFreeUntil().description, dates.freeUntil.formatted(in: language)])
                table.append([LicenseCommandText.labelPaidFrom().description, dates.paidFrom.formatted(in: language)])
                table.append([LicenseCommandText.labelExpires().description, dates.expires.formatted(in: language)])
                return table.rendered()
            }
        }
    }
}
