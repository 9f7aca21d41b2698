/// Which clock a ledger's changes follow, chosen when the ledger is made and
/// never changed (`remo init`, `remo init --simulation`).
public enum LedgerKind: String, Hashable, Sendable, CaseIterable {
    /// The partners' real ledger: every change is dated by the clock, in the
    /// account's time zone; a day cannot be given.
    case live
    /// A ledger for demos, training and tests: a change may be given its day,
    /// and is dated by the clock without one; its days only move forward.
    case simulation
}
