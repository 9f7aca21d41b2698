public import Foundation
public import RemoCore

/// Who acts and when: the input every use case takes. Nothing in RemoLedger
/// reads the clock; the caller says what day and time it is.
public struct Acting: Sendable {
    /// Who says they act; resolved and checked against the role rules inside
    /// the use case's transaction.
    public var principal: Principal
    /// The calendar day the use case acts on (`--today`), in the account's time zone.
    public var today: CalendarDate
    /// The moment, for the audit log and for what expires in hours (an initial password).
    public var now: Date
    /// Where the request came from, as the attempt limits count it (the web
    /// client's IP address); ``localAddress`` for the command line.
    public var address: String

    /// What the attempt limits call a caller on this machine (the command line).
    public static let localAddress = "local"

    public init(_ principal: Principal, today: CalendarDate, now: Date, address: String = Acting.localAddress) {
        self.principal = principal
        self.today = today
        self.now = now
        self.address = address
    }
}
