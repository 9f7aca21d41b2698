public import Foundation
public import RemoCore

/// Reading partner users, counted failed attempts and web sessions.
public protocol SecurityReader {
    func partnerUser(email: EmailAddress) throws -> PartnerUser?
    /// The users of a partner, by address.
    func partnerUsers(of partner: Partner.ID) throws -> [PartnerUser]
    /// A partner user's password hash.
    func partnerUserHash(_ user: PartnerUser.ID) throws -> SecretHash?

    /// When the failed attempts of a kind happened since a moment, oldest first:
    /// of one account (any address) when `address` is nil, from one address
    /// (any account) when `account` is nil, of the pair when both are given.
    func failedAttempts(_ kind: AttemptKind, account: String?, address: String?, since: Date) throws -> [Date]

    /// The session whose token has this SHA-256.
    func storedSession(_ tokenHash: String) throws -> StoredSession?
}

/// Adding partner users, counting failed attempts, keeping web sessions.
public protocol SecurityWriter: SecurityReader {
    /// Stores a new partner user with a password hash.
    ///
    /// - Throws: ``AccountError/emailTaken(_:)``.
    func insertPartnerUser(partner: Partner.ID, email: EmailAddress, role: PartnerUser.Role, hash: SecretHash, created: Date)
        throws -> PartnerUser

    /// Counts a failed attempt (an attempt in progress counts until it succeeds); returns its row.
    func insertFailedAttempt(_ kind: AttemptKind, account: String, address: String, at: Date) throws -> Int64
    /// Removes one counted attempt (it succeeded).
    func deleteFailedAttempt(_ id: Int64) throws
    /// Forgets the failures of an account from an address (after a success from it).
    func deleteFailedAttempts(_ kind: AttemptKind, account: String, address: String) throws
    /// Forgets every failure before a moment (older than any window).
    func deleteFailedAttempts(before: Date) throws

    /// Stores a new session.
    func insertSession(_ session: StoredSession) throws
    /// Marks a session used at a moment.
    func touchSession(_ tokenHash: String, at: Date) throws
    /// Ends a session (logging out); nothing when there is none.
    func deleteSession(_ tokenHash: String) throws
    /// Ends every session last used before a moment.
    func deleteSessions(usedBefore: Date) throws
}
