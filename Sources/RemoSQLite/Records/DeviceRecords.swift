import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `site`.
struct SiteRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "site"

    var id: Int64?
    var customerId: Int64
    var name: String

    func entity() throws -> Site {
        guard let id else { throw RecordError.malformed(Self.databaseTableName) }
        return Site(id: Site.ID(id), customerID: Customer.ID(customerId), name: name)
    }
}

/// A row of `recorder`.
struct RecorderRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "recorder"

    var id: Int64?
    var customerId: Int64
    var siteId: Int64
    var serial: String
    var model: String
    var deviceId: String?
    var addedOn: CalendarDate
    /// `YYYY-MM` for a recorder registered by its serial (migration "recorder-produced").
    var producedMonth: String?

    func entity() throws -> Recorder {
        guard let id else { throw RecordError.malformed(Self.databaseTableName) }
        var produced: YearMonth?
        if let producedMonth {
            guard let month = try? YearMonth(parsing: producedMonth) else { throw RecordError.malformed(Self.databaseTableName) }
            produced = month
        }
        return Recorder(
            id: Recorder.ID(id), customerID: Customer.ID(customerId), siteID: Site.ID(siteId), serial: serial,
            model: model, deviceID: deviceId, addedOn: addedOn, produced: produced)
    }
}

/// A row of `camera`.
struct CameraRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "camera"

    var id: Int64?
    var customerId: Int64
    var siteId: Int64
    var recorderId: Int64?
    var connection: String
    var name: String
    var addedOn: CalendarDate
    var failedOn: CalendarDate?

    func entity() throws -> Camera {
        guard let id, let connection = Connection(rawValue: connection) else {
            throw RecordError.malformed(Self.databaseTableName)
        }
        return Camera(
            id: Camera.ID(id), customerID: Customer.ID(customerId), siteID: Site.ID(siteId),
            recorderID: recorderId.map { Recorder.ID($0) }, connection: connection, name: name, addedOn: addedOn,
            failedOn: failedOn)
    }
}
