/// How much one request may upload: checked while the body is read, so a
/// request over a limit is refused (413) as soon as it passes it.
public struct UploadLimits: Hashable, Sendable {
    /// The most bytes one part (a photo) may hold: 40 MB by default.
    public var partBytes: Int
    /// The most parts one request may hold: 20 by default.
    public var parts: Int
    /// The most bytes a text field (`customer`, `site`, `cameras`) may hold.
    public var fieldBytes: Int

    public init(partBytes: Int = 40 * 1024 * 1024, parts: Int = 20, fieldBytes: Int = 16 * 1024) {
        self.partBytes = partBytes
        self.parts = parts
        self.fieldBytes = fieldBytes
    }

    /// ``partBytes`` in whole megabytes, for messages.
    var partMegabytes: Int { partBytes / (1024 * 1024) }
}
