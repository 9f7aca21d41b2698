import Foundation
import RemoCore
import RemoLedger

extension PostgresRecords: DeviceWriter {
    static let recorderColumns = "id, customerId, siteId, serial, model, deviceId, addedOn, producedMonth"
    static let cameraColumns = "id, customerId, siteId, recorderId, connection, name, addedOn, failedOn"

    func site(id: Site.ID) throws -> Site? {
        try row("SELECT id, customerId, name FROM site WHERE id = ?", [id.rawValue]).map(Self.site)
    }

    func site(of customer: Customer.ID, named name: String) throws -> Site? {
        try row("SELECT id, customerId, name FROM site WHERE customerId = ? AND name = ?", [customer.rawValue, name])
            .map(Self.site)
    }

    func sites(of customer: Customer.ID) throws -> [Site] {
        try rows("SELECT id, customerId, name FROM site WHERE customerId = ? ORDER BY name COLLATE \"C\"", [customer.rawValue])
            .map(Self.site)
    }

    func recorder(id: Recorder.ID) throws -> Recorder? {
        try row("SELECT \(Self.recorderColumns) FROM recorder WHERE id = ?", [id.rawValue]).map(Self.recorder)
    }

    func recorders(of customer: Customer.ID) throws -> [Recorder] {
        try rows("SELECT \(Self.recorderColumns) FROM recorder WHERE customerId = ? ORDER BY id", [customer.rawValue])
            .map(Self.recorder)
    }

    func camera(id: Camera.ID) throws -> Camera? {
        try row("SELECT \(Self.cameraColumns) FROM camera WHERE id = ?", [id.rawValue]).map(Self.camera)
    }

    func cameras(of customer: Customer.ID) throws -> [Camera] {
        try rows("SELECT \(Self.cameraColumns) FROM camera WHERE customerId = ? ORDER BY id", [customer.rawValue])
            .map(Self.camera)
    }

    func cameras(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [Camera]] {
        guard !customers.isEmpty else { return [:] }
        var found = Dictionary(uniqueKeysWithValues: customers.map { ($0, [Camera]()) })
        for camera in try rows(
            "SELECT \(Self.cameraColumns) FROM camera WHERE customerId = ANY(?) ORDER BY id", [IntegerArray(customers.map(\.rawValue))]
        ).map(Self.camera) {
            found[camera.customerID, default: []].append(camera)
        }
        return found
    }

    func insertSite(customer: Customer.ID, name: String) throws -> Site {
        let id = try insert("INSERT INTO site (customerId, name) VALUES (?, ?)", [customer.rawValue, name])
        return Site(id: Site.ID(id), customerID: customer, name: name)
    }

    func insertRecorder(
        customer: Customer.ID, site: Site.ID, serial: String, model: String, deviceID: String?, addedOn: CalendarDate,
        produced: YearMonth?
    ) throws -> Recorder {
        let id = try insert(
            """
            INSERT INTO recorder (customerId, siteId, serial, model, deviceId, addedOn, producedMonth)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [customer.rawValue, site.rawValue, serial, model, deviceID, addedOn, produced?.description])
        return Recorder(
            id: Recorder.ID(id), customerID: customer, siteID: site, serial: serial, model: model, deviceID: deviceID,
            addedOn: addedOn, produced: produced)
    }

    func insertCamera(
        customer: Customer.ID, site: Site.ID, recorder: Recorder.ID?, connection: Connection, name: String,
        addedOn: CalendarDate
    ) throws -> Camera {
        let id = try insert(
            "INSERT INTO camera (customerId, siteId, recorderId, connection, name, addedOn) VALUES (?, ?, ?, ?, ?, ?)",
            [customer.rawValue, site.rawValue, recorder?.rawValue, connection.rawValue, name, addedOn])
        return Camera(
            id: Camera.ID(id), customerID: customer, siteID: site, recorderID: recorder, connection: connection, name: name,
            addedOn: addedOn, failedOn: nil)
    }

    func markFailed(_ camera: Camera.ID, on day: CalendarDate) throws {
        try execute("UPDATE camera SET failedOn = ? WHERE id = ?", [day, camera.rawValue])
    }

    func insertReplacement(
        failed: Camera.ID, replacement: Camera.ID, license: License.ID, on day: CalendarDate, at: Date
    ) throws {
        try execute(
            "INSERT INTO replacement (failedCameraId, replacementCameraId, licenseId, day, at) VALUES (?, ?, ?, ?, ?)",
            [failed.rawValue, replacement.rawValue, license.rawValue, day, at])
    }

    func markRepaired(
        _ camera: Camera.ID, failedOn: CalendarDate, license: License.ID, on day: CalendarDate, at: Date
    ) throws {
        try execute(
            "INSERT INTO repair (cameraId, failedOn, licenseId, day, at) VALUES (?, ?, ?, ?, ?)",
            [camera.rawValue, failedOn, license.rawValue, day, at])
        try execute("UPDATE camera SET failedOn = NULL WHERE id = ?", [camera.rawValue])
    }

    static func site(_ row: SQLRow) throws -> Site {
        Site(id: Site.ID(try row.id("id")), customerID: Customer.ID(try row.id("customerId")), name: try row.value("name"))
    }

    static func recorder(_ row: SQLRow) throws -> Recorder {
        var produced: YearMonth?
        if let month: String = try row.value("producedMonth") {
            guard let parsed = try? YearMonth(parsing: month) else { throw RecordError.malformed("recorder") }
            produced = parsed
        }
        return Recorder(
            id: Recorder.ID(try row.id("id")), customerID: Customer.ID(try row.id("customerId")),
            siteID: Site.ID(try row.id("siteId")), serial: try row.value("serial"), model: try row.value("model"),
            deviceID: try row.value("deviceId"), addedOn: try row.day("addedOn"), produced: produced)
    }

    static func camera(_ row: SQLRow) throws -> Camera {
        guard let connection = Connection(rawValue: try row.value("connection")) else { throw RecordError.malformed("camera") }
        return Camera(
            id: Camera.ID(try row.id("id")), customerID: Customer.ID(try row.id("customerId")),
            siteID: Site.ID(try row.id("siteId")), recorderID: try row.value("recorderId", as: Int64?.self).map { Recorder.ID($0) },
            connection: connection, name: try row.value("name"), addedOn: try row.day("addedOn"),
            failedOn: try row.dayIfAny("failedOn"))
    }
}
