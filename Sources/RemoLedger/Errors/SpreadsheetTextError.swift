public import RemoCore

/// Why a spreadsheet file's bytes could not be read, or text could not be written.
public enum SpreadsheetTextError: Error, Hashable, Sendable, MessageProviding {
    /// A byte on this line is not valid in the encoding given.
    case undecodable(source: String, line: Int, encoding: SpreadsheetEncoding)
    /// A byte on this line is valid neither in UTF-8 nor in CP932.
    case neitherEncoding(source: String, line: Int)
    /// The file is UTF-16 (Excel's "Unicode text"), not CSV.
    case utf16(source: String)
    /// A character that the encoding cannot hold, in this cell.
    case unrepresentable(row: Int, column: Int, columnName: String?, character: String, encoding: SpreadsheetEncoding)
    /// The system has no converter for the encoding (glibc's gconv modules are missing).
    case encodingUnavailable(SpreadsheetEncoding)
    /// Not the name of an encoding remo reads or writes.
    case unknownEncoding(String)

    public var message: Message {
        switch self {
        case .undecodable(let source, let line, let encoding):
            LedgerText.textUndecodable(["file": .text(source), "line": .integer(line), "encoding": .text(encoding.rawValue)])
        case .neitherEncoding(let source, let line):
            LedgerText.textNeitherEncoding(["file": .text(source), "line": .integer(line)])
        case .utf16(let source): LedgerText.textUTF16(["file": .text(source)])
        case .unrepresentable(let row, let column, let name?, let character, let encoding):
            LedgerText.textUnrepresentableNamed([
                "row": .integer(row), "column": .integer(column), "name": .text(name), "character": .text(character),
                "encoding": .text(encoding.rawValue),
            ])
        case .unrepresentable(let row, let column, nil, let character, let encoding):
            LedgerText.textUnrepresentable([
                "row": .integer(row), "column": .integer(column), "character": .text(character),
                "encoding": .text(encoding.rawValue),
            ])
        case .encodingUnavailable(let encoding): LedgerText.textEncodingUnavailable(["encoding": .text(encoding.rawValue)])
        case .unknownEncoding(let name): LedgerText.textUnknownEncoding(["name": .text(name)])
        }
    }
}
