import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: SecurityWriter {
    func partnerUser(email: EmailAddress) throws -> PartnerUser? {
        try PartnerUserRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM partnerUser WHERE email = ?"),
            arguments: [email.description])?
            .entity()
    }

    func partnerUsers(of partner: Partner.ID) throws -> [PartnerUser] {
        try PartnerUserRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM partnerUser WHERE partnerId = ? ORDER BY email COLLATE NOCASE"),
            arguments: [partner.rawValue]
        ).map { try $0.entity() }
    }

    func partnerUserHash(_ user: PartnerUser.ID) throws -> SecretHash? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT hash FROM partnerUser WHERE id = ?"),
            arguments: [user.rawValue])
            .flatMap(SecretHash.init)
    }

    func failedAttempts(_ kind: AttemptKind, account: String?, address: String?, since: Date) throws -> [Date] {
        var sql = "SELECT at FROM failedAttempt WHERE kind = ? AND at > ?"
        var arguments: StatementArguments = [kind.rawValue, since]
        if let account {
            sql += " AND account = ?"
            arguments += [account]
        }
        if let address {
            sql += " AND address = ?"
            arguments += [address]
        }
        return try Date.fetchAll(db.cachedStatement(sql: sql + " ORDER BY at"), arguments: arguments)
    }

    func storedSession(_ tokenHash: String) throws -> StoredSession? {
        try WebSessionRecord.fetchOne(db, key: tokenHash)?.entity()
    }

    func insertPartnerUser(partner: Partner.ID, email: EmailAddress, role: PartnerUser.Role, hash: SecretHash, created: Date)
        throws -> PartnerUser
    {
        var record = PartnerUserRecord(
            id: nil, partnerId: partner.rawValue, email: email.description, role: role.rawValue, hash: hash.description,
            created: created)
        do {
            try record.insert(db)
        } catch let error as DatabaseError where error.isUniqueViolation(on: "partnerUser.email") {
            throw AccountError.emailTaken(email)
        }
        record.id = db.lastInsertedRowID
        return try record.entity()
    }

    func insertFailedAttempt(_ kind: AttemptKind, account: String, address: String, at: Date) throws -> Int64 {
        try db.cachedStatement(sql: "INSERT INTO failedAttempt (kind, account, address, at) VALUES (?, ?, ?, ?)")
            .execute(arguments: [kind.rawValue, account, address, at])
        return db.lastInsertedRowID
    }

    func deleteFailedAttempt(_ id: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM failedAttempt WHERE id = ?").execute(arguments: [id])
    }

    func deleteFailedAttempts(_ kind: AttemptKind, account: String, address: String) throws {
        try db.cachedStatement(sql: "DELETE FROM failedAttempt WHERE kind = ? AND account = ? AND address = ?")
            .execute(arguments: [kind.rawValue, account, address])
    }

    func deleteFailedAttempts(before: Date) throws {
        try db.cachedStatement(sql: "DELETE FROM failedAttempt WHERE at < ?").execute(arguments: [before])
    }

    func insertSession(_ session: StoredSession) throws {
        try WebSessionRecord(session).insert(db)
    }

    func touchSession(_ tokenHash: String, at: Date) throws {
        try db.cachedStatement(sql: "UPDATE webSession SET lastUsed = ? WHERE tokenHash = ?")
            .execute(arguments: [at, tokenHash])
    }

    func deleteSession(_ tokenHash: String) throws {
        try db.cachedStatement(sql: "DELETE FROM webSession WHERE tokenHash = ?").execute(arguments: [tokenHash])
    }

    func deleteSessions(usedBefore: Date) throws {
        try db.cachedStatement(sql: "DELETE FROM webSession WHERE lastUsed < ?").execute(arguments: [usedBefore])
    }
}
