extension Ledger {
    /// Runs `body` in a write transaction and rolls it back whatever it did:
    /// a dry run of a change, which reads and checks as the change would, on
    /// the records as they are, and leaves them as they were.
    ///
    /// - Returns: what `body` returned, as if it had been committed.
    /// - Throws: what `body` threw (also rolled back).
    func rehearse<T: Sendable>(_ body: @escaping @Sendable (any LedgerWriter) throws -> T) async throws -> T {
        do {
            _ = try await store.write { records -> T in throw Rehearsal(value: try body(records)) }
        } catch let rehearsal as Rehearsal<T> {
            return rehearsal.value
        }
        preconditionFailure("a rehearsal's transaction always ends by throwing its value")
    }
}

/// What a rehearsed transaction would have returned, thrown so that the store rolls it back.
private struct Rehearsal<Value: Sendable>: Error {
    let value: Value
}
