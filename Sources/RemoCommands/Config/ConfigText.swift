import RemoCore

/// The sentences of the configuration, `remo init`, `remo config`, and the
/// command line's hints after the library's messages. Templates:
/// `ConfigText+English.swift`, `ConfigText+Japanese.swift`.
package enum ConfigText: String, MessageCatalogue {
    case unreadable
    case malformed
    case unknownKey
    case badLanguage
    case badBusyTimeout

    case initAbstract
    case initDiscussion
    case helpSimulation
    case initMade
    case initKeyKept
    case kindLive
    case kindSimulation

    case configAbstract
    case configDiscussion
    case configHeading
    case configFileLine
    case configNotSet

    case sourceOption
    case sourceEnvironment
    case sourceFile
    case sourceDefault

    case hintInit
    case hintLiveLedger
    case hintLatestChange
    case hintNoKey
}
