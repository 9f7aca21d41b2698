import Foundation
public import RemoCore

/// Who a login proved to be.
public enum SignIn: Sendable {
    /// A partner user (admin or installer) and their partner.
    case partnerUser(PartnerUser, partner: Partner)
    /// A contract user, with their login's result and their partner.
    case customer(LoginResult, partner: Partner?)
}

extension Ledger {
    /// Adds a person who logs in for a partner, with a role and a password
    /// (stored only as its scrypt hash, as customers' are). The operator, the
    /// partner or one of its admins may.
    ///
    /// - Throws: ``AccountError/weakPassword(minimumLength:)``, ``AccountError/emailTaken(_:)``,
    ///   ``AccountError/unknownPartner(_:)``, ``AccessError``.
    public func addPartnerUser(
        partner code: Partner.Code, email: EmailAddress, role: PartnerUser.Role, password: String, by acting: Acting
    ) async throws -> PartnerUser {
        try requireStrong(password)
        let hash = try await hash(password, with: passwordHasher)
        return try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let partner = try records.requirePartner(code, namedBy: actor, for: .partnerUserAdded)
            try actor.requirePartnerSide(of: partner, for: .partnerUserAdded)
            try records.requireUnusedLogin(email)
            let dated = try records.dated(acting, in: settings.defaultTimeZone)
            let user = try records.insertPartnerUser(
                partner: partner.id, email: email, role: role, hash: hash, created: dated.now)
            try records.recordChange(
                .partnerUserAdded, by: actor, dated, subject: email.description, partner: partner.id, customer: nil,
                after: user.auditState)
            return user
        }
    }

    /// The people who log in for a partner.
    public func partnerUsers(of code: Partner.Code, by acting: Acting) async throws -> [PartnerUser] {
        try await store.read { records in
            let actor = try records.resolve(acting.principal)
            let partner = try records.requirePartner(code, namedBy: actor, for: .partnerUserAdded)
            try actor.requirePartnerSide(of: partner, for: .partnerUserAdded)
            return try records.partnerUsers(of: partner.id)
        }
    }

    /// Logs in a partner user or a contract user with a password, from the
    /// address in `acting` (``Acting/address``), within the attempt limits
    /// (``LedgerSettings/attemptLimits``, counted in the store). The try is
    /// counted before the password is checked and forgotten when it is right;
    /// a wrong one is audited (the address given and where from, never the
    /// password). An unknown address costs the same hashing as a known one and
    /// gets the same refusal as a wrong password.
    ///
    /// - Throws: ``AccountError/wrongPassword(_:)`` (unknown address or wrong
    ///   password alike), ``AccountError/initialPasswordExpired(_:expired:)``,
    ///   ``AttemptLimitError/tooMany(_:retryAfter:)``.
    public func signIn(_ email: EmailAddress, password: String, at acting: Acting) async throws -> SignIn {
        let limits = settings.attemptLimits
        let account = email.description.lowercased()
        let visitor = AuditActor(kind: .visitor, name: account)
        let (counted, proof) = try await store.write { records -> (Result<CountedAttempt, AttemptLimitError>, LoginProof?) in
            let counted = try records.countAttempt(
                .login, account: account, address: acting.address,
                acting: try records.dated(acting, in: settings.defaultTimeZone), actor: visitor, limits: limits)
            guard case .success = counted else { return (counted, nil) }
            return (counted, try records.loginProof(email))
        }
        let attempt = try counted.get()
        let matches: Bool
        if let proof {
            matches = await verify(password, against: proof.hash, with: passwordHasher)
        } else {
            _ = try await hash(password, with: passwordHasher)
            matches = false
        }
        guard let proof, matches else {
            try await store.write { records in
                let found = try records.loginProof(email)
                let dated = try records.dated(acting, in: settings.defaultTimeZone)
                try records.appendAudit(
                    at: dated.now, on: dated.today, actor: visitor, onBehalfOf: nil, action: .loginFailed,
                    subject: account, partner: found?.partnerID, customer: found?.customerID, before: nil,
                    after: ["address": acting.address])
            }
            throw AccountError.wrongPassword(email)
        }
        switch proof {
        case .partnerUser(let user, _):
            return try await store.write { records in
                // Looked up again: the user's password may have changed since.
                guard case .partnerUser(let current, let hash)? = try records.loginProof(email), hash == proof.hash,
                    let partner = try records.partner(id: current.partnerID)
                else { throw AccountError.wrongPassword(email) }
                try records.forget(attempt)
                try records.recordChange(
                    .partnerUserLoggedIn, by: .partnerUser(current, partner),
                    try records.dated(acting, in: settings.defaultTimeZone), subject: account,
                    partner: partner.id, customer: nil, after: ["address": acting.address])
                return .partnerUser(current, partner: partner)
            }
        case .customer(let customer, let credential):
            try await store.write { records in try records.forget(attempt) }
            let result = try await completeLogin(email, credential: credential, acting)
            let partner = try await store.read { records in try records.partner(id: customer.partnerID) }
            return .customer(result, partner: partner)
        }
    }
}

/// What a login's password is checked against.
enum LoginProof: Sendable {
    case partnerUser(PartnerUser, SecretHash)
    case customer(Customer, Credential)

    var hash: SecretHash {
        switch self {
        case .partnerUser(_, let hash): hash
        case .customer(_, let credential): credential.hash
        }
    }

    var partnerID: Partner.ID {
        switch self {
        case .partnerUser(let user, _): user.partnerID
        case .customer(let customer, _): customer.partnerID
        }
    }

    var customerID: Customer.ID? {
        if case .customer(let customer, _) = self { return customer.id }
        return nil
    }
}

extension LedgerReader {
    /// The partner user or customer an address logs in as, with their password hash.
    func loginProof(_ email: EmailAddress) throws -> LoginProof? {
        if let user = try partnerUser(email: email), let hash = try partnerUserHash(user.id) {
            return .partnerUser(user, hash)
        }
        if let customer = try customer(email: email), let credential = try credential(of: customer.id) {
            return .customer(customer, credential)
        }
        return nil
    }
}
