import Foundation
import RemoCore
import RemoLedger

extension PostgresRecords: AuditWriter {
    func auditEntries(_ filter: AuditFilter) throws -> [AuditEntry] {
        var conditions: [String] = []
        var values: [any SQLValue] = []
        if let partner = filter.partner {
            conditions.append("partnerId = ?")
            values.append(partner.rawValue)
        }
        if let customer = filter.customer {
            conditions.append("customerId = ?")
            values.append(customer.rawValue)
        }
        if let since = filter.since {
            conditions.append("day >= ?")
            values.append(since)
        }
        var sql = "SELECT id, at, day, actorKind, actor, onBehalfOf, action, subject, partnerId, customerId, before, after FROM audit"
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY id DESC"
        if let limit = filter.limit {
            sql += " LIMIT ?"
            values.append(limit)
        }
        return try rows(sql, values).reversed().map(Self.auditEntry)
    }

    func appendAudit(
        at: Date, on day: CalendarDate, actor: AuditActor, onBehalfOf: EmailAddress?, action: AuditAction,
        subject: String, partner: Partner.ID?, customer: Customer.ID?, before: [String: String]?,
        after: [String: String]?
    ) throws -> AuditEntry.ID {
        AuditEntry.ID(
            try insert(
                """
                INSERT INTO audit (at, day, actorKind, actor, onBehalfOf, action, subject, partnerId, customerId, before, after)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    at, day, actor.kind.rawValue, actor.name, onBehalfOf?.description, action.rawValue, subject,
                    partner?.rawValue, customer?.rawValue, try StoredRow.json(before), try StoredRow.json(after),
                ]))
    }

    func appendAudit(_ entries: [NewAuditEntry]) throws {
        guard !entries.isEmpty else { return }
        // One statement for every entry (the rows from arrays, in order); arrays
        // hold no NULL here, so '' and 0 stand for none (no entry has an empty
        // address or state, and no ID is 0).
        try execute(
            """
            INSERT INTO audit (at, day, actorKind, actor, onBehalfOf, action, subject, partnerId, customerId, before, after)
            SELECT t, d, k, a, NULLIF(o, ''), x, s, NULLIF(p, 0), NULLIF(c, 0), NULLIF(b, ''), NULLIF(f, '')
            FROM unnest(
                ?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[],
                ?::text[], ?::text[]
            ) WITH ORDINALITY AS r(t, d, k, a, o, x, s, p, c, b, f, n)
            ORDER BY n
            """,
            [
                DateArray(entries.map(\.at)), TextArray(entries.map(\.day.description)),
                TextArray(entries.map(\.actor.kind.rawValue)), TextArray(entries.map(\.actor.name)),
                TextArray(entries.map { $0.onBehalfOf?.description ?? "" }), TextArray(entries.map(\.action.rawValue)),
                TextArray(entries.map(\.subject)), IntegerArray(entries.map { $0.partner?.rawValue ?? 0 }),
                IntegerArray(entries.map { $0.customer?.rawValue ?? 0 }),
                TextArray(try entries.map { try StoredRow.json($0.before) ?? "" }),
                TextArray(try entries.map { try StoredRow.json($0.after) ?? "" }),
            ])
    }

    static func auditEntry(_ row: SQLRow) throws -> AuditEntry {
        guard let kind = AuditActor.Kind(rawValue: try row.value("actorKind")),
            let action = AuditAction(rawValue: try row.value("action"))
        else { throw RecordError.malformed("audit") }
        return AuditEntry(
            id: AuditEntry.ID(try row.id("id")), at: try row.value("at"), on: try row.day("day"),
            actor: AuditActor(kind: kind, name: try row.value("actor")),
            onBehalfOf: try (try row.value("onBehalfOf", as: String?.self)).map { try RecordError.email($0) },
            action: action, subject: try row.value("subject"),
            partnerID: try row.value("partnerId", as: Int64?.self).map { Partner.ID($0) },
            customerID: try row.value("customerId", as: Int64?.self).map { Customer.ID($0) },
            before: try StoredRow.state(try row.value("before")), after: try StoredRow.state(try row.value("after")))
    }
}

extension PostgresRecords: LedgerWriter {}

extension PostgresRecords: ClockReader {
    func clockState() throws -> ClockState {
        let kind = try row("SELECT kind FROM ledger WHERE id = 1").flatMap { LedgerKind(rawValue: try $0.value("kind")) } ?? .live
        let latest = try row("SELECT max(day) AS latest FROM audit")?.dayIfAny("latest")
        return ClockState(kind: kind, latestChange: latest)
    }
}
