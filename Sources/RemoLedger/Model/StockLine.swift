public import RemoCore

/// A partner's stock of one part: bought, assigned to customers, and left.
public struct StockLine: Hashable, Sendable {
    public let product: Product
    /// Licenses bought, over every order.
    public let bought: Int
    /// Licenses assigned to customers (irreversibly).
    public let assigned: Int

    public init(product: Product, bought: Int, assigned: Int) {
        self.product = product
        self.bought = bought
        self.assigned = assigned
    }

    /// Licenses still in stock.
    public var available: Int { bought - assigned }
}
