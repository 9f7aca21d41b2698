import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `partnerUser`.
struct PartnerUserRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "partnerUser"

    var id: Int64?
    var partnerId: Int64
    var email: String
    var role: String
    var hash: String
    var created: Date

    func entity() throws -> PartnerUser {
        guard let id, let role = PartnerUser.Role(rawValue: role) else { throw RecordError.malformed(Self.databaseTableName) }
        return PartnerUser(
            id: PartnerUser.ID(id), partnerID: Partner.ID(partnerId), email: try RecordError.email(email), role: role,
            created: created)
    }
}

/// A row of `webSession`.
struct WebSessionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "webSession"

    var tokenHash: String
    var email: String
    var role: String
    var partner: String?
    var language: String?
    var created: Date
    var lastUsed: Date

    init(_ session: StoredSession) {
        tokenHash = session.tokenHash
        email = session.email.description
        role = session.role
        partner = session.partner?.rawValue
        language = session.language
        created = session.created
        lastUsed = session.lastUsed
    }

    func entity() throws -> StoredSession {
        StoredSession(
            tokenHash: tokenHash, email: try RecordError.email(email), role: role,
            partner: try partner.map { code in
                guard let parsed = Partner.Code(rawValue: code) else { throw RecordError.malformed(Self.databaseTableName) }
                return parsed
            }, language: language, created: created, lastUsed: lastUsed)
    }
}
