public import Foundation

/// A customer's password, as a salted slow hash, with where it came from.
public struct Credential: Hashable, Sendable {
    /// Where the password came from, which decides whether it expires.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Set by the partner when adding the customer; never mailed.
        case temporary
        /// Generated and mailed to the customer (at creation or by "forgot
        /// password"); must be changed within ``LedgerSettings/initialPasswordLifetime``.
        case initial
        /// Chosen by the customer.
        case own
    }

    /// The customer it belongs to.
    public let customerID: Customer.ID
    /// The salted hash.
    public let hash: SecretHash
    /// Where the password came from.
    public let kind: Kind
    /// When it was set or mailed.
    public let issued: Date

    public init(customerID: Customer.ID, hash: SecretHash, kind: Kind, issued: Date) {
        self.customerID = customerID
        self.hash = hash
        self.kind = kind
        self.issued = issued
    }
}
