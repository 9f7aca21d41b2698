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

    /// How stale a session's recorded last use may be before a request writes
    /// it again: a minute. A request within a minute of the last recorded use
    /// only reads the session, so requests are not serialised on the store's
    /// write lock (nor pay a commit) to move `lastUsed` by a few seconds; a
    /// session can therefore end up to this much before its idle limit.
    public static let sessionTouchInterval: TimeInterval = 60

    /// The live session with this token hash, marked used `now` (written when
    /// its recorded use is ``sessionTouchInterval`` old or more); nil when there
    /// is none or it was idle for `idleLimit` or longer (then it is removed).
    public func session(_ tokenHash: String, at now: Date, idleLimit: TimeInterval) async throws -> StoredSession? {
        guard let recorded = try await store.read({ records in try records.storedSession(tokenHash) }) else { return nil }
        let idle = now.timeIntervalSince(recorded.lastUsed)
        if idle >= 0, idle < min(Ledger.sessionTouchInterval, idleLimit) { return recorded.used(at: now) }
        return try await store.write { records in
            guard let found = try records.storedSession(tokenHash) else { return nil }
            guard now.timeIntervalSince(found.lastUsed) < idleLimit else {
                try records.deleteSession(tokenHash)
                return nil
            }
            try records.touchSession(tokenHash, at: now)
            return found.used(at: now)
        }
    }

    /// Ends a session (logging out); nothing when there is none.
    public func endSession(_ tokenHash: String) async throws {
        try await store.write { records in try records.deleteSession(tokenHash) }
    }
}

extension StoredSession {
    /// The same session, used at `now`.
    fileprivate func used(at now: Date) -> StoredSession {
        StoredSession(
            tokenHash: tokenHash, email: email, role: role, partner: partner, language: language, created: created,
            lastUsed: now)
    }
}
