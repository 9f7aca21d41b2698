import Foundation
import RemoCore
import RemoLedger

/// The command line's own hint after a library message: the library says what
/// is wrong and what to do in any front end's words; the command line adds
/// the command or option that does it.
struct CommandHint: Error, CustomStringConvertible {
    let error: any Error
    let hint: Message

    var description: String { "\(error) \(hint.description)" }

    /// `error` with the command line's hint, or `error` itself when it has none.
    static func adding(to error: any Error) -> any Error {
        guard let hint = hint(for: error) else { return error }
        return CommandHint(error: error, hint: hint)
    }

    static func hint(for error: any Error) -> Message? {
        switch error {
        case LedgerStoreError.missing(let path): ConfigText.hintInit(["path": .text(path)])
        case ClockError.dayGivenOnLiveLedger: ConfigText.hintLiveLedger()
        case ClockError.beforeLatestChange(_, let latest): ConfigText.hintLatestChange(["latest": .date(latest)])
        case LabelKeyError.absent: ConfigText.hintNoKey()
        default: nil
        }
    }
}
