/// Why text is not a CSV table remo can read. Line numbers are 1-based lines
/// of the text.
public enum CSVError: Error, Hashable, Sendable, MessageProviding {
    /// The text has no header row.
    case noHeader
    /// A quoted field opened on this line is never closed.
    case unterminatedQuote(line: Int)
    /// Text follows a quoted field's closing quote on this line (`"ab"c`).
    case textAfterQuote(line: Int)
    /// The record starting on this line has a different number of fields from the header.
    case wrongFieldCount(line: Int, expected: Int, found: Int)
    /// The header names the same column twice.
    case duplicateColumn(String)
    /// The header lacks columns the reader needs.
    case missingColumns([String], found: [String])

    public var message: Message {
        switch self {
        case .noHeader: CSVText.noHeader()
        case .unterminatedQuote(let line): CSVText.unterminatedQuote(["line": .integer(line)])
        case .textAfterQuote(let line): CSVText.textAfterQuote(["line": .integer(line)])
        case .wrongFieldCount(let line, let expected, let found):
            CSVText.wrongFieldCount(["line": .integer(line), "expected": .integer(expected), "found": .integer(found)])
        case .duplicateColumn(let name): CSVText.duplicateColumn(["name": .text(name)])
        case .missingColumns(let missing, let found):
            CSVText.missingColumns([
                "missing": .list(missing.map { .text($0) }), "found": .list(found.map { .text($0) }),
            ])
        }
    }
}
