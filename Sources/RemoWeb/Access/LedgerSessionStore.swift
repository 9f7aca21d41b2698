public import Foundation
public import RemoCore
public import RemoLedger

/// Sessions kept in the ledger's store (``RemoLedger/Ledger/startSession(_:idleLimit:)``):
/// by the SHA-256 of their token, with their user, language and last use, so
/// that every process and server instance on the store shares them and a
/// logout ends them everywhere. What `remo serve` uses.
public struct LedgerSessionStore: SessionStore {
    public let ledger: Ledger
    /// How long a session lives without being used (12 hours by default).
    public let idleLimit: TimeInterval

    public init(ledger: Ledger, idleLimit: TimeInterval = 12 * 3600) {
        self.ledger = ledger
        self.idleLimit = idleLimit
    }

    public func start(for user: WebUser, language: Language?, at now: Date) async throws -> WebSession {
        let token = SessionToken.make()
        try await ledger.startSession(
            StoredSession(
                tokenHash: token.hashed, email: user.email, role: user.role.rawValue, partner: user.partner,
                language: language?.rawValue, created: now, lastUsed: now),
            idleLimit: idleLimit)
        return WebSession(token: token, user: user, language: language, lastUsed: now)
    }

    public func session(_ token: SessionToken, at now: Date) async throws -> WebSession? {
        guard let stored = try await ledger.session(token.hashed, at: now, idleLimit: idleLimit),
            let role = WebUser.Role(rawValue: stored.role)
        else { return nil }
        return WebSession(
            token: token, user: WebUser(email: stored.email, role: role, partner: stored.partner),
            language: stored.language.flatMap { Language(code: $0) }, lastUsed: now)
    }

    public func end(_ token: SessionToken) async throws {
        try await ledger.endSession(token.hashed)
    }
}
