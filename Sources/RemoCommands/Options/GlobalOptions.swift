package import ArgumentParser
package import Foundation
package import RemoCore

/// The options every command takes (see docs/cli.md, "Everywhere").
package struct GlobalOptions: ParsableArguments, DayOption {
    @Option(name: .customLong("db"), help: ArgumentHelp(CommandText.helpDatabase().description, valueName: "path"))
    package var databasePath: String?

    @Option(help: ArgumentHelp(CommandText.helpToday().description, valueName: "yyyy-mm-dd"))
    package var today: CalendarDate?

    @Option(name: .customLong("as"), help: ArgumentHelp(CommandText.helpActor().description, valueName: "email"))
    package var actor: String?

    @Flag(help: ArgumentHelp(CommandText.helpJSON().description))
    package var json = false

    @Option(help: ArgumentHelp(CommandText.helpLanguage().description, valueName: "ja|en"))
    package var lang: Language?

    @Flag(help: ArgumentHelp(CommandText.helpQuiet().description))
    package var quiet = false

    package init() {}

    /// The database file: `--db`, else `$REMO_DB`, else `./remo.sqlite`.
    package func resolvedDatabasePath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        databasePath ?? environment["REMO_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "remo.sqlite"
    }

}

extension TimeZone {
    /// The service's default time zone, Asia/Tokyo.
    package static var remoDefault: TimeZone { TimeZone(identifier: "Asia/Tokyo") ?? .current }
}

extension CalendarDate {
    /// The calendar day that `date` falls on in `timeZone`.
    package init(_ date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(dayNumber: 0)
        if let year = parts.year, let month = parts.month, let day = parts.day,
            let resolved = try? CalendarDate(year: year, month: month, day: day)
        {
            self = resolved
        }
    }
}
