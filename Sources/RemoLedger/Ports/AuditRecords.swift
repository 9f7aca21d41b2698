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

    /// Appends entries at once, in order (`tick`: one statement where a store is a server away).
    func appendAudit(_ entries: [NewAuditEntry]) throws
}

/// An audit entry to append with others (``AuditWriter/appendAudit(_:)``).
public struct NewAuditEntry: Hashable, Sendable {
    public let at: Date
    public let day: CalendarDate
    public let actor: AuditActor
    public let onBehalfOf: EmailAddress?
    public let action: AuditAction
    public let subject: String
    public let partner: Partner.ID?
    public let customer: Customer.ID?
    public let before: [String: String]?
    public let after: [String: String]?

    public init(
        at: Date, day: CalendarDate, actor: AuditActor, onBehalfOf: EmailAddress?, action: AuditAction, subject: String,
        partner: Partner.ID?, customer: Customer.ID?, before: [String: String]?, after: [String: String]?
    ) {
        self.at = at
        self.day = day
        self.actor = actor
        self.onBehalfOf = onBehalfOf
        self.action = action
        self.subject = subject
        self.partner = partner
        self.customer = customer
        self.before = before
        self.after = after
    }
}

extension AuditWriter {
    /// One statement an entry: for a store in the process (SQLite), as fast as one for all.
    public func appendAudit(_ entries: [NewAuditEntry]) throws {
        for entry in entries {
            try appendAudit(
                at: entry.at, on: entry.day, actor: entry.actor, onBehalfOf: entry.onBehalfOf, action: entry.action,
                subject: entry.subject, partner: entry.partner, customer: entry.customer, before: entry.before,
                after: entry.after)
        }
    }
}
