import RemoCore

/// One part of a `multipart/form-data` body, read: a file kept on disk, or a
/// short text field kept in memory.
public struct UploadedPart: Hashable, Sendable {
    /// What the part holds.
    public enum Content: Hashable, Sendable {
        /// A file part (it had a file name), written to `path`.
        case file(path: String, bytes: Int)
        /// A text field's value (UTF-8).
        case field(String)
    }

    /// The form field's name (`photo`, `customer`, …).
    public let name: String
    /// The file name the browser gave, for file parts.
    public let fileName: String?
    public let content: Content

    /// Refuses (400) a part whose name is not one of `names`, naming it.
    static func requireNames(_ parts: [UploadedPart], in names: [String]) throws {
        if let stray = parts.first(where: { !names.contains($0.name) }) {
            throw WebError.badField(stray.name, reason: WebText.errorUnknownPart(["parts": .list(names.map { .text($0) })]))
        }
    }

    /// The text of a field part; nil for a file.
    public var text: String? {
        if case .field(let text) = content { text } else { nil }
    }
}
