public import Foundation
public import RemoCore

/// Sessions kept in this process, by the SHA-256 of their token, expiring
/// after ``idleLimit`` without use: for tests and a server that must not
/// share its sessions (`remo serve` uses ``LedgerSessionStore``).
public actor MemorySessionStore: SessionStore {
    /// How long a session lives without being used (12 hours by default).
    public let idleLimit: TimeInterval
    private var sessions: [String: WebSession] = [:]

    public init(idleLimit: TimeInterval = 12 * 3600) {
        self.idleLimit = idleLimit
    }

    public func start(for user: WebUser, language: Language? = nil, at now: Date) -> WebSession {
        dropExpired(at: now)
        let session = WebSession(token: .make(), user: user, language: language, lastUsed: now)
        sessions[session.token.hashed] = session
        return session
    }

    public func session(_ token: SessionToken, at now: Date) -> WebSession? {
        let key = token.hashed
        guard let found = sessions[key] else { return nil }
        guard now.timeIntervalSince(found.lastUsed) < idleLimit else {
            sessions[key] = nil
            return nil
        }
        let touched = WebSession(token: token, user: found.user, language: found.language, lastUsed: now)
        sessions[key] = touched
        return touched
    }

    public func end(_ token: SessionToken) {
        sessions[token.hashed] = nil
    }

    private func dropExpired(at now: Date) {
        sessions = sessions.filter { now.timeIntervalSince($0.value.lastUsed) < idleLimit }
    }
}
