package import ArgumentParser
package import RemoCore

/// `remo license`: the license rules (the arithmetic verbs need no database) and the
/// licenses in the ledger (assign, list).
package struct LicenseCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "license",
            abstract: LicenseCommandText.licenseAbstract().description,
            subcommands: [Dates.self, Renewal.self, Plan.self, Notices.self, Assign.self, List.self, Bind.self, Move.self, Reapply.self, ChangeType.self]
        )
    }

    package init() {}

    /// A license term given on the command line: `1y` or `5y`, the terms of the catalogue.
    package enum Term: String, CaseIterable, ExpressibleByArgument, Sendable {
        case oneYear = "1y"
        case fiveYears = "5y"

        /// The number of years.
        package var years: Int {
            switch self {
            case .oneYear: 1
            case .fiveYears: 5
            }
        }
    }

    /// Reads a date option, so that a bad date's message is the catalogue's sentence.
    static func parseDate(_ text: String) throws -> CalendarDate {
        try CalendarDate(parsing: text)
    }
}

/// What an arithmetic verb prints: the JSON document with `--json`, else aligned text.
package protocol LicenseReport: Encodable {
    /// The report for people, in the current language.
    func text() -> String
    /// What was refused, or a warning a script must see: printed on stderr
    /// after the report, also with `--json` and `--quiet`.
    var warnings: [Message] { get }
}

extension LicenseReport {
    package var warnings: [Message] { [] }

    /// Prints the report as the options ask, then its warnings on stderr.
    func print(json: Bool) throws {
        if json {
            try Output.json(self)
        } else {
            try Output.text(text())
        }
        warnings.forEach(Output.warning)
    }
}
