import Foundation
import GRDB
public import RemoLedger
import RemoCore

/// The embedded default store: the ledger in one SQLite file through GRDB,
/// implementing ``RemoLedger/LedgerStore``.
///
/// The file is created and migrated on first use. It runs in WAL mode with
/// foreign keys on; writes take SQLite's write lock at their start (`BEGIN
/// IMMEDIATE`), so a use case's read-check-write cannot interleave with another
/// process's. A writer that finds the database locked waits up to
/// ``busyTimeout`` seconds, then fails with ``RemoLedger/LedgerStoreError/locked(path:seconds:)``.
///
/// Transactions run on GRDB's database queues (GRDB's async `read` and
/// `write`): the calling task suspends meanwhile, its thread free for other
/// work; reads run beside each other and beside the one writer (WAL).
///
/// ```swift
/// let store = try SQLiteLedgerStore(path: "remo.sqlite")
/// let memory = try SQLiteLedgerStore.inMemory()   // for tests
/// ```
public final class SQLiteLedgerStore: LedgerStore {
    /// The file, or `:memory:`.
    public let path: String
    /// How long a write waits for another process's lock, in seconds.
    public let busyTimeout: Double
    private let writer: any DatabaseWriter

    /// The default wait for a locked database: 10 seconds.
    public static let defaultBusyTimeout = 10.0

    /// Opens (creating and migrating when needed) the database at `path`.
    ///
    /// - Parameters:
    ///   - path: the SQLite file.
    ///   - busyTimeout: how long a write waits for another process's lock.
    /// - Throws: ``RemoLedger/LedgerStoreError``: not a database, read-only,
    ///   locked, cannot be opened, made by a newer remo.
    public init(path: String, busyTimeout: Double = SQLiteLedgerStore.defaultBusyTimeout) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        try SQLiteLedgerStore.checkFile(path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "remo"
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw SQLiteLedgerStore.mapped(error, path: path, busyTimeout: busyTimeout)
        }
        try prepare()
    }

    /// A fresh database in memory, for tests and benchmarks.
    public static func inMemory() throws -> SQLiteLedgerStore {
        try SQLiteLedgerStore(writer: DatabaseQueue(configuration: Configuration()), path: ":memory:")
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.path = path
        self.busyTimeout = 0
        self.writer = writer
        try prepare()
    }

    public func read<T: Sendable>(_ body: @escaping @Sendable (any LedgerReader) throws -> T) async throws -> T {
        do {
            return try await writer.read { db in try body(SQLiteRecords(db)) }
        } catch {
            throw SQLiteLedgerStore.mapped(error, path: path, busyTimeout: busyTimeout)
        }
    }

    public func write<T: Sendable>(_ body: @escaping @Sendable (any LedgerWriter) throws -> T) async throws -> T {
        do {
            return try await writer.write { db in try body(SQLiteRecords(db)) }
        } catch {
            throw SQLiteLedgerStore.mapped(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Runs the migrations, refuses a database from a newer remo, and keeps the
    /// product table in step with the catalogue.
    private func prepare() throws {
        let migrator = LedgerSchema.migrator
        do {
            let unknown = try writer.read { db -> String? in
                guard try db.tableExists("grdb_migrations") else { return nil }
                let known = Set(migrator.migrations)
                return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
                    .first { !known.contains($0) }
            }
            if let unknown { throw LedgerStoreError.newerSchema(path: path, migration: unknown) }
            do {
                try migrator.migrate(writer)
            } catch {
                // Another process may have migrated the new file between our look and
                // our write (GRDB reads what is applied before taking the lock): look again.
                guard try writer.read(migrator.hasCompletedMigrations) else { throw error }
            }
            try ProductTable.synchronize(writer)
        } catch let error as LedgerStoreError {
            throw error
        } catch {
            throw SQLiteLedgerStore.mapped(error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// Refuses, before SQLite is asked, a path that is a folder, a file that
    /// cannot be written or is marked read-only, or a folder that does not
    /// exist or cannot be written (WAL mode needs to create files beside the database).
    private static func checkFile(_ path: String) throws(LedgerStoreError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw .cannotOpen(path: path, reason: LedgerText.storeReasonFolder().description)
            }
            // A file marked read-only is refused even for root, who could write it anyway.
            let permissions = (try? manager.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0o600
            guard permissions & 0o222 != 0, manager.isWritableFile(atPath: path), manager.isWritableFile(atPath: folder)
            else {
                throw .readOnly(path: path)
            }
        } else {
            guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .cannotOpen(path: path, reason: LedgerText.storeReasonNoFolder(["folder": .text(folder)]).description)
            }
            guard manager.isWritableFile(atPath: folder) else { throw .readOnly(path: path) }
        }
    }
}
