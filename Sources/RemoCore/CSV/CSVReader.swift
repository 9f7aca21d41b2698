/// CSV text read one record at a time, by the rules of ``CSVTable`` (which
/// collects them): a caller that handles each record as it comes keeps only
/// the text, never every record at once.
///
/// ```swift
/// var reader = try CSVReader(parsing: text)
/// try reader.requireColumns(["serial"])
/// while let record = try reader.next() { print(record.line, record["serial"] ?? "") }
/// ```
public struct CSVReader: Sendable {
    /// The header row, as written.
    public let header: [String]
    let columns: [String: Int]
    private let scalars: Substring.UnicodeScalarView
    private var index: Substring.UnicodeScalarView.Index
    private var line = 1

    /// Reads the header of CSV text; records come from ``next()``.
    ///
    /// - Throws: ``CSVError`` naming the line (``CSVError/noHeader`` for text
    ///   without one, ``CSVError/duplicateColumn(_:)``).
    public init(parsing text: String) throws(CSVError) {
        var scalars = Substring(text).unicodeScalars
        if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
        self.scalars = scalars
        index = scalars.startIndex
        var rest = CSVReader.Cursor(scalars: scalars, index: index, line: 1)
        guard let header = try rest.nextRow()?.fields else { throw .noHeader }
        var columns: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            guard columns.updateValue(position, forKey: CSVTable.key(name)) == nil else {
                throw .duplicateColumn(name)
            }
        }
        self.header = header
        self.columns = columns
        index = rest.index
        line = rest.line
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

    /// The next record, or nil after the last.
    ///
    /// - Throws: ``CSVError`` naming the line (a record with another number of
    ///   fields than the header, a quote left open, text after a closing quote).
    public mutating func next() throws(CSVError) -> CSVRecord? {
        var cursor = Cursor(scalars: scalars, index: index, line: line)
        defer {
            index = cursor.index
            line = cursor.line
        }
        guard let row = try cursor.nextRow() else { return nil }
        guard row.fields.count == header.count else {
            throw .wrongFieldCount(line: row.line, expected: header.count, found: row.fields.count)
        }
        return CSVRecord(line: row.line, fields: row.fields, columns: columns)
    }

    /// Where reading is: the text, the next scalar, its line.
    private struct Cursor {
        let scalars: Substring.UnicodeScalarView
        var index: Substring.UnicodeScalarView.Index
        var line: Int

        /// The next row with the line it starts on, empty lines skipped; nil at the end.
        mutating func nextRow() throws(CSVError) -> (line: Int, fields: [String])? {
            while index < scalars.endIndex {
                if let row = try row() { return row }
            }
            return nil
        }

        /// One row from `index` through its line end; nil for an empty line.
        private mutating func row() throws(CSVError) -> (line: Int, fields: [String])? {
            var fields: [String] = []
            var field = String.UnicodeScalarView()
            let recordLine = line
            var quoteLine = line
            var quoted = false  // inside a quoted field
            var closed = false  // a quoted field has just been closed
            var rowHasContent = false

            func endField() {
                fields.append(String(field))
                field = String.UnicodeScalarView()
                closed = false
            }
            func ended() -> (line: Int, fields: [String])? {
                endField()
                return rowHasContent || fields.count > 1 ? (recordLine, fields) : nil
            }

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
                    line += 1
                    return ended()
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
            return ended()
        }
    }
}
