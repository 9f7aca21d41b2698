import PostgresNIO
import RemoLedger

extension PostgresLedgerStore {
    /// A postgres-nio error as the ledger's, naming the database (never its
    /// password): a rule the schema enforces (`RM001`, or a unique index that
    /// stands for a rule), a lock waited for too long, a full disk, a server
    /// that cannot be reached or refuses the login; any other database error
    /// names the database and the server's words. Every error a use case threw
    /// passes through unchanged.
    static func mapped(_ error: any Error, location: PostgresLocation, lockTimeout: Double) -> any Error {
        let path = location.description
        guard let error = error as? PSQLError else { return error }
        guard error.code == .server, let info = error.serverInfo, let state = info[.sqlState] else {
            return LedgerStoreError.unreachable(path: path, reason: reason(of: error))
        }
        let message = info[.message] ?? state
        switch state {
        case "RM001":
            return message.hasPrefix("remo:")
                ? StoreRule(rawValue: String(message.dropFirst("remo:".count))).map(LedgerStoreError.refused)
                    ?? LedgerStoreError.failed(path: path, reason: message)
                : LedgerStoreError.failed(path: path, reason: message)
        case "23505":
            return rule(ofUnique: info[.constraintName] ?? "").map(LedgerStoreError.refused)
                ?? LedgerStoreError.failed(path: path, reason: message)
        case "55P03", "40001", "40P01", "57014": return LedgerStoreError.locked(path: path, seconds: lockTimeout)
        case "25006", "42501": return LedgerStoreError.readOnly(path: path)
        case "53100", "58030": return LedgerStoreError.diskFailure(path: path, reason: message)
        case "28P01", "28000", "3D000", "57P03", "53300": return LedgerStoreError.unreachable(path: path, reason: message)
        default: return LedgerStoreError.failed(path: path, reason: message)
        }
    }

    /// The store rule a unique index stands for (the schema names them; PostgreSQL keeps them in lower case).
    static func rule(ofUnique constraint: String) -> StoreRule? {
        switch constraint {
        case "assignment_once": .licenseAssignedOnce
        case "binding_current", "replacement_once", "replacement_used_once": .licenseBoundOnce
        case "cardregistration_once": .cardRegisteredOnce
        case "labelentry_current", "labelentry_generation": .unitLabeledOnce
        default: nil
        }
    }

    /// Why a connection failed, in words without the password.
    private static func reason(of error: PSQLError) -> String {
        if let underlying = error.underlying { return String(describing: underlying) }
        return error.code.description
    }
}
