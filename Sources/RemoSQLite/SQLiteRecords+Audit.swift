import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: AuditWriter {
    func auditEntries(_ filter: AuditFilter) throws -> [AuditEntry] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let partner = filter.partner {
            conditions.append("partnerId = ?")
            arguments += [partner.rawValue]
        }
        if let customer = filter.customer {
            conditions.append("customerId = ?")
            arguments += [customer.rawValue]
        }
        if let since = filter.since {
            conditions.append("day >= ?")
            arguments += [since]
        }
        var sql = "SELECT * FROM audit"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY id DESC"
        if let limit = filter.limit {
            sql += " LIMIT ?"
            arguments += [limit]
        }
        return try AuditRecord.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).reversed().map { try $0.entity() }
    }

    func appendAudit(
        at: Date, on day: CalendarDate, actor: AuditActor, onBehalfOf: EmailAddress?, action: AuditAction,
        subject: String, partner: Partner.ID?, customer: Customer.ID?, before: [String: String]?,
        after: [String: String]?
    ) throws -> AuditEntry.ID {
        let record = AuditRecord(
            id: nil, at: at, day: day, actorKind: actor.kind.rawValue, actor: actor.name,
            onBehalfOf: onBehalfOf?.description, action: action.rawValue, subject: subject,
            partnerId: partner?.rawValue, customerId: customer?.rawValue, before: try AuditRecord.json(before),
            after: try AuditRecord.json(after))
        try record.insert(db)
        return AuditEntry.ID(db.lastInsertedRowID)
    }
}

extension SQLiteRecords: LedgerWriter {}
