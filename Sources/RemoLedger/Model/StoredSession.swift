public import Foundation
public import RemoCore

/// A web session as the store keeps it: the SHA-256 of its token (never the
/// token), who it is for, its language and when it was last used.
public struct StoredSession: Hashable, Sendable {
    /// The token's SHA-256, in hex: a stolen store holds no live session.
    public let tokenHash: String
    /// Who logged in.
    public let email: EmailAddress
    /// What the front end offers them (`admin`, `installer`, `customer`).
    public let role: String
    /// Their partner's code, when they have one.
    public let partner: Partner.Code?
    /// The language of the pages, when chosen (`ja`, `en`).
    public let language: String?
    public let created: Date
    public let lastUsed: Date

    public init(
        tokenHash: String, email: EmailAddress, role: String, partner: Partner.Code?, language: String?, created: Date,
        lastUsed: Date
    ) {
        self.tokenHash = tokenHash
        self.email = email
        self.role = role
        self.partner = partner
        self.language = language
        self.created = created
        self.lastUsed = lastUsed
    }
}
