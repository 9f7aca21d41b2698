public import Foundation
public import RemoCore

/// Reading partners, customers, credentials and shared users.
public protocol AccountReader {
    func partner(id: Partner.ID) throws -> Partner?
    func partner(code: Partner.Code) throws -> Partner?
    func partner(email: EmailAddress) throws -> Partner?
    /// Every partner, by code.
    func partners() throws -> [Partner]

    func customer(id: Customer.ID) throws -> Customer?
    func customer(email: EmailAddress) throws -> Customer?
    /// The customers of a partner (of every partner when nil), by e-mail address.
    func customers(of partner: Partner.ID?) throws -> [Customer]

    /// The customer's password hash and its kind.
    func credential(of customer: Customer.ID) throws -> Credential?

    func sharedUsers(of customer: Customer.ID) throws -> [SharedUser]
    /// Every account shared with this address.
    func sharedUsers(email: EmailAddress) throws -> [SharedUser]
}

/// Adding and updating partners, customers, credentials and shared users.
public protocol AccountWriter: AccountReader {
    /// Stores a new partner.
    ///
    /// - Throws: ``AccountError/partnerCodeTaken(_:)`` or ``AccountError/emailTaken(_:)``.
    func insertPartner(code: Partner.Code, name: String, email: EmailAddress, created: Date) throws -> Partner

    /// Stores a new customer of a partner, with no confirmation, terms or hand-over yet.
    ///
    /// - Throws: ``AccountError/emailTaken(_:)``.
    func insertCustomer(partner: Partner.ID, name: String, email: EmailAddress, timeZone: String, created: Date)
        throws -> Customer

    /// Stores a customer's changed fields (confirmation, terms, hand-over, last
    /// login, name). The store refuses to change what never changes: the partner,
    /// the address, a hand-over once made.
    func updateCustomer(_ customer: Customer) throws

    /// Stores a customer's password, replacing the one before.
    func setCredential(_ credential: Credential) throws

    /// Shares an account with an address.
    ///
    /// - Throws: ``AccountError/alreadyShared(_:customer:)``.
    func insertSharedUser(customer: Customer.ID, email: EmailAddress, name: String, created: Date) throws
        -> SharedUser
}
