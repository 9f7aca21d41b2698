import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: DeviceWriter {
    func site(id: Site.ID) throws -> Site? {
        try SiteRecord.fetchOne(db, key: id.rawValue)?.entity()
    }

    func site(of customer: Customer.ID, named name: String) throws -> Site? {
        try SiteRecord.filter(Column("customerId") == customer.rawValue && Column("name") == name).fetchOne(db)?.entity()
    }

    func sites(of customer: Customer.ID) throws -> [Site] {
        try SiteRecord.filter(Column("customerId") == customer.rawValue).order(Column("name")).fetchAll(db)
            .map { try $0.entity() }
    }

    func recorder(id: Recorder.ID) throws -> Recorder? {
        try RecorderRecord.fetchOne(db, key: id.rawValue)?.entity()
    }

    func recorders(of customer: Customer.ID) throws -> [Recorder] {
        try RecorderRecord.filter(Column("customerId") == customer.rawValue).order(Column("id")).fetchAll(db)
            .map { try $0.entity() }
    }

    func camera(id: Camera.ID) throws -> Camera? {
        try CameraRecord.fetchOne(db, key: id.rawValue)?.entity()
    }

    func cameras(of customer: Customer.ID) throws -> [Camera] {
        try CameraRecord.filter(Column("customerId") == customer.rawValue).order(Column("id")).fetchAll(db)
            .map { try $0.entity() }
    }

    func insertSite(customer: Customer.ID, name: String) throws -> Site {
        var record = SiteRecord(id: nil, customerId: customer.rawValue, name: name)
        try record.insert(db)
        record.id = db.lastInsertedRowID
        return try record.entity()
    }

    func insertRecorder(
        customer: Customer.ID, site: Site.ID, serial: String, model: String, deviceID: String?, addedOn: CalendarDate,
        produced: YearMonth?
    ) throws -> Recorder {
        var record = RecorderRecord(
            id: nil, customerId: customer.rawValue, siteId: site.rawValue, serial: serial, model: model,
            deviceId: deviceID, addedOn: addedOn, producedMonth: produced?.description)
        try record.insert(db)
        record.id = db.lastInsertedRowID
        return try record.entity()
    }

    func insertCamera(
        customer: Customer.ID, site: Site.ID, recorder: Recorder.ID?, connection: Connection, name: String,
        addedOn: CalendarDate
    ) throws -> Camera {
        var record = CameraRecord(
            id: nil, customerId: customer.rawValue, siteId: site.rawValue, recorderId: recorder?.rawValue,
            connection: connection.rawValue, name: name, addedOn: addedOn, failedOn: nil)
        try record.insert(db)
        record.id = db.lastInsertedRowID
        return try record.entity()
    }

    func markFailed(_ camera: Camera.ID, on day: CalendarDate) throws {
        try db.cachedStatement(sql: "UPDATE camera SET failedOn = ? WHERE id = ?")
            .execute(arguments: [day, camera.rawValue])
    }
}

extension SQLiteRecords {
    func insertReplacement(
        failed: Camera.ID, replacement: Camera.ID, license: License.ID, on day: CalendarDate, at: Date
    ) throws {
        try db.cachedStatement(sql: "INSERT INTO replacement (failedCameraId, replacementCameraId, licenseId, day, at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [failed.rawValue, replacement.rawValue, license.rawValue, day, at])
    }

    func markRepaired(
        _ camera: Camera.ID, failedOn: CalendarDate, license: License.ID, on day: CalendarDate, at: Date
    ) throws {
        try db.cachedStatement(sql: "INSERT INTO repair (cameraId, failedOn, licenseId, day, at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [camera.rawValue, failedOn, license.rawValue, day, at])
        try db.cachedStatement(sql: "UPDATE camera SET failedOn = NULL WHERE id = ?")
            .execute(arguments: [camera.rawValue])
    }
}
