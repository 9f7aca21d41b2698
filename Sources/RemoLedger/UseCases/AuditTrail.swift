public import RemoCore

extension LedgerWriter {
    /// Appends the audit entry for a change, in the change's own transaction.
    ///
    /// - Parameters:
    ///   - action: what was done.
    ///   - actor: who did it.
    ///   - acting: when.
    ///   - onBehalfOf: the customer a proxy acted for, if any.
    ///   - subject: what it was done to, for people.
    ///   - partner: the partner concerned.
    ///   - customer: the customer concerned.
    ///   - before: the state before; nil when something was created.
    ///   - after: the state after.
    public func recordChange(
        _ action: AuditAction, by actor: Actor, _ acting: Acting.Dated, onBehalfOf: EmailAddress? = nil, subject: String,
        partner: Partner.ID?, customer: Customer.ID?, before: [String: String]? = nil, after: [String: String]?
    ) throws {
        try appendAudit(
            at: acting.now, on: acting.today, actor: actor.auditActor, onBehalfOf: onBehalfOf, action: action,
            subject: subject, partner: partner, customer: customer, before: before, after: after)
    }
}

extension NewAuditEntry {
    /// The audit entry for a change, to append with others in the change's
    /// transaction (``AuditWriter/appendAudit(_:)``): ``LedgerWriter/recordChange(_:by:_:onBehalfOf:subject:partner:customer:before:after:)``'s.
    public init(
        _ action: AuditAction, by actor: Actor, _ acting: Acting.Dated, onBehalfOf: EmailAddress? = nil, subject: String,
        partner: Partner.ID?, customer: Customer.ID?, before: [String: String]? = nil, after: [String: String]?
    ) {
        self.init(
            at: acting.now, day: acting.today, actor: actor.auditActor, onBehalfOf: onBehalfOf, action: action,
            subject: subject, partner: partner, customer: customer, before: before, after: after)
    }
}

extension Partner {
    /// The partner as the audit log records it.
    public var auditState: [String: String] {
        ["code": code.rawValue, "name": name, "email": email.description]
    }
}

extension Customer {
    /// The customer as the audit log records it (never a password or its hash).
    public var auditState: [String: String] {
        var state = ["name": name, "email": email.description, "timeZone": timeZone]
        if let confirmation = emailConfirmation {
            state["emailConfirmed"] = confirmation.at.formattedForPeople()
            state["emailConfirmedBy"] = confirmation.method.rawValue
        }
        if let terms = termsAccepted {
            state["termsAccepted"] = terms.at.formattedForPeople()
            state["termsVersion"] = terms.version
        }
        if let handedOver { state["handedOver"] = handedOver.formattedForPeople() }
        if let lastLogin { state["lastLogin"] = lastLogin.formattedForPeople() }
        return state
    }
}

extension Array where Element == License.ID {
    /// The IDs as compact ranges for the audit log: `101-150,152`.
    public var rangesText: String {
        let sorted = map(\.rawValue).sorted()
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1] == sorted[end] + 1 { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])-\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ",")
    }
}
