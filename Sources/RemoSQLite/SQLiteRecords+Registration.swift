import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: RegistrationWriter {
    func recorder(serial: SerialNumber) throws -> Recorder? {
        try RecorderRecord.filter(Column("serial") == serial.rawValue).fetchOne(db)?.entity()
    }

    func recordersWithoutLabel(serials: [SerialNumber]) throws -> [SerialNumber: Recorder] {
        let statement = try db.cachedStatement(
            sql: "SELECT r.* FROM recorder r WHERE r.serial = ? AND NOT EXISTS (SELECT 1 FROM labelEntry e WHERE e.serial = r.serial)")
        var found: [SerialNumber: Recorder] = [:]
        for serial in Set(serials) {
            if let recorder = try RecorderRecord.fetchOne(statement, arguments: [serial.rawValue]) {
                found[serial] = try recorder.entity()
            }
        }
        return found
    }

    /// Two queries (perpetual, then term), each walking the account's
    /// assignments in binding order (index `assignment_binding_order`) and
    /// stopping at `limit`: unbound licenses of the connection type, a term one
    /// not expired on the day, a perpetual one never bound (but for bindings a
    /// type change undid); perpetual first,
    /// then by assignment day, expiry and ID (``LicensePool``'s order).
    func bindableLicenses(of customer: Customer.ID, for connection: Connection, on day: CalendarDate, limit: Int) throws
        -> [License]
    {
        guard limit > 0 else { return [] }
        let perpetual = try Row.fetchAll(
            db.cachedStatement(sql: LicenseRecord.selection + """
                 JOIN product p ON p.part = l.part
                WHERE a.customerId = ? AND a.expires IS NULL AND p.connection = ?
                  AND NOT EXISTS (
                      SELECT 1 FROM binding b WHERE b.licenseId = a.licenseId
                        AND NOT EXISTS (SELECT 1 FROM typeChange t WHERE t.undoneBindingId = b.id))
                ORDER BY a.assignedOn, a.expires, a.licenseId
                LIMIT ?
                """), arguments: [customer.rawValue, connection.rawValue, limit]
        ).map(LicenseRecord.model)
        guard perpetual.count < limit else { return perpetual }
        let term = try Row.fetchAll(
            db.cachedStatement(sql: LicenseRecord.selection + """
                 JOIN product p ON p.part = l.part
                WHERE a.customerId = ? AND a.expires >= ? AND p.connection = ?
                  AND NOT EXISTS (SELECT 1 FROM binding b WHERE b.licenseId = a.licenseId AND b.unboundOn IS NULL)
                ORDER BY a.assignedOn, a.expires, a.licenseId
                LIMIT ?
                """), arguments: [customer.rawValue, day, connection.rawValue, limit - perpetual.count]
        ).map(LicenseRecord.model)
        return perpetual + term
    }

    func insertRegistration(
        recorder: Recorder.ID, method: RecorderRegistration.Method, by actor: String, on day: CalendarDate, at: Date
    ) throws {
        try db.cachedStatement(sql: "INSERT INTO registration (recorderId, method, actor, registeredOn, at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [recorder.rawValue, method.rawValue, actor, day, at])
    }
}
