import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `partner`.
struct PartnerRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "partner"

    var id: Int64?
    var code: String
    var name: String
    var email: String
    var created: Date

    func entity() throws -> Partner {
        guard let id, let code = Partner.Code(rawValue: code) else { throw RecordError.malformed(Self.databaseTableName) }
        return Partner(id: Partner.ID(id), code: code, name: name, email: try RecordError.email(email), created: created)
    }
}
