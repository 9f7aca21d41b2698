import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: RegistrationWriter {
    func recorder(serial: SerialNumber) throws -> Recorder? {
        try RecorderRecord.filter(Column("serial") == serial.rawValue).fetchOne(db)?.entity()
    }

    /// One query: unbound licenses of the connection type, a term one not
    /// expired on the day, a perpetual one never bound; perpetual first, then
    /// by assignment day, expiry and ID (``LicensePool``'s order).
    func bindableLicenses(of customer: Customer.ID, for connection: Connection, on day: CalendarDate, limit: Int) throws
        -> [License]
    {
        guard limit > 0 else { return [] }
        return try Row.fetchAll(
            db,
            sql: LicenseRecord.selection + """
                 JOIN product p ON p.part = l.part
                WHERE a.customerId = ? AND p.connection = ?
                  AND ((a.expires IS NULL AND NOT EXISTS (SELECT 1 FROM binding b WHERE b.licenseId = l.id))
                    OR (a.expires >= ?
                        AND NOT EXISTS (SELECT 1 FROM binding b WHERE b.licenseId = l.id AND b.unboundOn IS NULL)))
                ORDER BY a.expires IS NOT NULL, a.assignedOn, a.expires, l.id
                LIMIT ?
                """, arguments: [customer.rawValue, connection.rawValue, day, limit]
        ).map(LicenseRecord.model)
    }

    func insertRegistration(
        recorder: Recorder.ID, method: RecorderRegistration.Method, by actor: String, on day: CalendarDate, at: Date
    ) throws {
        try db.execute(
            sql: "INSERT INTO registration (recorderId, method, actor, registeredOn, at) VALUES (?, ?, ?, ?, ?)",
            arguments: [recorder.rawValue, method.rawValue, actor, day, at])
    }
}
