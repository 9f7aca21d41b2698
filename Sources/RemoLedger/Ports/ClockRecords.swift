/// What the clock rule reads of a ledger (``ChangeDay``).
public protocol ClockReader {
    /// The ledger's kind and the day of its latest change (the latest day in its audit log).
    func clockState() throws -> ClockState
}
