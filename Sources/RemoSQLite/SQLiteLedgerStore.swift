import Foundation
import GRDB
public import RemoLedger
import RemoCore

/// The embedded default store: the ledger in one SQLite file through GRDB,
/// implementing ``RemoLedger/LedgerStore``.
///
/// The file is made only when asked (``Opening/new(_:)``, `remo init`), with
/// mode 0600; an existing one is migrated when its schema is older. It runs in WAL mode with
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
/// let made = try SQLiteLedgerStore(path: "remo.sqlite", opening: .new(.live))
/// let store = try SQLiteLedgerStore(path: "remo.sqlite")
/// let memory = try SQLiteLedgerStore.inMemory()   // for tests
/// ```
public final class SQLiteLedgerStore: LedgerStore {
    /// The file, or `:memory:`.
    public let path: String
    /// How long a write waits for another process's lock, in seconds.
    public let busyTimeout: Double
    /// The file cannot be written: the store serves readings, and refuses every
    /// change with ``RemoLedger/LedgerStoreError/readOnly(path:)``.
    public let isReadOnly: Bool
    let writer: any DatabaseWriter

    /// The default wait for a locked database: 10 seconds.
    public static let defaultBusyTimeout = 10.0

    /// How a store is opened: a ledger that exists, or a new one of a kind.
    public enum Opening: Hashable, Sendable {
        /// The ledger must exist (migrated when its schema is older).
        case existing
        /// The ledger must not exist: it is made, with mode 0600, of this kind.
        case new(LedgerKind)
    }

    /// The longest wait for a locked database a store accepts: a day, in seconds.
    public static let maximumBusyTimeout = 86_400.0

    /// Opens the ledger at `path`, or makes a new one.
    ///
    /// - Parameters:
    ///   - path: the SQLite file.
    ///   - busyTimeout: how long a write waits for another process's lock, 0 to
    ///     ``maximumBusyTimeout`` seconds.
    ///   - opening: an existing ledger (the default), or a new one of a kind.
    /// - Throws: ``RemoLedger/LedgerStoreError``: no ledger there (or one already
    ///   there, for a new one), not a regular file, not a database, read-only,
    ///   locked, cannot be opened, made by a newer remo, a bad busy timeout.
    public init(
        path: String, busyTimeout: Double = SQLiteLedgerStore.defaultBusyTimeout, opening: Opening = .existing
    ) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        guard busyTimeout.isFinite, (0...SQLiteLedgerStore.maximumBusyTimeout).contains(busyTimeout) else {
            throw LedgerStoreError.badBusyTimeout(String(busyTimeout), maximum: Int(SQLiteLedgerStore.maximumBusyTimeout))
        }
        let writable = try SQLiteLedgerStore.checkFile(path, opening: opening)
        isReadOnly = !writable
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "remo"
        configuration.readonly = !writable
        do {
            if case .new = opening { try SQLiteLedgerStore.createPrivateFile(path) }
            writer =
                writable
                ? try DatabasePool(path: path, configuration: configuration)
                : try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as LedgerStoreError {
            throw error
        } catch {
            if case .new = opening { SQLiteLedgerStore.removeNew(path) }
            throw SQLiteLedgerStore.mapped(error, path: path, busyTimeout: busyTimeout)
        }
        do {
            try prepare()
            if case .new(let kind) = opening { try setKind(kind) }
        } catch {
            if case .new = opening { SQLiteLedgerStore.removeNew(path) }
            throw error
        }
    }

    /// A fresh database in memory, for tests and benchmarks: a simulation
    /// ledger unless told otherwise.
    public static func inMemory(kind: LedgerKind = .simulation) throws -> SQLiteLedgerStore {
        let store = try SQLiteLedgerStore(writer: DatabaseQueue(configuration: Configuration()), path: ":memory:")
        try store.setKind(kind)
        return store
    }

    /// The ledger's kind, set once when it is made.
    private func setKind(_ kind: LedgerKind) throws {
        do {
            try writer.write { db in try db.execute(sql: "UPDATE ledger SET kind = ? WHERE id = 1", arguments: [kind.rawValue]) }
        } catch {
            throw SQLiteLedgerStore.mapped(error, path: path, busyTimeout: busyTimeout)
        }
    }

    private init(writer: any DatabaseWriter, path: String) throws {
        self.path = path
        self.busyTimeout = 0
        self.isReadOnly = false
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
        guard !isReadOnly else { throw LedgerStoreError.readOnly(path: path) }
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
            if isReadOnly {
                // Read only: served as it is, if its schema is current.
                guard try writer.read(migrator.hasCompletedMigrations) else { throw LedgerStoreError.readOnly(path: path) }
                return
            }
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

    /// Refuses, before SQLite is asked: no file named; for an existing ledger,
    /// a path where there is none, a folder, a device, FIFO or socket; for a new one, a path
    /// where something is; and a folder that does not exist or cannot be
    /// written (WAL mode needs to create files beside the database).
    ///
    /// - Returns: whether the file can be written (a read-only one is served for readings).
    private static func checkFile(_ path: String, opening: Opening) throws(LedgerStoreError) -> Bool {
        guard !path.isEmpty else { throw .cannotOpen(path: path, reason: LedgerText.storeReasonNoName().description) }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var status = stat()
        if stat(path, &status) == 0 {
            guard case .existing = opening else { throw .exists(path: path) }
            if status.st_mode & S_IFMT == S_IFDIR {
                throw .cannotOpen(path: path, reason: LedgerText.storeReasonFolder().description)
            }
            guard status.st_mode & S_IFMT == S_IFREG else {
                throw .cannotOpen(path: path, reason: LedgerText.storeReasonNotRegular().description)
            }
            // A file marked read-only is read only even for root, who could write it anyway.
            let permissions = Int(status.st_mode) & 0o777
            return permissions & 0o222 != 0 && manager.isWritableFile(atPath: path) && manager.isWritableFile(atPath: folder)
        } else {
            guard case .new = opening else { throw .missing(path: path) }
            guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .cannotOpen(path: path, reason: LedgerText.storeReasonNoFolder(["folder": .text(folder)]).description)
            }
            guard manager.isWritableFile(atPath: folder) else { throw .readOnly(path: path) }
            return true
        }
    }

    /// Makes the new database file, empty, readable and writable by its owner
    /// only; SQLite gives its WAL and shared-memory files the same mode.
    private static func createPrivateFile(_ path: String) throws(LedgerStoreError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { throw .exists(path: path) }
            throw .cannotOpen(path: path, reason: String(cString: strerror(code)))
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
    }

    /// Removes a new ledger that could not be made whole.
    private static func removeNew(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
    }
}
