import GRDB

/// The ledger's records inside one SQLite transaction: implements
/// ``RemoLedger/LedgerWriter`` (and so ``RemoLedger/LedgerReader``) over a GRDB
/// `Database`. Lives only for the closure the store runs; never escapes it.
final class SQLiteRecords {
    let db: Database

    init(_ db: Database) {
        self.db = db
    }
}
