/// A ledger's rows of one table, as a store holds them: what moves a ledger
/// from one store to another (`remo db copy`), with its IDs. Column names are
/// the schema's (the same in both stores); days are `YYYY-MM-DD` text, moments
/// text as SQLite keeps them (`YYYY-MM-DD HH:MM:SS.SSS`, UTC).
public struct StoredTable: Hashable, Sendable {
    public let name: String
    public let columns: [String]
    public var rows: [[StoredCell]]

    public init(name: String, columns: [String], rows: [[StoredCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// The tables a copy moves, parents before children; `product` (the
    /// catalogue) and `ledger` (the kind, set when the copy is made) are made
    /// by the destination itself.
    public static let copied = [
        "partner", "customer", "credential", "sharedUser", "stockLot", "card", "cardRegistration", "license",
        "assignment", "site", "recorder", "camera", "binding", "replacement", "repair", "notice", "audit", "labelBatch",
        "labelEntry", "registration", "typeChange", "partnerUser", "failedAttempt", "webSession",
    ]
}

/// One stored value.
public enum StoredCell: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
}
