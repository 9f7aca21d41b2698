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
extension Actor {
    /// Refuses everyone but the local operator (adding partners).
    public func requireOperator(for action: AuditAction) throws(AccessError) {
        guard case .localOperator = self else { throw .operatorOnly(actor: name, action: action) }
    }

    /// Refuses everyone but the operator and the partner itself: stock,
    /// assignment from stock, the partner's own customer list.
    public func requirePartnerSide(of partner: Partner, for action: AuditAction) throws(AccessError) {
        switch self {
        case .localOperator: return
        case .partner(let acting) where acting.id == partner.id: return
        case .partner(let acting): throw .otherPartner(actor: acting.code, partner: partner.code)
        case .customer(let customer): throw .partnerOnly(actor: customer.email, action: action)
        case .sharedUser(let email, _): throw .readOnly(email)
        }
    }

    /// Refuses anyone who may not see the account. A partner asking for
    /// another partner's customer is told the customer is unknown.
    public func requireView(_ customer: Customer) throws {
        switch self {
        case .localOperator: return
        case .partner(let partner) where partner.id == customer.partnerID: return
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
        switch self {
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
        switch self {
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
        throw AccessError.customerOnly(actor: name, customer: customer.email, action: action)
    }
}
