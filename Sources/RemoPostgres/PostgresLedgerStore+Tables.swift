import Foundation
public import RemoLedger

extension PostgresLedgerStore {
    /// Stores a ledger's rows, with their IDs, into this new (empty) ledger in
    /// one write transaction: all of them or none. Each value is cast to its
    /// column's type (a moment's text to `timestamptz`, read as UTC); the rule
    /// triggers check every row as it comes; the ID sequences then continue
    /// after the highest ID; and each table is analyzed, so that the planner
    /// knows the copy's sizes from its first query (autovacuum would analyze
    /// the tables only later: until then a new table's queries are planned as
    /// for an empty one, scans and sorts where an index serves).
    public func load(_ tables: [StoredTable]) async throws {
        try await run(write: true) { records in
            var types: [String: [String: String]] = [:]
            for row in try records.rows(
                "SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns WHERE table_schema = current_schema()")
            {
                types[try row.value("table_name"), default: [:]][try row.value("column_name")] = try row.value("data_type")
            }
            for table in tables {
                let columns = types[table.name.lowercased()] ?? [:]
                let casts = try table.columns.map { column in
                    guard let type = columns[column.lowercased()] else { throw StoredRow.malformed("\(table.name).\(column)") }
                    return "?::\(type)"
                }
                let sql = "INSERT INTO \(table.name) (\(table.columns.joined(separator: ", "))) VALUES (\(casts.joined(separator: ", ")))"
                for row in table.rows {
                    try records.execute(sql, row.map(\.bound))
                }
                if columns["id"] != nil, try records.row("SELECT pg_get_serial_sequence(?, 'id') AS s", [table.name.lowercased()])?
                    .value("s", as: String?.self) != nil
                {
                    try records.execute(
                        "SELECT setval(pg_get_serial_sequence(?, 'id'), COALESCE((SELECT max(id) FROM \(table.name)), 0) + 1, false)",
                        [table.name.lowercased()])
                }
                try records.execute("ANALYZE \(table.name)")
            }
        }
    }
}

extension StoredCell {
    /// The value bound for the column's cast: text for text, numbers as they are.
    var bound: any SQLValue {
        switch self {
        case .null: String?.none
        case .integer(let integer): integer
        case .real(let real): String(real)
        case .text(let text): text
        }
    }
}
