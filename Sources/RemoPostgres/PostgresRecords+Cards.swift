import Foundation
import RemoCore
import PostgresNIO
import RemoLedger

extension PostgresRecords: CardWriter {
    static let cardSelection = """
        SELECT c.id, c.activationId, c.encryptionHash, c.part, c.imported, r.customerId, r.registeredOn, r.at
        FROM card c LEFT JOIN cardRegistration r ON r.cardId = c.id
        """

    func cards(_ activationIDs: [ActivationID]) throws -> [ActivationID: Card] {
        let wanted = Array(Set(activationIDs.map(\.rawValue)))
        guard !wanted.isEmpty else { return [:] }
        var found: [ActivationID: Card] = [:]
        for row in try rows(Self.cardSelection + " WHERE c.activationId = ANY(?)", [TextArray(wanted)]) {
            let card = try Self.card(row)
            found[card.activationID] = card
        }
        return found
    }

    func cards(registeredTo customer: Customer.ID) throws -> [Card] {
        try rows(Self.cardSelection + " WHERE r.customerId = ? ORDER BY c.id", [customer.rawValue]).map(Self.card)
    }

    func insertCard(activationID: ActivationID, encryptionHash: SecretHash, product: Product, imported: Date) throws -> Card {
        let id = try insert(
            "INSERT INTO card (activationId, encryptionHash, part, imported) VALUES (?, ?, ?, ?)",
            [activationID.rawValue, encryptionHash.description, product.part, imported])
        return Card(
            id: Card.ID(id), activationID: activationID, encryptionHash: encryptionHash, product: product,
            imported: imported, registration: nil)
    }

    func registerCard(_ card: Card, to customer: Customer.ID, on day: CalendarDate, at: Date) throws -> [License.ID] {
        try execute(
            "INSERT INTO cardRegistration (cardId, customerId, registeredOn, at) VALUES (?, ?, ?, ?)",
            [card.id.rawValue, customer.rawValue, day, at])
        let licenses = try rows(
            "INSERT INTO license (part, cardId) SELECT ?, ? FROM generate_series(1, ?::bigint) RETURNING id",
            [card.product.part, card.id.rawValue, card.product.packSize]
        ).map { License.ID(try $0.int64(0)) }.sorted { $0.rawValue < $1.rawValue }
        try assign(licenses, to: customer, on: day, dates: nil, at: at)
        return licenses
    }

    static func card(_ row: SQLRow) throws -> Card {
        guard let activation = ActivationID(rawValue: try row.value("activationId")),
            let hash = SecretHash(try row.value("encryptionHash", as: String.self))
        else { throw RecordError.malformed("card") }
        var registration: Card.Registration?
        if let customer: Int64 = try row.value("customerId"), let day = try row.dayIfAny("registeredOn"),
            let at: Date = try row.value("at")
        {
            registration = Card.Registration(customerID: Customer.ID(customer), registeredOn: day, at: at)
        }
        return Card(
            id: Card.ID(try row.id("id")), activationID: activation, encryptionHash: hash,
            product: try Product.stored(try row.value("part")), imported: try row.value("imported"),
            registration: registration)
    }
}

/// A `text[]` parameter, for `= ANY(?)`: one query for many keys.
struct TextArray: SQLValue {
    let values: [String]

    init(_ values: [String]) {
        self.values = values
    }

    func bind(into bindings: inout PostgresBindings) { bindings.append(values) }
}

/// A `bigint[]` parameter: one statement for many rows.
struct IntegerArray: SQLValue {
    let values: [Int64]

    init(_ values: [Int64]) {
        self.values = values
    }

    func bind(into bindings: inout PostgresBindings) { bindings.append(values) }
}

/// A `timestamptz[]` parameter: one statement for many rows.
struct DateArray: SQLValue {
    let values: [Date]

    init(_ values: [Date]) {
        self.values = values
    }

    func bind(into bindings: inout PostgresBindings) { bindings.append(values) }
}
