import GRDB
public import RemoLedger

extension SQLiteLedgerStore {
    /// Every row of the tables a copy moves (``RemoLedger/StoredTable/copied``),
    /// in one read transaction, each table by row ID.
    public func tables() async throws -> [StoredTable] {
        do {
            return try await writer.read { db in
                try StoredTable.copied.map { name in
                    let columns = try db.columns(in: name).map(\.name)
                    let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                    let rows = try Row.fetchAll(db, sql: "SELECT \(list) FROM \(name) ORDER BY rowid").map { row in
                        Array(row.databaseValues).map { value -> StoredCell in
                            switch value.storage {
                            case .null: .null
                            case .int64(let integer): .integer(integer)
                            case .double(let real): .real(real)
                            case .string(let text): .text(text)
                            case .blob(let data): .text(String(decoding: data, as: UTF8.self))
                            }
                        }
                    }
                    return StoredTable(name: name, columns: columns, rows: rows)
                }
            }
        } catch {
            throw SQLiteLedgerStore.mapped(error, path: path, busyTimeout: busyTimeout)
        }
    }
}
