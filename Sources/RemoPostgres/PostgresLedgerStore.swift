import Foundation
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import PostgresNIO
public import RemoCore
public import RemoLedger

/// The store for partners with many offices: the ledger in a PostgreSQL
/// database (one schema of it) through postgres-nio, implementing
/// ``RemoLedger/LedgerStore`` with every rule the SQLite store keeps.
///
/// **Threads.** A transaction's closure is synchronous, so the store runs it
/// whole on a thread of its own pool (`NIOThreadPool`, ``threads`` threads),
/// never on an event loop and never on the caller's: the caller's task
/// suspends until it is done. There each query waits for its answer, which is
/// legal off the event loops. Each pool thread holds at most one connection,
/// made when first needed and kept; a broken one is replaced.
///
/// **Isolation** (docs/decisions.md, "PostgreSQL: one writer at a time"). A
/// write transaction takes a transaction-level advisory lock of its schema
/// first (`pg_advisory_xact_lock`), so writes to one ledger are serialized
/// across connections, processes and servers, exactly as SQLite's `BEGIN
/// IMMEDIATE` serializes them: a use case's read-check-write cannot interleave
/// with another. The lock ends with the transaction. Under it, READ COMMITTED
/// sees every earlier write. A writer waits up to ``lockTimeout`` seconds
/// (`lock_timeout`), then fails with ``RemoLedger/LedgerStoreError/locked(path:seconds:)``.
/// A read transaction is `REPEATABLE READ READ ONLY`: one snapshot, taking no
/// lock, beside the writer. The closure runs once: no retry is ever needed.
///
/// ```swift
/// let location = PostgresLocation("postgres://remo@127.0.0.1:5432/remo")!
/// let made = try PostgresLedgerStore(location, opening: .new(.live))   // remo init
/// let store = try PostgresLedgerStore(location)
/// ```
public final class PostgresLedgerStore: LedgerStore {
    /// Where the ledger is (its description never holds the password).
    public let location: PostgresLocation
    /// How long a write waits for another's lock, in seconds.
    public let lockTimeout: Double
    /// How many transactions run at once (threads, and so connections).
    public let threads: Int
    private let configuration: PostgresConnection.Configuration
    private let pool: NIOThreadPool
    private let idle = NIOLockedValueBox<[PostgresConnection]>([])
    private let logger = Logger(label: "remo.postgres")
    /// Rows changed per table since its last analysis, for ``analyze(after:)``.
    let statistics = PlannerStatistics()

    /// How a store is opened: a ledger that exists, or a new one of a kind.
    public enum Opening: Hashable, Sendable {
        /// The schema must hold a ledger (migrated when its schema is older).
        case existing
        /// The schema must hold no table: the ledger is made there, of this kind.
        case new(LedgerKind)
    }

    /// The first key of the advisory lock writes take (the second is the schema's hash).
    static let lockClass: Int32 = 0x7265_6D6F  // "remo"

    /// Opens the ledger at `location`, or makes a new one.
    ///
    /// - Throws: ``RemoLedger/LedgerStoreError``: the server cannot be reached
    ///   or refuses the login, no ledger there (or tables there, for a new
    ///   one), made by a newer remo, a bad lock timeout.
    public init(
        _ location: PostgresLocation, lockTimeout: Double = 10, threads: Int = 4, opening: Opening = .existing
    ) throws {
        self.location = location
        self.lockTimeout = lockTimeout
        self.threads = max(1, threads)
        guard lockTimeout.isFinite, (0...86_400).contains(lockTimeout) else {
            throw LedgerStoreError.badBusyTimeout(String(lockTimeout), maximum: 86_400)
        }
        var configuration = PostgresConnection.Configuration(
            host: location.host, port: location.port, username: location.user, password: location.password,
            database: location.database, tls: .disable)
        // The session's settings, in the startup message: no round trip per connection.
        configuration.options.additionalStartupParameters = [
            ("search_path", location.schema), ("lock_timeout", "\(Int((lockTimeout * 1000).rounded()))"),
            ("TimeZone", "UTC"), ("client_min_messages", "warning"),
        ]
        self.configuration = configuration
        pool = NIOThreadPool(numberOfThreads: self.threads)
        pool.start()
        do {
            try prepare(opening)
        } catch {
            close()
            throw error
        }
    }

    deinit {
        close()
    }

    private func close() {
        for connection in idle.withLockedValue({ connections in
            defer { connections = [] }
            return connections
        }) {
            Self.close(connection)
        }
        pool.shutdownGracefully { _ in }
    }

    /// Closes a connection, keeping it until it is closed (postgres-nio requires it).
    private static func close(_ connection: PostgresConnection) {
        connection.close().whenComplete { _ in _ = connection }
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any LedgerReader) throws -> T) async throws -> T {
        try await run(write: false, body)
    }

    public func write<T: Sendable>(_ body: @escaping @Sendable (any LedgerWriter) throws -> T) async throws -> T {
        try await run(write: true, body)
    }

    /// Runs SQL statements in one write transaction (tests, and tools that
    /// change the schema outside the ports).
    func script(_ sql: String) async throws {
        try await run(write: true) { records in try records.script(sql) }
    }

    /// Runs a transaction on a pool thread, the caller's language with it.
    func run<T: Sendable>(write: Bool, _ body: @escaping @Sendable (PostgresRecords) throws -> T) async throws -> T {
        try Task.checkCancellation()
        let language = Language.current
        return try await pool.runIfActive { [self] in
            try Language.$current.withValue(language) { try transaction(write: write, body) }
        }
    }

    /// One transaction on a connection of this thread: `BEGIN`, the lock for a
    /// write, the body, `COMMIT`; `ROLLBACK` when the body throws.
    private func transaction<T>(write: Bool, _ body: (PostgresRecords) throws -> T) throws -> T {
        let connection = try connect()
        var healthy = true
        defer {
            if healthy && !connection.isClosed {
                idle.withLockedValue { $0.append(connection) }
            } else {
                Self.close(connection)
            }
        }
        let records = PostgresRecords(connection, logger: logger)
        do {
            if write {
                try records.execute("BEGIN ISOLATION LEVEL READ COMMITTED")
                try records.execute("SELECT pg_advisory_xact_lock(?::integer, hashtext(current_schema()))", [Int(Self.lockClass)])
            } else {
                try records.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            }
        } catch {
            healthy = false
            throw mapped(error)
        }
        let value: T
        do {
            value = try body(records)
        } catch {
            do { try records.execute("ROLLBACK") } catch { healthy = false }
            throw mapped(error)
        }
        do {
            try records.execute("COMMIT")
        } catch {
            healthy = false
            throw mapped(error)
        }
        if write { analyze(after: records) }
        return value
    }

    /// After a commit, outside the write lock, on the same connection:
    /// `ANALYZE` of each table whose changes since its last analysis reached
    /// autovacuum's rule (``PlannerStatistics``), so that the next transaction
    /// is planned on statistics of the table as it is. A table whose size this
    /// process does not know yet is first looked up (`pg_class.reltuples`: -1
    /// when never analyzed), so a process that starts on a large ledger does
    /// not analyze it for its first 50 rows. `SKIP_LOCKED`: a table another
    /// session is analyzing (autovacuum) is left to it. A failure changes
    /// nothing the transaction wrote; it is logged, and the table is tried
    /// again at a later commit.
    private func analyze(after records: PostgresRecords) {
        for (name, table) in statistics.committed(records.changes, analyzed: records.analyzed) {
            do {
                if table.rows == nil {
                    let rows = try Self.rows(of: name, records)
                    var known = table
                    known.rows = rows
                    guard known.due else {
                        statistics.finished(name, rows: rows, counted: 0)
                        continue
                    }
                }
                try records.execute("ANALYZE (SKIP_LOCKED) \(name)")
                statistics.finished(name, rows: try Self.rows(of: name, records), counted: table.changed)
            } catch {
                logger.debug("ANALYZE \(name) failed: \(String(reflecting: error))")
                statistics.finished(name, rows: nil, counted: 0)
            }
        }
    }

    /// The rows `pg_class` counted at the table's last analysis (0 when never analyzed).
    private static func rows(of table: String, _ records: PostgresRecords) throws -> Double {
        let rows = try records.row("SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = to_regclass(?)", [table])?
            .value("rows", as: Double.self)
        return max(0, rows ?? 0)
    }

    /// An idle connection, or a new one.
    private func connect() throws -> PostgresConnection {
        if let connection = idle.withLockedValue({ $0.popLast() }) { return connection }
        do {
            return try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 0, logger: logger
            ).wait()
        } catch {
            throw mapped(error)
        }
    }

    /// Runs `body` in a write transaction on the calling thread (opening: not a task).
    private func synchronously<T>(_ body: (PostgresRecords) throws -> T) throws -> T {
        try transaction(write: true, body)
    }

    /// Refuses a schema that holds something else (a new ledger) or nothing (an
    /// existing one), runs the migrations, refuses a newer schema, and keeps
    /// the product table in step with the catalogue; for a new ledger, sets its kind.
    private func prepare(_ opening: Opening) throws {
        if case .new = opening, location.schema != "public" {
            // A schema named in the URL is made when missing (its name is an identifier: checked when parsed).
            let connection = try connect()
            do {
                try PostgresRecords(connection, logger: logger).execute("CREATE SCHEMA IF NOT EXISTS \(location.schema)")
            } catch {
                Self.close(connection)
                throw mapped(error)
            }
            idle.withLockedValue { $0.append(connection) }
        }
        try synchronously { records in
            let tables = try records.rows(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()"
            ).map { try $0.value("table_name", as: String.self) }
            let holdsLedger = tables.contains("remo_migrations")
            switch opening {
            case .existing:
                guard holdsLedger else { throw LedgerStoreError.missing(path: location.description) }
            case .new:
                guard tables.isEmpty else { throw LedgerStoreError.notEmpty(path: location.description) }
                try records.execute("CREATE TABLE remo_migrations (identifier TEXT PRIMARY KEY NOT NULL, at TIMESTAMPTZ NOT NULL)")
            }
            let applied = try records.rows("SELECT identifier FROM remo_migrations ORDER BY identifier")
                .map { try $0.value("identifier", as: String.self) }
            let known = Set(PostgresSchema.migrations.map(\.identifier))
            if let unknown = applied.first(where: { !known.contains($0) }) {
                throw LedgerStoreError.newerSchema(path: location.description, migration: unknown)
            }
            for migration in PostgresSchema.migrations where !applied.contains(migration.identifier) {
                try records.script(migration.sql)
                try records.execute(
                    "INSERT INTO remo_migrations (identifier, at) VALUES (?, ?)", [migration.identifier, Date()])
            }
            for product in Product.catalogue {
                let years: Int? = if case .years(let years) = product.term { years } else { nil }
                try records.execute(
                    "INSERT INTO product (part, connection, termYears, packSize) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    [product.part, product.connection.rawValue, years, product.packSize])
            }
            if case .new(let kind) = opening {
                try records.execute("UPDATE ledger SET kind = ? WHERE id = 1", [kind.rawValue])
            }
        }
    }

    /// A postgres-nio error as the ledger's (``mapped(_:location:lockTimeout:)``).
    private func mapped(_ error: any Error) -> any Error {
        PostgresLedgerStore.mapped(error, location: location, lockTimeout: lockTimeout)
    }
}

extension PostgresRecords {
    /// Runs SQL of several statements (a migration), one statement at a time
    /// (postgres-nio speaks the extended protocol: one statement per query).
    func script(_ sql: String) throws {
        for statement in Self.statements(sql) { try execute(statement) }
    }

    /// The statements of a script: each ends with a line ending in `;`
    /// outside a `$$` body (a function's).
    static func statements(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var inBody = false
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            current += line + "\n"
            if line.components(separatedBy: "$$").count % 2 == 0 { inBody.toggle() }
            if !inBody, line.hasSuffix(";") {
                statements.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }
}
