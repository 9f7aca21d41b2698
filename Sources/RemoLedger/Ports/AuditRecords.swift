public import Foundation
public import RemoCore

/// Which audit entries to read.
public struct AuditFilter: Hashable, Sendable {
    /// Only entries about this partner (its own changes and its customers').
    public var partner: Partner.ID?
    /// Only entries about this customer's account.
    public var customer: Customer.ID?
    /// Only entries on or after this day.
    public var since: CalendarDate?
    /// At most this many of the newest entries.
    public var limit: Int?

    public init(partner: Partner.ID? = nil, customer: Customer.ID? = nil, since: CalendarDate? = nil, limit: Int? = nil)
    {
        self.partner = partner
        self.customer = customer
        self.since = since
        self.limit = limit
    }
}

/// Reading the audit log.
public protocol AuditReader {
    /// The entries that match, oldest first.
    func auditEntries(_ filter: AuditFilter) throws -> [AuditEntry]
}

/// Appending to the audit log (it is never changed or deleted).
public protocol AuditWriter: AuditReader {
    @discardableResult
    func appendAudit(
        at: Date, on day: CalendarDate, actor: AuditActor, onBehalfOf: EmailAddress?, action: AuditAction,
        subject: String, partner: Partner.ID?, customer: Customer.ID?, before: [String: String]?,
        after: [String: String]?
    ) throws -> AuditEntry.ID
}
