public import RemoCore

/// Who acts, as the store knows them: resolved from a ``Principal`` inside the
/// use case's transaction, then checked against the role rules
/// (`Actor+Rules.swift`).
public enum Actor: Hashable, Sendable {
    /// The local operator of the database: may do what any partner may do, and add partners.
    case localOperator
    /// The partner itself (its own address, or its code).
    case partner(Partner)
    /// A person who logs in for a partner: an admin may do what the partner
    /// may, an installer only ``Actor/installerActions`` (``PartnerUser/Role``).
    case partnerUser(PartnerUser, Partner)
    /// A contract user, in their own account.
    case customer(Customer)
    /// A shared user of these accounts: reads, changes nothing.
    case sharedUser(EmailAddress, accounts: Set<Customer.ID>)

    /// How the audit log names this actor.
    public var auditActor: AuditActor {
        switch self {
        case .localOperator: AuditActor(kind: .localOperator, name: "operator")
        case .partner(let partner): AuditActor(kind: .partner, name: partner.code.rawValue)
        case .partnerUser(let user, _): AuditActor(kind: .partner, name: user.email.description)
        case .customer(let customer): AuditActor(kind: .customer, name: customer.email.description)
        case .sharedUser(let email, _): AuditActor(kind: .sharedUser, name: email.description)
        }
    }

    /// The actor's name for people: the partner code or the address.
    public var name: String { auditActor.name }

    /// The partner a partner or a partner user acts for.
    public var actingPartner: Partner? {
        switch self {
        case .partner(let partner), .partnerUser(_, let partner): partner
        default: nil
        }
    }
}

extension LedgerReader {
    /// The actor a principal names.
    ///
    /// - Throws: ``AccountError/unknownPartner(_:)`` or ``AccessError/unknownUser(_:)``
    ///   when no partner or user matches.
    public func resolve(_ principal: Principal) throws -> Actor {
        switch principal {
        case .localOperator:
            return .localOperator
        case .partner(let code):
            guard let partner = try partner(code: code) else { throw AccountError.unknownPartner(code) }
            return .partner(partner)
        case .user(let email):
            if let partner = try partner(email: email) { return .partner(partner) }
            if let user = try partnerUser(email: email), let partner = try partner(id: user.partnerID) {
                return .partnerUser(user, partner)
            }
            if let customer = try customer(email: email) { return .customer(customer) }
            let shared = try sharedUsers(email: email)
            guard !shared.isEmpty else { throw AccessError.unknownUser(email) }
            return .sharedUser(email, accounts: Set(shared.map(\.customerID)))
        }
    }
}
