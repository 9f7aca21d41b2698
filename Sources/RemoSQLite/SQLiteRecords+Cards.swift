import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: CardWriter {
    func cards(_ activationIDs: [ActivationID]) throws -> [ActivationID: Card] {
        var found: [ActivationID: Card] = [:]
        let statement = try db.cachedStatement(sql: CardRecord.selection + " WHERE c.activationId = ?")
        for id in Set(activationIDs) {
            if let row = try Row.fetchOne(statement, arguments: [id.rawValue]) { found[id] = try CardRecord.entity(row) }
        }
        return found
    }

    func cards(registeredTo customer: Customer.ID) throws -> [Card] {
        try Row.fetchAll(db.cachedStatement(sql: CardRecord.selection + " WHERE r.customerId = ? ORDER BY c.id"),
            arguments: [customer.rawValue])
            .map(CardRecord.entity)
    }

    func insertCard(activationID: ActivationID, encryptionHash: SecretHash, product: Product, imported: Date) throws -> Card {
        let record = CardRecord(
            id: nil, activationId: activationID.rawValue, encryptionHash: encryptionHash.description, part: product.part,
            imported: imported)
        try record.insert(db)
        return Card(
            id: Card.ID(db.lastInsertedRowID), activationID: activationID, encryptionHash: encryptionHash, product: product,
            imported: imported, registration: nil)
    }

    func registerCard(_ card: Card, to customer: Customer.ID, on day: CalendarDate, at: Date) throws -> [License.ID] {
        try db.cachedStatement(sql: "INSERT INTO cardRegistration (cardId, customerId, registeredOn, at) VALUES (?, ?, ?, ?)")
            .execute(arguments: [card.id.rawValue, customer.rawValue, day, at])
        let license = try db.cachedStatement(sql: "INSERT INTO license (part, cardId) VALUES (?, ?)")
        var licenses: [License.ID] = []
        for _ in 0..<card.product.packSize {
            try license.execute(arguments: [card.product.part, card.id.rawValue])
            licenses.append(License.ID(db.lastInsertedRowID))
        }
        try assign(licenses, to: customer, on: day, dates: nil, at: at)
        return licenses
    }
}
