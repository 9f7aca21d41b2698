/// One record (row after the header) of a ``CSVTable``.
public struct CSVRecord: Hashable, Sendable {
    /// The 1-based line of the text the record starts on, for messages.
    public let line: Int
    /// The fields, in column order.
    public let fields: [String]
    /// The column index for each header name (the table's, shared).
    let columns: [String: Int]

    /// The field in the column named `column` (matched as ``CSVTable/index(of:)``
    /// matches), or nil when there is no such column.
    public subscript(column: String) -> String? {
        columns[CSVTable.key(column)].map { fields[$0] }
    }
}
