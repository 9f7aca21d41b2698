public import Foundation
public import RemoCore

/// One license: one camera's right to the service (P3).
///
/// A term license starts in a partner's stock (from a ``StockLot``) and gets its
/// dates when it is assigned to a customer; a perpetual license comes from an
/// activation card registered into a customer's account. Either way, once
/// assigned it belongs to the account for good, and it is bound to cameras
/// through ``Binding``s.
public struct License: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<License>

    /// Where a license came from.
    public enum Source: Hashable, Sendable {
        /// Bought by a partner: one of a stock lot's licenses.
        case stock(partner: Partner.ID, lot: StockLot.ID)
        /// One of the cameras of an activation card's pack.
        case card(Card.ID)
    }

    public let id: ID
    /// The product: part number, connection type, term.
    public let product: Product
    public let source: Source
    /// The customer it was assigned to and its dates; nil while in stock.
    public let assignment: Assignment?

    public init(id: ID, product: Product, source: Source, assignment: Assignment?) {
        self.id = id
        self.product = product
        self.source = source
        self.assignment = assignment
    }

    /// Whether it is a perpetual license.
    public var isPerpetual: Bool { product.term == .perpetual }

    /// The last day it is valid; nil for a perpetual license or one still in stock.
    public var expires: CalendarDate? { assignment?.dates?.expires }
}

/// A license's assignment to a customer: irreversible, and for a term license
/// the day its dates are fixed.
public struct Assignment: Hashable, Sendable {
    public let customerID: Customer.ID
    /// The day of assignment (a perpetual card license: the day the card was registered).
    public let assignedOn: CalendarDate
    /// A term license's free period and expiry; nil for a perpetual license.
    public let dates: TermDates?
    public let at: Date

    public init(customerID: Customer.ID, assignedOn: CalendarDate, dates: TermDates?, at: Date) {
        self.customerID = customerID
        self.assignedOn = assignedOn
        self.dates = dates
        self.at = at
    }
}
