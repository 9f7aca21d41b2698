/// A CSV text read into a header and records (RFC 4180, as spreadsheets write it).
///
/// **Decision** (docs/decisions.md, "CSV"): the first row is the header; fields
/// may be quoted, with `""` for a quote and with commas, CR and LF inside; records
/// end with CRLF, LF or a lone CR; a leading byte-order mark is ignored; an empty
/// line is skipped; every record must have as many fields as the header; a quote
/// inside an unquoted field is kept as is, but text after a closing quote is an
/// error. Columns are found by header name, ignoring case and surrounding spaces,
/// and columns the reader does not ask for are allowed. Fields are not trimmed.
/// Byte encodings (UTF-8, CP932) are the caller's: this reads a `String`.
public struct CSVTable: Hashable, Sendable {
    /// The header row, as written.
    public let header: [String]
    /// The records after the header.
    public let records: [CSVRecord]
    private let columns: [String: Int]

    /// Reads CSV text.
    ///
    /// - Throws: ``CSVError`` naming the line.
    public init(parsing text: String) throws(CSVError) {
        var rows = try CSVTable.rows(of: text)
        guard !rows.isEmpty else { throw .noHeader }
        let header = rows.removeFirst().fields
        var columns: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard columns.updateValue(index, forKey: CSVTable.key(name)) == nil else {
                throw .duplicateColumn(name)
            }
        }
        var records: [CSVRecord] = []
        records.reserveCapacity(rows.count)
        for row in rows {
            guard row.fields.count == header.count else {
                throw .wrongFieldCount(line: row.line, expected: header.count, found: row.fields.count)
            }
            records.append(CSVRecord(line: row.line, fields: row.fields, columns: columns))
        }
        self.header = header
        self.records = records
        self.columns = columns
    }

    /// The index of the column named `name`, ignoring case and surrounding spaces.
    public func index(of name: String) -> Int? {
        columns[CSVTable.key(name)]
    }

    /// Checks that the header has every column in `names`.
    ///
    /// - Throws: ``CSVError/missingColumns(_:found:)`` listing the missing ones and the header.
    public func requireColumns(_ names: [String]) throws(CSVError) {
        let missing = names.filter { index(of: $0) == nil }
        guard missing.isEmpty else { throw .missingColumns(missing, found: header) }
    }

    static func key(_ name: String) -> String {
        String(name.trimmingSpaces).lowercased()
    }

    /// The rows of `text` with the line each starts on; empty lines skipped.
    private static func rows(of text: String) throws(CSVError) -> [(line: Int, fields: [String])] {
        var rows: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var quoted = false  // inside a quoted field
        var closed = false  // a quoted field has just been closed
        var rowHasContent = false
        var scalars = text.unicodeScalars[...]
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            closed = false
        }
        func endRow() {
            endField()
            if rowHasContent || fields.count > 1 { rows.append((recordLine, fields)) }
            fields = []
            rowHasContent = false
        }

        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                switch scalar {
                case "\"":
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        field.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        quoted = false
                        closed = true
                    }
                case "\r":
                    field.append(scalar)
                    if index < scalars.endIndex, scalars[index] == "\n" {
                        field.append("\n")
                        index = scalars.index(after: index)
                    }
                    line += 1
                case "\n":
                    field.append(scalar)
                    line += 1
                default:
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
                rowHasContent = true
            case "\r", "\n":
                if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" {
                    index = scalars.index(after: index)
                }
                endRow()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !closed:
                quoted = true
                quoteLine = line
                rowHasContent = true
            default:
                if closed { throw .textAfterQuote(line: line) }
                field.append(scalar)
                rowHasContent = true
            }
        }
        if quoted { throw .unterminatedQuote(line: quoteLine) }
        endRow()
        return rows
    }
}
