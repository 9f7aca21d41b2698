import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `license`, read joined with its stock lot's partner and its
/// `assignment` row (see ``LicenseRecord/selection``).
struct LicenseRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "license"

    var id: Int64?
    var part: String
    var stockLotId: Int64?
    var cardId: Int64?

    /// The columns ``model(_:)`` reads: the license, its lot's partner, its assignment.
    static let selection = """
        SELECT l.id, l.part, l.stockLotId, l.cardId, s.partnerId,
               a.customerId, a.assignedOn, a.freeUntil, a.expires, a.at
        FROM license l
        LEFT JOIN stockLot s ON s.id = l.stockLotId
        LEFT JOIN assignment a ON a.licenseId = l.id
        """

    /// A license from a row of ``selection``.
    static func model(_ row: Row) throws -> License {
        let source: License.Source
        if let lot: Int64 = row["stockLotId"], let partner: Int64 = row["partnerId"] {
            source = .stock(partner: Partner.ID(partner), lot: StockLot.ID(lot))
        } else if let card: Int64 = row["cardId"] {
            source = .card(Card.ID(card))
        } else {
            throw RecordError.malformed(databaseTableName)
        }
        var assignment: Assignment?
        if let customer: Int64 = row["customerId"] {
            guard let assignedOn: CalendarDate = row["assignedOn"], let at: Date = row["at"] else {
                throw RecordError.malformed(AssignmentRecord.databaseTableName)
            }
            var dates: TermDates?
            if let expires: CalendarDate = row["expires"], let freeUntil: CalendarDate = row["freeUntil"] {
                dates = TermDates(assigned: assignedOn, freeUntil: freeUntil, expires: expires)
            }
            assignment = Assignment(customerID: Customer.ID(customer), assignedOn: assignedOn, dates: dates, at: at)
        }
        return License(id: License.ID(row["id"]), product: try Product.stored(row["part"]), source: source, assignment: assignment)
    }
}

/// A row of `assignment`.
struct AssignmentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "assignment"

    var licenseId: Int64
    var customerId: Int64
    var assignedOn: CalendarDate
    var freeUntil: CalendarDate?
    var expires: CalendarDate?
    var at: Date
}
