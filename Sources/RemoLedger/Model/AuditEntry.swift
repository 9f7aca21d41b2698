public import Foundation
public import RemoCore

/// One change, as the audit log keeps it: who, on whose behalf, when, what,
/// and the state before and after. Written in the same transaction as the
/// change; never changed or deleted.
public struct AuditEntry: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<AuditEntry>

    public let id: ID
    /// When it happened (the clock the caller passed in).
    public let at: Date
    /// The day it acted on (`--today`).
    public let on: CalendarDate
    /// Who acted.
    public let actor: AuditActor
    /// The customer a partner (or the operator) acted for inside a handed-over
    /// account: "partner X on behalf of customer Y".
    public let onBehalfOf: EmailAddress?
    /// What was done.
    public let action: AuditAction
    /// What it was done to, for people: a partner code, a customer's address, a camera.
    public let subject: String
    /// The partner and customer the change concerns, for who may read it.
    public let partnerID: Partner.ID?
    public let customerID: Customer.ID?
    /// The state before (nil when something was created) and after.
    public let before: [String: String]?
    public let after: [String: String]?

    public init(
        id: ID, at: Date, on: CalendarDate, actor: AuditActor, onBehalfOf: EmailAddress?, action: AuditAction,
        subject: String, partnerID: Partner.ID?, customerID: Customer.ID?, before: [String: String]?,
        after: [String: String]?
    ) {
        self.id = id
        self.at = at
        self.on = on
        self.actor = actor
        self.onBehalfOf = onBehalfOf
        self.action = action
        self.subject = subject
        self.partnerID = partnerID
        self.customerID = customerID
        self.before = before
        self.after = after
    }
}

/// Who acted, as the audit log names them.
public struct AuditActor: Hashable, Sendable, Codable {
    /// The kind of user.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case localOperator = "operator"
        case partner
        case customer
        case sharedUser = "shared-user"
        /// Someone not logged in (a failed login), named by the address they gave.
        case visitor
    }

    public let kind: Kind
    /// The partner code, or the user's e-mail address; `operator` for the local operator.
    public let name: String

    public init(kind: Kind, name: String) {
        self.kind = kind
        self.name = name
    }
}
