public import Foundation
public import RemoCore

/// Licenses a partner bought in one order: a part, a count and the order's
/// reference. Stock does not age: its dates are fixed only when a license is
/// assigned to a customer.
public struct StockLot: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<StockLot>

    public let id: ID
    public let partnerID: Partner.ID
    /// The license product bought (a term license).
    public let product: Product
    /// How many licenses; one ``License`` each.
    public let count: Int
    /// The order reference, if given.
    public let order: String?
    /// The day the stock was added.
    public let addedOn: CalendarDate
    public let added: Date

    public init(
        id: ID, partnerID: Partner.ID, product: Product, count: Int, order: String?, addedOn: CalendarDate,
        added: Date
    ) {
        self.id = id
        self.partnerID = partnerID
        self.product = product
        self.count = count
        self.order = order
        self.addedOn = addedOn
        self.added = added
    }
}
