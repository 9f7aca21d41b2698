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
/// ```swift
/// let partner = try store.write { records in
///     try records.insertPartner(code: code, name: name, email: email, created: now)
/// }
/// ```
public protocol LedgerStore: Sendable {
    /// Runs `body` in a read-only transaction that sees one consistent state.
    ///
    /// - Throws: what `body` throws, or ``LedgerStoreError``.
    func read<T>(_ body: (any LedgerReader) throws -> T) throws -> T

    /// Runs `body` in a serialized write transaction, committed when it returns
    /// and rolled back when it throws.
    ///
    /// - Throws: what `body` throws, or ``LedgerStoreError`` (a locked database,
    ///   a constraint the store enforces).
    func write<T>(_ body: (any LedgerWriter) throws -> T) throws -> T
}

/// Everything a use case may read inside a transaction. Later areas (label
/// batches, registration, the report) add their own reader protocol here.
public protocol LedgerReader: AccountReader, LicenseReader, DeviceReader, CardReader, NoticeReader, AuditReader,
    ReportReader, LabelReader, RegistrationReader
{}

/// Everything a use case may read and write inside a write transaction. Later
/// areas add their own writer protocol here.
public protocol LedgerWriter: LedgerReader, AccountWriter, LicenseWriter, DeviceWriter, CardWriter, NoticeWriter,
    AuditWriter, LabelWriter, RegistrationWriter
{}
