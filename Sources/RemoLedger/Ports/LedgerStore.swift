/// The storage port: where the ledger keeps its records. RemoSQLite implements
/// it over one SQLite file; a PostgreSQL store can implement it the same way,
/// and every use case runs unchanged on either.
///
/// Each call runs its closure in one transaction. ``write(_:)`` transactions are
/// serialized (no other writer, in this process or another, runs between the
/// closure's reads and writes), so a use case may read, check and write inside
/// one safely. A closure that throws rolls the whole transaction back; nothing
/// it wrote stays.
///
/// **Concurrency.** The calls are `async`: a caller (a command, a web request)
/// suspends while the transaction waits for its turn and runs, and never blocks
/// its own thread. The closure itself stays synchronous: it is the
/// read-check-write critical section, and a store runs it whole on its own
/// executor (RemoSQLite on GRDB's database queues through GRDB's async
/// `read`/`write`; a PostgreSQL store on its connection's thread pool). So a
/// closure must not wait for anything but its records: no `await`, no slow
/// work such as hashing (do that before, on `RemoImaging.WorkPool`). It runs
/// inside the calling task, so task-local values such as
/// ``RemoCore/Language/current`` are those of the caller; it is `@Sendable`
/// because a store may run it on another thread.
///
/// ```swift
/// let partner = try await store.write { records in
///     try records.insertPartner(code: code, name: name, email: email, created: now)
/// }
/// ```
public protocol LedgerStore: Sendable {
    /// Runs `body` in a read-only transaction that sees one consistent state.
    ///
    /// - Throws: what `body` throws, or ``LedgerStoreError``; `CancellationError`
    ///   when the calling task is cancelled before the transaction starts.
    func read<T: Sendable>(_ body: @escaping @Sendable (any LedgerReader) throws -> T) async throws -> T

    /// Runs `body` in a serialized write transaction, committed when it returns
    /// and rolled back when it throws.
    ///
    /// - Throws: what `body` throws, or ``LedgerStoreError`` (a locked database,
    ///   a constraint the store enforces); `CancellationError` when the calling
    ///   task is cancelled before the transaction starts.
    func write<T: Sendable>(_ body: @escaping @Sendable (any LedgerWriter) throws -> T) async throws -> T
}

/// Everything a use case may read inside a transaction. Later areas (label
/// batches, registration, the report) add their own reader protocol here.
public protocol LedgerReader: AccountReader, LicenseReader, DeviceReader, CardReader, NoticeReader, AuditReader,
    ReportReader, LabelReader, RegistrationReader, SecurityReader, ClockReader
{}

/// Everything a use case may read and write inside a write transaction. Later
/// areas add their own writer protocol here.
public protocol LedgerWriter: LedgerReader, AccountWriter, LicenseWriter, DeviceWriter, CardWriter, NoticeWriter,
    AuditWriter, LabelWriter, RegistrationWriter, SecurityWriter
{}
