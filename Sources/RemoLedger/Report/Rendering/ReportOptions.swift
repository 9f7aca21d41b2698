public import RemoCore

/// How a provisioning report is written.
public struct ReportOptions: Hashable, Sendable {
    /// The language of the words for people (text, PDF, the CSV's status names).
    public var language: Language
    /// The CSV's encoding: UTF-8, or CP932 for Japanese Excel.
    public var encoding: SpreadsheetEncoding
    /// Whether UTF-8 CSV starts with a byte-order mark (Excel needs one to read UTF-8).
    public var byteOrderMark: Bool
    /// The width text is fitted to (a terminal's, in cells), or nil for full lines.
    public var textWidth: Int?

    public init(
        language: Language = Language.current, encoding: SpreadsheetEncoding = .utf8, byteOrderMark: Bool = false,
        textWidth: Int? = nil
    ) {
        self.language = language
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.textWidth = textWidth
    }
}
