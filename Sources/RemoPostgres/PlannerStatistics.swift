import NIOConcurrencyHelpers

/// How many rows each table of one ledger changed since it was last analyzed,
/// in this process, so that the store can `ANALYZE` a table right after a
/// commit that changed it heavily (docs/decisions.md, "PostgreSQL: statistics
/// right after bulk changes").
///
/// PostgreSQL's planner chooses its plans from each table's statistics, which
/// only `ANALYZE` refreshes; autovacuum runs it past 50 rows + 10 % changed,
/// but looks only once a minute, so a table that grows from empty (a new
/// ledger, a stock of thousands of licenses, a batch of registrations) is
/// planned as an empty one for up to a minute: scans and sorts where an index
/// serves. The store applies autovacuum's own rule (``threshold`` rows plus
/// ``fraction`` of the rows at the last analysis) at each commit instead.
final class PlannerStatistics: Sendable {
    /// Rows changed before a table is analyzed, whatever its size.
    static let threshold = 50
    /// The share of a table's rows that must change before it is analyzed.
    static let fraction = 0.1

    /// One table's count.
    struct Table: Equatable {
        /// Its rows at its last analysis (`pg_class.reltuples`), when known.
        var rows: Double?
        /// Rows inserted, updated or deleted since then (by this process).
        var changed = 0
        /// Whether a transaction is analyzing it (or reading its size) now.
        var analyzing = false

        /// Whether enough changed for an analysis (or, size unknown, for a look at it).
        var due: Bool {
            !analyzing && Double(changed) >= Double(PlannerStatistics.threshold) + PlannerStatistics.fraction * (rows ?? 0)
        }
    }

    /// Tables the schema's triggers change with another's rows (`bindable`
    /// follows assignments, bindings and type changes, migration pg-2): each
    /// row changed there counts as one changed here too.
    static let followers = ["assignment": "bindable", "binding": "bindable", "typechange": "bindable"]

    private let tables = NIOLockedValueBox<[String: Table]>([:])

    /// Adds a committed transaction's changed rows (by table), forgets the
    /// counts of the tables it analyzed itself, and returns the tables now
    /// due, each marked as being analyzed (``finished(_:rows:counted:)`` ends that).
    func committed(_ changes: [String: Int], analyzed: Set<String>) -> [(name: String, table: Table)] {
        var changes = changes
        for (name, rows) in changes {
            if let follower = Self.followers[name] { changes[follower, default: 0] += rows }
        }
        return tables.withLockedValue { tables in
            for name in analyzed { tables[name] = Table() }
            for (name, rows) in changes where rows > 0 { tables[name, default: Table()].changed += rows }
            var due: [(String, Table)] = []
            for name in changes.keys.sorted() {
                guard let table = tables[name], table.due else { continue }
                due.append((name, table))
                tables[name]?.analyzing = true
            }
            return due
        }
    }

    /// Ends an analysis (or a look at the size) of `name`, which found `rows`
    /// rows (nil: failed); the `counted` changes it covered are taken off.
    func finished(_ name: String, rows: Double?, counted: Int) {
        tables.withLockedValue { tables in
            guard var table = tables[name] else { return }
            table.analyzing = false
            if let rows {
                table.rows = rows
                table.changed = max(0, table.changed - counted)
            }
            tables[name] = table
        }
    }

    /// One table's count (tests).
    func table(_ name: String) -> Table? {
        tables.withLockedValue { $0[name] }
    }
}
