import Foundation
import RemoCore
import RemoLedger

extension PostgresRecords: NoticeWriter {
    func notices(_ filter: NoticeFilter) throws -> [QueuedNotice] {
        var conditions: [String] = []
        var values: [any SQLValue] = []
        if let partner = filter.partner {
            conditions.append("c.partnerId = ?")
            values.append(partner.rawValue)
        }
        if let customer = filter.customer {
            conditions.append("a.customerId = ?")
            values.append(customer.rawValue)
        }
        if filter.pendingOnly { conditions.append("n.writtenAt IS NULL") }
        var sql = """
            SELECT n.id, n.licenseId, a.customerId, n.audience, n.daysBefore, n.expires, n.dueOn, n.recipient, n.queuedOn,
                   n.queuedAt, n.writtenAt
            FROM notice n JOIN assignment a ON a.licenseId = n.licenseId JOIN customer c ON c.id = a.customerId
            """
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY n.dueOn, n.id"
        return try rows(sql, values).map { row in
            guard let audience = Notice.Audience(rawValue: try row.value("audience")),
                let recipient = try? EmailAddress(try row.value("recipient", as: String.self))
            else { throw RecordError.malformed("notice") }
            return QueuedNotice(
                id: QueuedNotice.ID(try row.id("id")), licenseID: License.ID(try row.id("licenseId")),
                customerID: Customer.ID(try row.id("customerId")), audience: audience,
                daysBefore: try row.value("daysBefore", as: Int.self), expires: try row.day("expires"),
                due: try row.day("dueOn"), recipient: recipient, queuedOn: try row.day("queuedOn"),
                queuedAt: try row.value("queuedAt"), written: try row.value("writtenAt"))
        }
    }

    func queueNotice(
        license: License.ID, audience: Notice.Audience, daysBefore: Int, expires: CalendarDate, due: CalendarDate,
        recipient: EmailAddress, queuedOn: CalendarDate, at: Date
    ) throws -> QueuedNotice.ID? {
        try row(
            """
            INSERT INTO notice (licenseId, audience, daysBefore, expires, dueOn, recipient, queuedOn, queuedAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id
            """,
            [license.rawValue, audience.rawValue, daysBefore, expires, due, recipient.description, queuedOn, at]
        ).map { QueuedNotice.ID(try $0.int64(0)) }
    }

    func markNoticesWritten(_ notices: [QueuedNotice.ID], at: Date) throws {
        for notice in notices {
            try execute("UPDATE notice SET writtenAt = ? WHERE id = ? AND writtenAt IS NULL", [at, notice.rawValue])
        }
    }
}
