import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `stockLot`.
struct StockLotRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "stockLot"

    var id: Int64?
    var partnerId: Int64
    var part: String
    var count: Int
    var orderRef: String?
    var addedOn: CalendarDate
    var added: Date

    func entity() throws -> StockLot {
        guard let id else { throw RecordError.malformed(Self.databaseTableName) }
        return StockLot(
            id: StockLot.ID(id), partnerID: Partner.ID(partnerId), product: try Product.stored(part), count: count,
            order: orderRef, addedOn: addedOn, added: added)
    }
}
