import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `binding`.
struct BindingRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "binding"

    var id: Int64?
    var licenseId: Int64
    var cameraId: Int64
    var boundOn: CalendarDate
    var unboundOn: CalendarDate?
    var method: String
    var at: Date

    func entity() throws -> Binding {
        guard let id, let method = Binding.Method(rawValue: method) else {
            throw RecordError.malformed(Self.databaseTableName)
        }
        return Binding(
            id: Binding.ID(id), licenseID: License.ID(licenseId), cameraID: Camera.ID(cameraId), boundOn: boundOn,
            unboundOn: unboundOn, method: method, at: at)
    }
}
