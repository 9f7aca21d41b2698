package import ArgumentParser
package import RemoCore

/// The options of a command that needs no ledger (`qr`, `license dates`,
/// `license renewal`, `license plan`, `license notices`, `labels layouts`):
/// `--json`, `--lang` and `--quiet` in its help. `--db`, `--today` and `--as`
/// stay accepted, hidden, so that scripts that passed them keep working;
/// `--today` still sets the day a default date falls on.
package struct ToolOptions: ParsableArguments, DayOption {
    @Flag(help: ArgumentHelp(CommandText.helpJSON().description))
    package var json = false

    @Option(help: ArgumentHelp(CommandText.helpLanguage().description, valueName: "ja|en"))
    package var lang: Language?

    @Flag(help: ArgumentHelp(CommandText.helpQuiet().description))
    package var quiet = false

    @Option(name: .customLong("db"), help: ArgumentHelp(visibility: .hidden))
    package var databasePath: String?

    @Option(help: ArgumentHelp(visibility: .hidden))
    package var today: CalendarDate?

    @Option(name: .customLong("as"), help: ArgumentHelp(visibility: .hidden))
    package var actor: String?

    package init() {}
}
