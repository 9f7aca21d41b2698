import Foundation
import RemoCore
import RemoPostgres

/// The settings a command runs with, each with where it came from: an option,
/// an environment variable, the configuration file (``ConfigFile``), or the
/// default; in that order (docs/cli.md, "Everywhere").
struct CommandSettings: Sendable {
    /// Where a value came from.
    enum Source: Hashable, Sendable {
        case option(String)
        case environment(String)
        case file(String)
        case byDefault

        var message: Message {
            switch self {
            case .option(let name): ConfigText.sourceOption(["name": .text(name)])
            case .environment(let name): ConfigText.sourceEnvironment(["name": .text(name)])
            case .file: ConfigText.sourceFile()
            case .byDefault: ConfigText.sourceDefault()
            }
        }

        /// The machine name of the source, for `remo config --json`.
        var code: String {
            switch self {
            case .option: "option"
            case .environment: "environment"
            case .file: "file"
            case .byDefault: "default"
            }
        }
    }

    /// One setting in force: its value (nil when not set) and where it came from.
    struct Value: Hashable, Sendable {
        let key: ConfigFile.Key
        let value: String?
        let source: Source
    }

    /// The language `--lang` chose on the command line (taken off it before parsing), if any.
    @TaskLocal static var chosenLanguage: Language?

    let file: ConfigFile
    let database: Value
    let language: Value
    let partner: Value
    let labelKey: Value

    var all: [Value] { [database, language, partner, labelKey] }

    /// The settings from the options given, the environment and the configuration file.
    ///
    /// - Throws: ``ConfigError`` when the configuration file cannot be read or has a bad line.
    init(
        database option: String?, language chosen: Language?, labelKey keyOption: String?,
        environment: [String: String]
    ) throws(ConfigError) {
        let file = try ConfigFile.load(path: ConfigFile.defaultPath(environment: environment))
        self.file = file
        func pick(_ key: ConfigFile.Key, option: (String, String?)?, variable: String?, fallback: String?) -> Value {
            if let (name, value) = option, let value { return Value(key: key, value: value, source: .option(name)) }
            if let variable, let value = environment[variable], !value.isEmpty {
                return Value(key: key, value: value, source: .environment(variable))
            }
            if let value = file.values[key] { return Value(key: key, value: value, source: .file(file.path)) }
            return Value(key: key, value: fallback, source: .byDefault)
        }
        database = pick(
            .database, option: ("--db", option), variable: "REMO_DB",
            fallback: CommandSettings.defaultDatabase(environment: environment))
        let databasePath = database.value ?? ""
        language = pick(
            .language, option: ("--lang", chosen?.rawValue), variable: "REMO_LANG",
            fallback: Language.preferred(in: environment.filter { $0.key != "REMO_LANG" }).rawValue)
        partner = pick(.partner, option: nil, variable: nil, fallback: nil)
        // A ledger file's key is beside it unless told; a PostgreSQL ledger's only where told.
        labelKey = pick(
            .labelKey, option: ("--label-key", keyOption), variable: "REMO_LABEL_KEY",
            fallback: PostgresLocation.isURL(databasePath) ? nil : databasePath + ".label-key")
        if let value = file.values[.language], Language(code: value) == nil {
            throw .badLanguage(path: file.path, value: value)
        }
    }

    /// The per-user ledger: `$XDG_DATA_HOME/remo/remo.sqlite`, else `~/.local/share/remo/remo.sqlite`.
    static func defaultDatabase(environment: [String: String]) -> String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (ConfigFile.home(environment) + "/.local/share")
        return base + "/remo/remo.sqlite"
    }

    /// The language when no `--lang` is given: `$REMO_LANG`, else the
    /// configuration file's (when it can be read), else the locale.
    static func language(environment: [String: String]) -> Language {
        if let explicit = environment["REMO_LANG"], let language = Language(code: explicit) { return language }
        if let file = try? ConfigFile.load(path: ConfigFile.defaultPath(environment: environment)),
            let value = file.values[.language], let language = Language(code: value)
        {
            return language
        }
        return Language.preferred(in: environment)
    }
}
