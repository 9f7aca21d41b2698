import RemoLedger

/// A stored row that cannot be read back (``RemoLedger/StoredRow``).
typealias RecordError = StoredRow
