public import RemoCore

/// Why the label key (the secret claim codes are made from) cannot be used.
public enum LabelKeyError: Error, Hashable, Sendable, MessageProviding {
    /// The key file is missing, but the manifest holds labels made with a key.
    case missing(path: String, labels: Int)
    /// There is no key file, and no new key was asked for: a batch never makes one by itself.
    case absent(path: String)
    /// `--new-key` was given, but a key file exists: a key is never replaced.
    case exists(path: String)
    /// The file cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not a label key file.
    case malformed(path: String)
    /// The file cannot be made.
    case cannotCreate(path: String, reason: String)

    public var message: Message {
        switch self {
        case .missing(let path, let labels):
            LabelBatchText.keyMissing(["path": .text(path), "labels": .integer(labels)])
        case .absent(let path): LabelBatchText.keyAbsent(["path": .text(path)])
        case .exists(let path): LabelBatchText.keyExists(["path": .text(path)])
        case .unreadable(let path, let reason): LabelBatchText.keyUnreadable(["path": .text(path), "reason": .text(reason)])
        case .malformed(let path): LabelBatchText.keyMalformed(["path": .text(path)])
        case .cannotCreate(let path, let reason):
            LabelBatchText.keyCannotCreate(["path": .text(path), "reason": .text(reason)])
        }
    }
}
