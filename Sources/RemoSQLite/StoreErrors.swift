import GRDB
import RemoLedger

extension SQLiteLedgerStore {
    /// A GRDB error as the ledger's: a locked, read-only or foreign file, or a
    /// rule the schema enforces, a full or failing disk; any other database
    /// error names the database. Every error a use case threw passes through unchanged.
    static func mapped(_ error: any Error, path: String, busyTimeout: Double) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return LedgerStoreError.locked(path: path, seconds: busyTimeout)
        case .SQLITE_READONLY: return LedgerStoreError.readOnly(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return LedgerStoreError.notADatabase(path: path)
        case .SQLITE_CANTOPEN: return LedgerStoreError.cannotOpen(path: path, reason: error.message ?? "SQLITE_CANTOPEN")
        case .SQLITE_CONSTRAINT:
            return storeRule(in: error).map { LedgerStoreError.refused($0) }
                ?? LedgerStoreError.failed(path: path, reason: error.message ?? "SQLITE_CONSTRAINT")
        case .SQLITE_FULL, .SQLITE_IOERR:
            return LedgerStoreError.diskFailure(path: path, reason: error.message ?? "\(error.resultCode)")
        default: return LedgerStoreError.failed(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// The store rule a constraint failure broke: a trigger's `remo:<rule>`, or
    /// a unique index that stands for a rule.
    static func storeRule(in error: DatabaseError) -> StoreRule? {
        let message = error.message ?? ""
        if message.hasPrefix("remo:") { return StoreRule(rawValue: String(message.dropFirst("remo:".count))) }
        let uniques: [(String, StoreRule)] = [
            ("assignment.licenseId", .licenseAssignedOnce), ("binding.licenseId", .licenseBoundOnce),
            ("cardRegistration.cardId", .cardRegisteredOnce), ("replacement.", .licenseBoundOnce),
            ("labelEntry.serial", .unitLabeledOnce),
        ]
        guard message.hasPrefix("UNIQUE constraint failed:") else { return nil }
        return uniques.first { message.contains($0.0) }?.1
    }
}

extension DatabaseError {
    /// Whether this is a unique-constraint failure on `table.column`.
    func isUniqueViolation(on column: String) -> Bool {
        extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE || extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY
            ? (message ?? "").contains(column) : false
    }
}
