import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `audit`; `before` and `after` are JSON objects of strings.
struct AuditRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "audit"

    var id: Int64?
    var at: Date
    var day: CalendarDate
    var actorKind: String
    var actor: String
    var onBehalfOf: String?
    var action: String
    var subject: String
    var partnerId: Int64?
    var customerId: Int64?
    var before: String?
    var after: String?

    func entity() throws -> AuditEntry {
        guard let id, let kind = AuditActor.Kind(rawValue: actorKind), let action = AuditAction(rawValue: action) else {
            throw RecordError.malformed(Self.databaseTableName)
        }
        return AuditEntry(
            id: AuditEntry.ID(id), at: at, on: day, actor: AuditActor(kind: kind, name: actor),
            onBehalfOf: try onBehalfOf.map { try RecordError.email($0) }, action: action, subject: subject,
            partnerID: partnerId.map { Partner.ID($0) }, customerID: customerId.map { Customer.ID($0) },
            before: try AuditRecord.state(before), after: try AuditRecord.state(after))
    }

    static func json(_ state: [String: String]?) throws -> String? { try StoredRow.json(state) }

    static func state(_ json: String?) throws -> [String: String]? { try StoredRow.state(json) }
}
