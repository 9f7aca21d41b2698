import Foundation
public import RemoCore

extension Ledger {
    /// Adds a partner. Only the database's local operator may.
    ///
    /// - Throws: ``AccessError/operatorOnly(actor:action:)``,
    ///   ``AccountError/partnerCodeTaken(_:)``, ``AccountError/emailTaken(_:)``,
    ///   ``AccountError/emptyName``, ``AccountError/invalidName(_:)``.
    public func addPartner(code: Partner.Code, name: String, email: EmailAddress, by acting: Acting) async throws -> Partner {
        let name = try Ledger.requireName(name)
        return try await store.write { records in
            let actor = try records.resolve(acting.principal)
            try actor.requireOperator(for: .partnerAdded)
            let dated = try records.dated(acting, in: settings.defaultTimeZone)
            if try records.partner(code: code) != nil { throw AccountError.partnerCodeTaken(code) }
            try records.requireUnusedLogin(email)
            let partner = try records.insertPartner(code: code, name: name, email: email, created: dated.now)
            try records.recordChange(
                .partnerAdded, by: actor, dated, subject: code.rawValue, partner: partner.id, customer: nil,
                after: partner.auditState)
            return partner
        }
    }

    /// The partners the actor may see: all for the operator, itself for a
    /// partner, the account's partner for a customer or shared user.
    public func partners(by acting: Acting) async throws -> [Partner] {
        try await store.read { records in
            switch try records.resolve(acting.principal) {
            case .localOperator: return try records.partners()
            case .partner(let partner), .partnerUser(_, let partner): return [partner]
            case .customer(let customer): return try records.partner(id: customer.partnerID).map { [$0] } ?? []
            case .sharedUser(_, let accounts):
                let ids = Set(try accounts.compactMap { try records.customer(id: $0)?.partnerID })
                return try records.partners().filter { ids.contains($0.id) }
            }
        }
    }

    /// A name trimmed, refused by RemoCore's ``RemoCore/DisplayName`` rule
    /// (empty, too long, a control character).
    static func requireName(_ name: String) throws(AccountError) -> String {
        do {
            return try DisplayName.validated(name)
        } catch .empty {
            throw .emptyName
        } catch {
            throw .invalidName(error)
        }
    }
}

extension LedgerReader {
    /// The partner with this code.
    ///
    /// - Throws: ``AccountError/unknownPartner(_:)``.
    public func requirePartner(_ code: Partner.Code) throws -> Partner {
        guard let partner = try partner(code: code) else { throw AccountError.unknownPartner(code) }
        return partner
    }

    /// The customer with this address, if the actor may see it.
    ///
    /// - Throws: ``AccountError/unknownCustomer(_:)`` when there is none, or it
    ///   is another partner's.
    public func requireCustomer(_ email: EmailAddress, visibleTo actor: Actor) throws -> Customer {
        guard let customer = try customer(email: email) else { throw AccountError.unknownCustomer(email) }
        try actor.requireView(customer)
        return customer
    }

    /// Refuses an address a partner or a customer already logs in with.
    ///
    /// - Throws: ``AccountError/emailTaken(_:)``.
    public func requireUnusedLogin(_ email: EmailAddress) throws {
        if try partner(email: email) != nil || customer(email: email) != nil || partnerUser(email: email) != nil {
            throw AccountError.emailTaken(email)
        }
    }
}
