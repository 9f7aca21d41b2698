import RemoCore

/// The command line's sentences for people: help, summaries, progress.
/// Templates: `CommandText+English.swift`, `CommandText+Japanese.swift`.
package enum CommandText: String, MessageCatalogue {
    case rootAbstract
    case helpDatabase
    case helpToday
    case helpActor
    case helpJSON
    case helpLanguage
    case helpQuiet
    case helpWide
    case standardInput
    case standardOutput
    case inputMissing
    case inputFolder
    case standardOutputFailed
    case changeCommitted
}
