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
        var reader = try CSVReader(parsing: text)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        self.header = reader.header
        self.records = records
        self.columns = reader.columns
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
}
