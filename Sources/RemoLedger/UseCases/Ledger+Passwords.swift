import Foundation
public import RemoCore

/// What a customer's login found.
public struct LoginResult: Sendable {
    public let customer: Customer
    /// The password is a mailed initial one: the customer must choose their own.
    public let mustChangePassword: Bool
    /// The "reset password?" prompt's answer (P11): yes once the account is
    /// handed over and the customer still uses a password the partner knew.
    public let shouldResetPassword: Bool
}

extension Ledger {
    /// A customer logs in with a password: ``signIn(_:password:at:)`` for a
    /// contract user, with its attempt limits. The password is the proof:
    /// whoever runs it acts as the customer. Logging in with a mailed password
    /// confirms the address.
    ///
    /// - Throws: ``AccountError/wrongPassword(_:)`` (also for a partner user's address),
    ///   ``AccountError/initialPasswordExpired(_:expired:)`` (use "forgot password"),
    ///   ``AttemptLimitError``.
    public func logIn(_ email: EmailAddress, password: String, at acting: Acting) async throws -> LoginResult {
        guard case .customer(let result, _) = try await signIn(email, password: password, at: acting) else {
            throw AccountError.wrongPassword(email)
        }
        return result
    }

    /// The login of a customer whose password matched `credential`: refused
    /// when a mailed password has expired; recorded as the customer's login.
    func completeLogin(_ email: EmailAddress, credential: Credential, _ acting: Acting) async throws -> LoginResult {
        try requireUnexpired(credential, email, acting)
        let customer = try await updateAuthenticated(email, credential: credential, action: .loggedIn, acting) { customer in
            customer.lastLogin = acting.now
            return nil
        }
        return LoginResult(
            customer: customer, mustChangePassword: credential.kind == .initial,
            shouldResetPassword: customer.isHandedOver && credential.kind != .own)
    }

    /// A customer changes their password, giving the current one. Changing a
    /// mailed password confirms the address.
    ///
    /// - Throws: as ``logIn(_:password:at:)``, and ``AccountError/weakPassword(minimumLength:)``,
    ///   ``AccountError/samePassword``.
    public func changePassword(_ email: EmailAddress, current: String, new: String, at acting: Acting) async throws
        -> Customer
    {
        try requireStrong(new)
        guard new != current else { throw AccountError.samePassword }
        let credential = try await checkPassword(email, current, acting)
        let hash = try await hash(new, with: passwordHasher)
        return try await updateAuthenticated(email, credential: credential, action: .passwordChanged, acting) { customer in
            customer.lastLogin = acting.now
            return Credential(customerID: customer.id, hash: hash, kind: .own, issued: acting.now)
        }
    }

    /// "Forgot password": a new initial password is generated and mailed to the
    /// customer's address, valid for ``LedgerSettings/initialPasswordLifetime``.
    /// The customer, their partner or the operator may ask for it.
    ///
    /// - Returns: where the mail was put.
    public func renewPassword(_ email: EmailAddress, by acting: Acting) async throws -> String {
        let secret = PasswordGenerator.make()
        let hash = try await hash(secret, with: passwordHasher)
        return try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            if case .sharedUser(let shared, _) = actor { throw AccessError.readOnly(shared) }
            try records.setCredential(Credential(customerID: customer.id, hash: hash, kind: .initial, issued: dated.now))
            try records.recordChange(
                .passwordRenewed, by: actor, dated, subject: email.description, partner: customer.partnerID,
                customer: customer.id, after: ["password": Credential.Kind.initial.rawValue])
            return try deliverPassword(secret, to: customer, renewed: true, dated)
        }
    }

    /// Refuses a password shorter than ``LedgerSettings/minimumPasswordLength``.
    func requireStrong(_ password: String) throws(AccountError) {
        guard password.count >= settings.minimumPasswordLength else {
            throw .weakPassword(minimumLength: settings.minimumPasswordLength)
        }
    }

    /// The customer's credential, when `password` matches it and has not expired.
    /// Hashing is slow, so it happens outside any write transaction.
    private func checkPassword(_ email: EmailAddress, _ password: String, _ acting: Acting) async throws -> Credential {
        let credential = try await store.read { records -> Credential? in
            guard let customer = try records.customer(email: email) else { return nil }
            return try records.credential(of: customer.id)
        }
        guard let credential, await verify(password, against: credential.hash, with: passwordHasher) else {
            throw AccountError.wrongPassword(email)
        }
        try requireUnexpired(credential, email, acting)
        return credential
    }

    /// Refuses a mailed password used after its lifetime.
    private func requireUnexpired(_ credential: Credential, _ email: EmailAddress, _ acting: Acting) throws(AccountError) {
        guard credential.kind == .initial else { return }
        let expiry = credential.issued.addingTimeInterval(settings.initialPasswordLifetime)
        guard acting.now <= expiry else { throw .initialPasswordExpired(email, expired: expiry) }
    }

    /// Changes a customer who proved who they are with `credential`, as the
    /// customer, in one transaction with its audit entry; refused if the
    /// password changed meanwhile.
    func updateAuthenticated(
        _ email: EmailAddress, credential: Credential, action: AuditAction, _ acting: Acting,
        change: @escaping @Sendable (inout Customer) throws -> Credential?
    ) async throws -> Customer {
        try await store.write { records in
            guard let before = try records.customer(email: email), try records.credential(of: before.id) == credential
            else { throw AccountError.wrongPassword(email) }
            let dated = try records.dated(acting, in: before.timeZone)
            var customer = before
            if credential.kind == .initial, customer.emailConfirmation == nil {
                customer.emailConfirmation = .init(method: .mailedPassword, at: dated.now)
            }
            let newCredential = try change(&customer)
            try records.updateCustomer(customer)
            var after = customer.auditState
            if let newCredential {
                try records.setCredential(newCredential)
                after["password"] = newCredential.kind.rawValue
            }
            try records.recordChange(
                action, by: .customer(customer), dated, subject: email.description, partner: customer.partnerID,
                customer: customer.id, before: before.auditState, after: after)
            return customer
        }
    }

    /// Mails a generated password to the customer through the outbox.
    func deliverPassword(_ secret: String, to customer: Customer, renewed: Bool, _ acting: Acting.Dated) throws -> String {
        let expires = acting.now.addingTimeInterval(settings.initialPasswordLifetime)
        let zone = TimeZone(identifier: customer.timeZone) ?? TimeZone(identifier: "UTC") ?? .current
        let arguments: KeyValuePairs<String, Message.Argument> = [
            "name": .text(customer.name), "email": .text(customer.email.description), "password": .text(secret),
            "hours": .integer(Int(settings.initialPasswordLifetime / 3600)),
            "expires": .text(MailMessage.dateText(expires, in: zone)),
        ]
        let subject = renewed ? LedgerText.mailRenewedPasswordSubject(arguments) : LedgerText.mailInitialPasswordSubject(arguments)
        let body = renewed ? LedgerText.mailRenewedPasswordBody(arguments) : LedgerText.mailInitialPasswordBody(arguments)
        let stamp = Int(acting.now.timeIntervalSince1970)
        let name = "password-\(customer.id)-\(stamp)"
        let message = MailMessage(
            from: settings.sender, to: [.init(name: customer.name, address: customer.email)],
            subject: subject.description, body: body.description, date: acting.now, timeZone: zone,
            messageID: "\(name).remo@\(settings.sender.address.domain)")
        return try outbox.deliver(message, name: name)
    }
}
