import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: NoticeWriter {
    func notices(_ filter: NoticeFilter) throws -> [QueuedNotice] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let partner = filter.partner {
            conditions.append("c.partnerId = ?")
            arguments += [partner.rawValue]
        }
        if let customer = filter.customer {
            conditions.append("a.customerId = ?")
            arguments += [customer.rawValue]
        }
        if filter.pendingOnly { conditions.append("n.writtenAt IS NULL") }
        var sql = """
            SELECT n.*, a.customerId FROM notice n
            JOIN assignment a ON a.licenseId = n.licenseId JOIN customer c ON c.id = a.customerId
            """
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY n.dueOn, n.id"
        return try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments).map { row in
            guard let audience = Notice.Audience(rawValue: row["audience"]), let recipient = EmailAddress.fromDatabaseValue(row["recipient"]),
                let expires: CalendarDate = row["expires"], let due: CalendarDate = row["dueOn"],
                let queuedOn: CalendarDate = row["queuedOn"]
            else { throw RecordError.malformed("notice") }
            return QueuedNotice(
                id: QueuedNotice.ID(row["id"]), licenseID: License.ID(row["licenseId"]), customerID: Customer.ID(row["customerId"]),
                audience: audience, daysBefore: row["daysBefore"], expires: expires, due: due, recipient: recipient,
                queuedOn: queuedOn, queuedAt: row["queuedAt"], written: row["writtenAt"])
        }
    }

    func queueNotice(
        license: License.ID, audience: Notice.Audience, daysBefore: Int, expires: CalendarDate, due: CalendarDate,
        recipient: EmailAddress, queuedOn: CalendarDate, at: Date
    ) throws -> QueuedNotice.ID? {
        let statement = try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO notice
                    (licenseId, audience, daysBefore, expires, dueOn, recipient, queuedOn, queuedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            license.rawValue, audience.rawValue, daysBefore, expires, due, recipient.description, queuedOn, at,
        ])
        return db.changesCount > 0 ? QueuedNotice.ID(db.lastInsertedRowID) : nil
    }

    func markNoticesWritten(_ notices: [QueuedNotice.ID], at: Date) throws {
        let statement = try db.cachedStatement(sql: "UPDATE notice SET writtenAt = ? WHERE id = ? AND writtenAt IS NULL")
        for notice in notices {
            try statement.execute(arguments: [at, notice.rawValue])
        }
    }
}
