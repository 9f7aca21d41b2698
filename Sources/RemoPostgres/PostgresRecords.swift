import Foundation
import Logging
import NIOCore
import PostgresNIO
import RemoCore
import RemoLedger

/// The ledger's records inside one PostgreSQL transaction: implements
/// ``RemoLedger/LedgerWriter`` over one connection. Lives only for the closure
/// the store runs, on one of the store's threads (never an event loop), where
/// each query waits for its answer.
final class PostgresRecords {
    let connection: PostgresConnection
    let logger: Logger
    /// Rows each table's statements changed in this transaction (by
    /// `INSERT INTO`, `UPDATE` or `DELETE FROM` at a statement's start), for
    /// the store's ``PlannerStatistics``.
    private(set) var changes: [String: Int] = [:]
    /// The tables this transaction analyzed itself (`ANALYZE name`).
    private(set) var analyzed: Set<String> = []

    init(_ connection: PostgresConnection, logger: Logger) {
        self.connection = connection
        self.logger = logger
    }

    /// The rows a statement returns; `?` in `sql` stand for `values`, in order.
    func rows(_ sql: String, _ values: [any SQLValue] = []) throws -> [SQLRow] {
        try run(sql, values).rows.map(SQLRow.init)
    }

    /// The first row a statement returns.
    func row(_ sql: String, _ values: [any SQLValue] = []) throws -> SQLRow? {
        try rows(sql, values).first
    }

    /// Runs a statement; returns how many rows it changed.
    @discardableResult
    func execute(_ sql: String, _ values: [any SQLValue] = []) throws -> Int {
        try run(sql, values).metadata.rows ?? 0
    }

    /// Runs an `INSERT … RETURNING id` and returns the new row's ID.
    func insert(_ sql: String, _ values: [any SQLValue]) throws -> Int64 {
        guard let row = try row(sql + " RETURNING id", values) else { throw RecordError.malformed("insert") }
        return try row.int64(0)
    }

    private func run(_ sql: String, _ values: [any SQLValue]) throws -> PostgresQueryResult {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values { value.bind(into: &bindings) }
        let result = try connection.query(PostgresQuery(unsafeSQL: Self.numbered(sql), binds: bindings), logger: logger)
            .wait()
        switch Self.target(of: sql) {
        case .changed(let table): changes[table, default: 0] += result.metadata.rows ?? 0
        case .analyzed(let table): analyzed.insert(table)
        case nil: break
        }
        return result
    }

    /// What a statement does to a table, read from its first words.
    enum Target: Equatable {
        /// `INSERT INTO`, `UPDATE` or `DELETE FROM` the table.
        case changed(String)
        /// `ANALYZE` of the table.
        case analyzed(String)
    }

    /// The table a statement changes or analyzes, in lower case (PostgreSQL's
    /// names: the schema's are unquoted); nil for any other statement.
    static func target(of sql: String) -> Target? {
        var words = sql.prefix(80).split(whereSeparator: \.isWhitespace).makeIterator()
        func name(_ word: Substring?) -> String? {
            guard let word else { return nil }
            let name = word.prefix { $0.isLetter || $0.isNumber || $0 == "_" }.lowercased()
            return name.isEmpty ? nil : name
        }
        switch words.next()?.uppercased() {
        case "INSERT": return words.next()?.uppercased() == "INTO" ? name(words.next()).map(Target.changed) : nil
        case "DELETE": return words.next()?.uppercased() == "FROM" ? name(words.next()).map(Target.changed) : nil
        case "UPDATE": return name(words.next()).map(Target.changed)
        case "ANALYZE": return name(words.next()).map(Target.analyzed)
        default: return nil
        }
    }

    /// `?` placeholders as PostgreSQL's `$1`, `$2`, …, so that a statement reads
    /// as its SQLite twin (no statement here holds a `?` in a literal).
    static func numbered(_ sql: String) -> String {
        var result = ""
        result.reserveCapacity(sql.utf8.count + 8)
        var index = 0
        for character in sql {
            if character == "?" {
                index += 1
                result += "$\(index)"
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// A value a statement binds.
protocol SQLValue: Sendable {
    func bind(into bindings: inout PostgresBindings)
}

extension Int64: SQLValue {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Int: SQLValue {
    func bind(into bindings: inout PostgresBindings) { bindings.append(Int64(self)) }
}

extension String: SQLValue {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Date: SQLValue {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

/// Days are stored as `YYYY-MM-DD` text, which sorts as days.
extension CalendarDate: SQLValue {
    func bind(into bindings: inout PostgresBindings) { bindings.append(description) }
}

extension Optional: SQLValue where Wrapped: SQLValue {
    func bind(into bindings: inout PostgresBindings) {
        switch self {
        case .none: bindings.appendNull()
        case .some(let value): value.bind(into: &bindings)
        }
    }
}

/// A returned row, read by column name (PostgreSQL's lower-case names: the
/// schema's names are unquoted) or position.
struct SQLRow {
    let cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        cells = row.makeRandomAccess()
    }

    func value<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try cells[column.lowercased()].decode(T.self)
    }

    func int64(_ index: Int) throws -> Int64 { try cells[index].decode(Int64.self) }

    func id(_ column: String) throws -> Int64 { try value(column) }

    func day(_ column: String) throws -> CalendarDate {
        guard let day = CalendarDate(try value(column, as: String.self)) else { throw RecordError.malformed(column) }
        return day
    }

    func dayIfAny(_ column: String) throws -> CalendarDate? {
        guard let text = try value(column, as: String?.self) else { return nil }
        guard let day = CalendarDate(text) else { throw RecordError.malformed(column) }
        return day
    }
}

/// A stored row that cannot be read back (``RemoLedger/StoredRow``).
typealias RecordError = StoredRow
