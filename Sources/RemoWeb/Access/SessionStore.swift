public import Foundation
public import RemoCore

/// Where sessions live: ``LedgerSessionStore`` (the ledger's store: hashed
/// IDs, idle expiry, shared by every process and server instance) or
/// ``MemorySessionStore`` (this process only). The web app only asks for these
/// three things.
public protocol SessionStore: Sendable {
    /// Starts a session for a user who just proved who they are.
    func start(for user: WebUser, language: Language?, at now: Date) async throws -> WebSession
    /// The live session a token names, touched as used now; nil when unknown or expired.
    func session(_ token: SessionToken, at now: Date) async throws -> WebSession?
    /// Ends the session a token names (logging out); nothing when it is unknown.
    func end(_ token: SessionToken) async throws
}
