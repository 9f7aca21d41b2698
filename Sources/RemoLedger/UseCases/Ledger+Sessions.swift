public import Foundation

extension Ledger {
    /// Keeps a new web session (by its token's SHA-256, never the token), and
    /// forgets the sessions idle for longer than `idleLimit`.
    public func startSession(_ session: StoredSession, idleLimit: TimeInterval) async throws {
        try await store.write { records in
            try records.deleteSessions(usedBefore: session.lastUsed.addingTimeInterval(-idleLimit))
            try records.insertSession(session)
        }
    }

    /// The live session with this token hash, marked used `now`; nil when there
    /// is none or it was idle for `idleLimit` or longer (then it is removed).
    public func session(_ tokenHash: String, at now: Date, idleLimit: TimeInterval) async throws -> StoredSession? {
        try await store.write { records in
            guard let found = try records.storedSession(tokenHash) else { return nil }
            guard now.timeIntervalSince(found.lastUsed) < idleLimit else {
                try records.deleteSession(tokenHash)
                return nil
            }
            try records.touchSession(tokenHash, at: now)
            return StoredSession(
                tokenHash: found.tokenHash, email: found.email, role: found.role, partner: found.partner,
                language: found.language, created: found.created, lastUsed: now)
        }
    }

    /// Ends a session (logging out); nothing when there is none.
    public func endSession(_ tokenHash: String) async throws {
        try await store.write { records in try records.deleteSession(tokenHash) }
    }
}
