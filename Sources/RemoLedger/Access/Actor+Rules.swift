public import RemoCore

/// The role rules (docs/ledger.md, "Roles"). Each use case calls one of these
/// before it changes or shows anything.
///
/// - The local operator may do everything a partner may, for any partner, and add partners.
/// - A partner manages its own stock and its own customers; another partner's
///   customers are invisible to it (reported as unknown, so their existence does not leak).
/// - Inside a handed-over account, a partner (or the operator) acts only as a
///   proxy: the change is recorded "on behalf of" the customer.
/// - A contract user acts in their own account, never on partner stock.
/// - A shared user reads the accounts shared with them and changes nothing.
/// - A partner user who is an admin may do what the partner may; an installer
///   sees the partner's customers and their reports, and registers recorders
///   and cameras to them (``installerActions``), nothing else.
extension Actor {
    /// What an installer may do in the partner's customers' accounts.
    public static let installerActions: Set<AuditAction> = [.recorderRegistered, .camerasRegistered, .siteAdded]

    /// The actor the partner rules see: a partner user as its partner, when its
    /// role allows `action`.
    ///
    /// - Throws: ``AccessError/installerOnly(actor:what:)`` for an installer and
    ///   anything but ``installerActions``.
    public func partnerSide(for action: AuditAction) throws(AccessError) -> Actor {
        try partnerSide(allowing: Actor.installerActions.contains(action), what: action.name)
    }

    /// The actor the partner rules see for what only an admin may read (the
    /// audit log, the notices): a partner user as its partner, an installer refused.
    public func partnerSide(reading what: Message) throws(AccessError) -> Actor {
        try partnerSide(allowing: false, what: what)
    }

    private func partnerSide(allowing installerMay: Bool, what: Message) throws(AccessError) -> Actor {
        guard case .partnerUser(let user, let partner) = self else { return self }
        guard user.role == .admin || installerMay else { throw .installerOnly(actor: user.email, what: what) }
        return .partner(partner)
    }

    /// Refuses everyone but the local operator (adding partners).
    public func requireOperator(for action: AuditAction) throws(AccessError) {
        guard case .localOperator = self else { throw .operatorOnly(actor: name, action: action) }
    }

    /// Refuses everyone but the operator and the partner itself: stock,
    /// assignment from stock, the partner's own customer list.
    public func requirePartnerSide(of partner: Partner, for action: AuditAction) throws(AccessError) {
        switch try partnerSide(for: action) {
        case .localOperator: return
        case .partner(let acting) where acting.id == partner.id: return
        case .partner(let acting): throw .otherPartner(actor: acting.code, partner: partner.code)
        case .customer(let customer): throw .partnerOnly(actor: customer.email, action: action)
        case .sharedUser(let email, _): throw .readOnly(email)
        case .partnerUser: preconditionFailure("partnerSide(for:) resolves partner users")
        }
    }

    /// Refuses anyone who may not see the account. A partner asking for
    /// another partner's customer is told the customer is unknown.
    public func requireView(_ customer: Customer) throws {
        switch self {
        case .localOperator: return
        case .partner(let partner) where partner.id == customer.partnerID: return
        case .partnerUser(_, let partner) where partner.id == customer.partnerID: return
        case .customer(let acting) where acting.id == customer.id: return
        case .sharedUser(_, let accounts) where accounts.contains(customer.id): return
        default: throw AccountError.unknownCustomer(customer.email)
        }
    }

    /// Checks a change inside a customer's account and says on whose behalf it is made.
    ///
    /// - Parameters:
    ///   - customer: the account.
    ///   - action: what is done.
    ///   - customerMay: whether the contract user may do it themselves (false:
    ///     only their partner may, such as moving a term license).
    /// - Returns: the customer's address when a partner or the operator acts in a
    ///   handed-over account (a proxy), else nil.
    /// - Throws: ``AccessError`` for a shared user, a customer where only the
    ///   partner may act, and ``AccountError/unknownCustomer(_:)`` for anyone
    ///   else's account.
    public func requireChange(in customer: Customer, for action: AuditAction, customerMay: Bool) throws -> EmailAddress? {
        if case .partnerUser = self { try requireView(customer) }
        switch try partnerSide(for: action) {
        case .sharedUser(let email, let accounts) where accounts.contains(customer.id):
            throw AccessError.readOnly(email)
        case .customer(let acting) where acting.id == customer.id:
            guard customerMay else { throw AccessError.partnerOnly(actor: acting.email, action: action) }
            return nil
        default:
            try requireView(customer)
            return customer.isHandedOver ? customer.email : nil
        }
    }

    /// Refuses everyone but the operator and the customer's own partner: what a
    /// partner does about a customer from the partner side (assigning licenses,
    /// confirming the address, handing the account over).
    public func requirePartner(of customer: Customer, for action: AuditAction) throws {
        if case .partnerUser = self { try requireView(customer) }
        switch try partnerSide(for: action) {
        case .localOperator: return
        case .partner(let partner) where partner.id == customer.partnerID: return
        case .customer(let acting) where acting.id == customer.id:
            throw AccessError.partnerOnly(actor: acting.email, action: action)
        case .sharedUser(let email, let accounts) where accounts.contains(customer.id):
            throw AccessError.readOnly(email)
        default: throw AccountError.unknownCustomer(customer.email)
        }
    }

    /// Refuses everyone but the contract user themself (accepting the terms of use).
    public func requireSelf(_ customer: Customer, for action: AuditAction) throws {
        if case .customer(let acting) = self, acting.id == customer.id { return }
        try requireView(customer)
        throw AccessError.customerOnly(actor: name, action: action)
    }
}

extension LedgerReader {
    /// The partner a code names, for an actor who names it: the operator may
    /// name any partner; anyone else only their own. Another partner's code and
    /// a code no partner has get the same answer, so that trying codes tells
    /// nobody which partners exist.
    ///
    /// - Throws: ``AccountError/unknownPartner(_:)`` (the operator only);
    ///   ``AccessError/otherPartner(actor:partner:)``, ``AccessError/partnerOnly(actor:action:)``,
    ///   ``AccessError/readOnly(_:)`` for anyone else.
    public func requirePartner(_ code: Partner.Code, namedBy actor: Actor, for action: AuditAction) throws -> Partner {
        switch actor {
        case .localOperator: return try requirePartner(code)
        case .partner(let own), .partnerUser(_, let own):
            guard own.code == code else { throw AccessError.otherPartner(actor: own.code, partner: code) }
            return own
        case .customer(let customer): throw AccessError.partnerOnly(actor: customer.email, action: action)
        case .sharedUser(let email, _): throw AccessError.readOnly(email)
        }
    }
}
