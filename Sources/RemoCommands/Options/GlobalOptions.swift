package import ArgumentParser
package import Foundation
package import RemoCore
package import RemoLedger

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

    /// The settings in force: the options given, the environment, the
    /// configuration file, the defaults.
    ///
    /// - Throws: ``ConfigError`` for a configuration file that cannot be used.
    func settings(labelKey: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> CommandSettings
    {
        try CommandSettings(
            database: databasePath, language: lang ?? CommandSettings.chosenLanguage, labelKey: labelKey,
            environment: environment)
    }

    /// The ledger's file: `--db`, else `$REMO_DB`, else the configuration
    /// file's `database`, else `$XDG_DATA_HOME/remo/remo.sqlite`.
    package func resolvedDatabasePath(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> String
    {
        try settings(environment: environment).database.value ?? ""
    }
}
