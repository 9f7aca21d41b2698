public import Foundation
public import RemoCore

/// Reading stock, licenses and bindings.
public protocol LicenseReader {
    /// A partner's stock per part, in catalogue order; parts never bought are left out.
    func stock(of partner: Partner.ID) throws -> [StockLine]
    /// A partner's orders, oldest first.
    func stockLots(of partner: Partner.ID) throws -> [StockLot]
    /// Up to `limit` licenses of `part` still in the partner's stock, oldest lot first.
    func stockLicenses(of partner: Partner.ID, part: String, limit: Int) throws -> [License.ID]

    func license(id: License.ID) throws -> License?
    /// The licenses assigned to a customer, by ID.
    func licenses(of customer: Customer.ID) throws -> [License]

    /// Every binding of the customer's licenses, current or ended, by ID.
    func bindings(of customer: Customer.ID) throws -> [Binding]
    /// ``licenses(of:)`` of each customer, read at once (`tick` over many
    /// accounts: one query where a store is a server away).
    func licenses(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [License]]
    /// ``bindings(of:)`` of each customer, read at once.
    func bindings(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [Binding]]
    /// The license's binding that has not ended, if any.
    func currentBinding(of license: License.ID) throws -> Binding?
    /// Every binding of the camera, current or ended, by ID.
    func bindings(ofCamera camera: Camera.ID) throws -> [Binding]
    /// The perpetual-license bindings of the customer's licenses that a type
    /// change undid (the license went back to the account unused).
    func typeChangedBindings(of customer: Customer.ID) throws -> Set<Binding.ID>
}

/// Adding stock, assigning, binding.
public protocol LicenseWriter: LicenseReader {
    /// Stores an order and its `count` licenses in the partner's stock.
    func insertStockLot(
        partner: Partner.ID, product: Product, count: Int, order: String?, addedOn: CalendarDate, added: Date
    ) throws -> StockLot

    /// Assigns licenses to a customer, irreversibly. The store refuses a license
    /// already assigned, and a stock license of another partner than the customer's.
    func assign(_ licenses: [License.ID], to customer: Customer.ID, on day: CalendarDate, dates: TermDates?, at: Date)
        throws

    /// Binds a license to a camera from `day`. The store refuses a license that
    /// already has a current binding, a license not assigned to the camera's
    /// account, and a connection type that differs from the camera's.
    func insertBinding(license: License.ID, camera: Camera.ID, on day: CalendarDate, method: Binding.Method, at: Date)
        throws -> Binding

    /// Inserts bindings at once, in order, each refused as ``insertBinding(license:camera:on:method:at:)``
    /// refuses it (`tick`: one statement where a store is a server away).
    func insertBindings(_ bindings: [NewBinding]) throws

    /// Ends a current binding: from `day` on the license is no longer bound to the camera.
    func endBinding(_ binding: Binding.ID, unboundOn day: CalendarDate) throws

    /// Records a type change: the ended perpetual binding `undone` was replaced
    /// by the term binding `replacement`. The store refuses a binding undone twice.
    func insertTypeChange(undone: Binding.ID, replacement: Binding.ID, on day: CalendarDate, at: Date) throws
}

/// A binding to insert with others (``LicenseWriter/insertBindings(_:)``).
public struct NewBinding: Hashable, Sendable {
    public let license: License.ID
    public let camera: Camera.ID
    public let boundOn: CalendarDate
    public let method: Binding.Method
    public let at: Date

    public init(license: License.ID, camera: Camera.ID, boundOn: CalendarDate, method: Binding.Method, at: Date) {
        self.license = license
        self.camera = camera
        self.boundOn = boundOn
        self.method = method
        self.at = at
    }
}

extension LicenseReader {
    /// One query a customer: for a store in the process (SQLite), as fast as one for all.
    public func licenses(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [License]] {
        var found: [Customer.ID: [License]] = [:]
        for customer in customers { found[customer] = try licenses(of: customer) }
        return found
    }

    public func bindings(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [Binding]] {
        var found: [Customer.ID: [Binding]] = [:]
        for customer in customers { found[customer] = try bindings(of: customer) }
        return found
    }
}

extension LicenseWriter {
    /// One statement a binding: for a store in the process (SQLite), as fast as one for all.
    public func insertBindings(_ bindings: [NewBinding]) throws {
        for binding in bindings {
            _ = try insertBinding(license: binding.license, camera: binding.camera, on: binding.boundOn, method: binding.method, at: binding.at)
        }
    }
}
