import Foundation
public import RemoCore

/// How a new customer gets a first password (P8-P10).
public enum InitialPassword: Sendable {
    /// The partner sets a temporary password and tells the customer; no mail is sent.
    case temporary(String)
    /// A random password is generated and mailed to the customer; it must be
    /// changed within ``LedgerSettings/initialPasswordLifetime`` (24 hours).
    case generated
}

/// A customer just added: the account, where the password mail went (if one
/// did), and a likely typo in the address to raise with the partner.
public struct CustomerAdded: Sendable {
    public let customer: Customer
    /// Where the mailed initial password was put; nil with a temporary password.
    public let mail: String?
    /// The well-known domain the address's domain is probably a typo of.
    public let likelyTypo: String?
}

extension Ledger {
    /// Adds a contract user for a partner.
    ///
    /// - Parameters:
    ///   - partner: the partner adding it.
    ///   - name: the customer's name.
    ///   - email: the login; it must not be in use by a partner or a customer.
    ///   - password: a temporary password the partner sets, or a generated one mailed to the customer.
    ///   - timeZone: the account's time zone; ``LedgerSettings/defaultTimeZone`` when nil.
    ///   - acting: who and when.
    /// - Throws: ``AccountError`` (unknown partner, address in use, weak temporary
    ///   password), ``AccessError`` (not this partner), ``OutboxError``.
    public func addCustomer(
        partner code: Partner.Code, name: String, email: EmailAddress, password: InitialPassword,
        timeZone: String? = nil, by acting: Acting
    ) async throws -> CustomerAdded {
        let name = try Ledger.requireName(name)
        let zone = timeZone ?? settings.defaultTimeZone
        guard TimeZone(identifier: zone) != nil else { throw AccountError.unknownTimeZone(zone) }
        let secret: String
        let kind: Credential.Kind
        switch password {
        case .temporary(let text):
            try requireStrong(text)
            (secret, kind) = (text, .temporary)
        case .generated:
            (secret, kind) = (PasswordGenerator.make(), .initial)
        }
        let hash = try await hash(secret, with: passwordHasher)
        return try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let partner = try records.requirePartner(code, namedBy: actor, for: .customerAdded)
            try actor.requirePartnerSide(of: partner, for: .customerAdded)
            try records.requireUnusedLogin(email)
            let dated = try records.dated(acting, in: zone)
            let customer = try records.insertCustomer(
                partner: partner.id, name: name, email: email, timeZone: zone, created: dated.now)
            try records.setCredential(Credential(customerID: customer.id, hash: hash, kind: kind, issued: dated.now))
            var after = customer.auditState
            after["password"] = kind.rawValue
            try records.recordChange(
                .customerAdded, by: actor, dated, subject: email.description, partner: partner.id,
                customer: customer.id, after: after)
            var mail: String?
            if kind == .initial {
                mail = try deliverPassword(secret, to: customer, renewed: false, dated)
            }
            return CustomerAdded(customer: customer, mail: mail, likelyTypo: email.likelyTypo)
        }
    }

    /// The customers the actor may see, by address: a partner's own, or (for the
    /// operator) a named partner's or everyone's; a customer sees itself, a
    /// shared user the accounts shared with them.
    ///
    /// - Parameter partner: only this partner's customers.
    public func customers(of partner: Partner.Code? = nil, by acting: Acting) async throws -> [Customer] {
        try await store.read { records in try records.visibleCustomers(of: partner, to: try records.resolve(acting.principal)) }
    }

    /// One customer, if the actor may see it.
    public func customer(_ email: EmailAddress, by acting: Acting) async throws -> Customer {
        try await store.read { records in
            try records.requireCustomer(email, visibleTo: try records.resolve(acting.principal))
        }
    }

    /// Records that the partner confirmed the customer's address with the
    /// customer, which licenses may then be assigned to.
    ///
    /// - Throws: ``AccessError`` unless the customer's partner or the operator acts.
    public func confirmEmail(of email: EmailAddress, by acting: Acting) async throws -> Customer {
        try await updateCustomer(email, action: .emailConfirmed, acting) { customer, actor in
            try actor.requirePartner(of: customer, for: .emailConfirmed)
            if customer.emailConfirmation == nil {
                customer.emailConfirmation = .init(method: .partner, at: acting.now)
            }
            return nil
        }
    }

    /// Records that the customer accepted a version of the terms of use. Only the
    /// customer may (`--as` the customer's address).
    public func acceptTerms(of email: EmailAddress, version: String, by acting: Acting) async throws -> Customer {
        let version = version.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !version.isEmpty else { throw AccountError.emptyTermsVersion }
        return try await updateCustomer(email, action: .termsAccepted, acting) { customer, actor in
            try actor.requireSelf(customer, for: .termsAccepted)
            customer.termsAccepted = .init(version: version, at: acting.now)
            return nil
        }
    }

    /// Hands the account over to the customer. From then on, the partner (and
    /// the operator) act in it only as a proxy: the audit log says "on behalf of"
    /// the customer.
    ///
    /// - Throws: ``AccountError/alreadyHandedOver(_:at:)``, ``AccessError``.
    public func handOver(_ email: EmailAddress, by acting: Acting) async throws -> Customer {
        try await updateCustomer(email, action: .handedOver, acting) { customer, actor in
            try actor.requirePartner(of: customer, for: .handedOver)
            if let at = customer.handedOver { throw AccountError.alreadyHandedOver(customer.email, at: at) }
            customer.handedOver = acting.now
            return nil
        }
    }

    /// Shares the account with an address, read only. The customer or its partner may.
    public func addSharedUser(to email: EmailAddress, email shared: EmailAddress, name: String, by acting: Acting)
        async throws -> SharedUser
    {
        let name = try Ledger.requireName(name)
        return try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let proxy = try actor.requireChange(in: customer, for: .sharedUserAdded, customerMay: true)
            let dated = try records.dated(acting, in: customer.timeZone)
            try records.requireUnusedLogin(shared)
            if try records.sharedUsers(of: customer.id).contains(where: { $0.email == shared }) {
                throw AccountError.alreadyShared(shared, customer: customer.email)
            }
            let user = try records.insertSharedUser(customer: customer.id, email: shared, name: name, created: dated.now)
            try records.recordChange(
                .sharedUserAdded, by: actor, dated, onBehalfOf: proxy, subject: shared.description,
                partner: customer.partnerID, customer: customer.id, after: ["email": shared.description, "name": name])
            return user
        }
    }

    /// The accounts' shared users the actor may see.
    public func sharedUsers(of email: EmailAddress, by acting: Acting) async throws -> [SharedUser] {
        try await store.read { records in
            let customer = try records.requireCustomer(email, visibleTo: try records.resolve(acting.principal))
            return try records.sharedUsers(of: customer.id)
        }
    }

    /// Changes a customer in one transaction with its audit entry.
    ///
    /// - Parameter change: checks the actor, changes the customer, and returns
    ///   the proxy's "on behalf of" address, if any.
    func updateCustomer(
        _ email: EmailAddress, action: AuditAction, _ acting: Acting,
        change: @escaping @Sendable (inout Customer, Actor) throws -> EmailAddress?
    ) async throws -> Customer {
        try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let before = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: before.timeZone)
            var customer = before
            let proxy = try change(&customer, actor)
            guard customer != before else { return customer }
            try records.updateCustomer(customer)
            try records.recordChange(
                action, by: actor, dated, onBehalfOf: proxy, subject: customer.email.description,
                partner: customer.partnerID, customer: customer.id, before: before.auditState,
                after: customer.auditState)
            return customer
        }
    }
}

extension LedgerReader {
    /// The customers an actor may see, by address: a partner's own, or (for the
    /// operator) a named partner's or everyone's; a customer sees itself, a
    /// shared user the accounts shared with them.
    ///
    /// - Parameter partner: only this partner's customers.
    /// - Throws: ``AccountError/unknownPartner(_:)`` (the operator only);
    ///   ``AccessError/otherPartner(actor:partner:)`` when a partner names
    ///   another partner's code or one no partner has.
    public func visibleCustomers(of partner: Partner.Code?, to actor: Actor) throws -> [Customer] {
        let partnerID: Partner.ID?
        switch (partner, actor) {
        case (nil, _):
            partnerID = nil
        case (let code?, .customer), (let code?, .sharedUser):
            // Their own partner's customers they may see; any other code, known or not, names none.
            guard let found = try self.partner(code: code) else { return [] }
            partnerID = found.id
        case (let code?, _):
            partnerID = try requirePartner(code, namedBy: actor, for: .customerAdded).id
        }
        switch actor {
        case .localOperator:
            return try customers(of: partnerID)
        case .partner(let own), .partnerUser(_, let own):
            return try customers(of: own.id)
        case .customer(let customer):
            return partnerID == nil || partnerID == customer.partnerID ? [customer] : []
        case .sharedUser(_, let accounts):
            return try accounts.compactMap { try customer(id: $0) }
                .filter { partnerID == nil || $0.partnerID == partnerID }.sorted { $0.email < $1.email }
        }
    }
}
