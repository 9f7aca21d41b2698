import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `card`, read joined with its `cardRegistration` (see ``CardRecord/selection``).
struct CardRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "card"

    var id: Int64?
    var activationId: String
    var encryptionHash: String
    var part: String
    var imported: Date

    static let selection = """
        SELECT c.id, c.activationId, c.encryptionHash, c.part, c.imported,
               r.customerId, r.registeredOn, r.at
        FROM card c LEFT JOIN cardRegistration r ON r.cardId = c.id
        """

    /// A card from a row of ``selection``.
    static func entity(_ row: Row) throws -> Card {
        guard let activation = ActivationID(rawValue: row["activationId"]), let hash = SecretHash(row["encryptionHash"])
        else { throw RecordError.malformed(databaseTableName) }
        var registration: Card.Registration?
        if let customer: Int64 = row["customerId"], let day: CalendarDate = row["registeredOn"], let at: Date = row["at"] {
            registration = Card.Registration(customerID: Customer.ID(customer), registeredOn: day, at: at)
        }
        return Card(
            id: Card.ID(row["id"]), activationID: activation, encryptionHash: hash, product: try Product.stored(row["part"]),
            imported: row["imported"], registration: registration)
    }
}
