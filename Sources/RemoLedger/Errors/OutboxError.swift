public import RemoCore

/// Why a message could not be put in the outbox.
public enum OutboxError: Error, Hashable, Sendable, MessageProviding {
    /// The file could not be written.
    case cannotWrite(path: String, reason: String)

    public var message: Message {
        switch self {
        case .cannotWrite(let path, let reason): LedgerText.outboxCannotWrite(["path": .text(path), "reason": .text(reason)])
        }
    }
}
