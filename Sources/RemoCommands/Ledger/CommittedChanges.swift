import RemoLedger
import Synchronization

/// Whether this process has committed a change to a ledger: a command whose
/// output then fails says that its change was made all the same.
///
/// ``Tracking`` wraps the store a command opens and records each write
/// transaction that commits (a transaction that throws is rolled back and not
/// recorded).
enum CommittedChanges {
    private static let committed = Mutex<String?>(nil)

    /// The database of the last committed change; nil when none was committed.
    static var database: String? { committed.withLock { $0 } }

    /// Records that a write transaction on `database` committed.
    static func record(database: String) {
        committed.withLock { $0 = database }
    }

    /// A store that records its committed write transactions.
    struct Tracking: LedgerStore {
        let store: any LedgerStore
        /// The database, as the user named it.
        let database: String

        func read<T: Sendable>(_ body: @escaping @Sendable (any LedgerReader) throws -> T) async throws -> T {
            try await store.read(body)
        }

        func write<T: Sendable>(_ body: @escaping @Sendable (any LedgerWriter) throws -> T) async throws -> T {
            let result = try await store.write(body)
            CommittedChanges.record(database: database)
            return result
        }
    }
}
