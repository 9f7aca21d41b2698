import Foundation
import RemoCore
import RemoLedger

extension PostgresRecords: SecurityWriter {
    static let partnerUserColumns = "id, partnerId, email, role, created"

    func partnerUser(email: EmailAddress) throws -> PartnerUser? {
        try row("SELECT \(Self.partnerUserColumns) FROM partnerUser WHERE lower(email) = lower(?)", [email.description])
            .map(Self.partnerUser)
    }

    func partnerUsers(of partner: Partner.ID) throws -> [PartnerUser] {
        try rows(
            "SELECT \(Self.partnerUserColumns) FROM partnerUser WHERE partnerId = ? ORDER BY lower(email) COLLATE \"C\", id",
            [partner.rawValue]
        ).map(Self.partnerUser)
    }

    func partnerUserHash(_ user: PartnerUser.ID) throws -> SecretHash? {
        try row("SELECT hash FROM partnerUser WHERE id = ?", [user.rawValue]).flatMap { SecretHash(try $0.value("hash")) }
    }

    func failedAttempts(_ kind: AttemptKind, account: String?, address: String?, since: Date) throws -> [Date] {
        var sql = "SELECT at FROM failedAttempt WHERE kind = ? AND at > ?"
        var values: [any SQLValue] = [kind.rawValue, since]
        if let account {
            sql += " AND account = ?"
            values.append(account)
        }
        if let address {
            sql += " AND address = ?"
            values.append(address)
        }
        return try rows(sql + " ORDER BY at", values).map { try $0.value("at") }
    }

    func storedSession(_ tokenHash: String) throws -> StoredSession? {
        try row(
            "SELECT tokenHash, email, role, partner, language, created, lastUsed FROM webSession WHERE tokenHash = ?",
            [tokenHash]
        ).map { row in
            var partner: Partner.Code?
            if let code: String = try row.value("partner") {
                guard let parsed = Partner.Code(rawValue: code) else { throw RecordError.malformed("webSession") }
                partner = parsed
            }
            return StoredSession(
                tokenHash: try row.value("tokenHash"), email: try RecordError.email(try row.value("email")),
                role: try row.value("role"), partner: partner, language: try row.value("language"),
                created: try row.value("created"), lastUsed: try row.value("lastUsed"))
        }
    }

    func insertPartnerUser(partner: Partner.ID, email: EmailAddress, role: PartnerUser.Role, hash: SecretHash, created: Date)
        throws -> PartnerUser
    {
        let made = try row(
            """
            INSERT INTO partnerUser (partnerId, email, role, hash, created) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING RETURNING id
            """, [partner.rawValue, email.description, role.rawValue, hash.description, created])
        guard let made else { throw AccountError.emailTaken(email) }
        return PartnerUser(id: PartnerUser.ID(try made.int64(0)), partnerID: partner, email: email, role: role, created: created)
    }

    func insertFailedAttempt(_ kind: AttemptKind, account: String, address: String, at: Date) throws -> Int64 {
        try insert(
            "INSERT INTO failedAttempt (kind, account, address, at) VALUES (?, ?, ?, ?)", [kind.rawValue, account, address, at])
    }

    func deleteFailedAttempt(_ id: Int64) throws {
        try execute("DELETE FROM failedAttempt WHERE id = ?", [id])
    }

    func deleteFailedAttempts(_ kind: AttemptKind, account: String, address: String) throws {
        try execute("DELETE FROM failedAttempt WHERE kind = ? AND account = ? AND address = ?", [kind.rawValue, account, address])
    }

    func deleteFailedAttempts(before: Date) throws {
        try execute("DELETE FROM failedAttempt WHERE at < ?", [before])
    }

    func insertSession(_ session: StoredSession) throws {
        try execute(
            """
            INSERT INTO webSession (tokenHash, email, role, partner, language, created, lastUsed) VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                session.tokenHash, session.email.description, session.role, session.partner?.rawValue, session.language,
                session.created, session.lastUsed,
            ])
    }

    func touchSession(_ tokenHash: String, at: Date) throws {
        try execute("UPDATE webSession SET lastUsed = ? WHERE tokenHash = ?", [at, tokenHash])
    }

    func deleteSession(_ tokenHash: String) throws {
        try execute("DELETE FROM webSession WHERE tokenHash = ?", [tokenHash])
    }

    func deleteSessions(usedBefore: Date) throws {
        try execute("DELETE FROM webSession WHERE lastUsed < ?", [usedBefore])
    }

    static func partnerUser(_ row: SQLRow) throws -> PartnerUser {
        guard let role = PartnerUser.Role(rawValue: try row.value("role")) else { throw RecordError.malformed("partnerUser") }
        return PartnerUser(
            id: PartnerUser.ID(try row.id("id")), partnerID: Partner.ID(try row.id("partnerId")),
            email: try RecordError.email(try row.value("email")), role: role, created: try row.value("created"))
    }
}
