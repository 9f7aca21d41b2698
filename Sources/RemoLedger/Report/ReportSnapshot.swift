public import RemoCore

/// An account's devices and licenses as one read sees them: what a
/// provisioning report is made from (``ReportReader/reportSnapshot(of:)``).
public struct ReportSnapshot: Hashable, Sendable {
    /// The sites (folders), by name.
    public var sites: [Site]
    /// The recorders, by ID.
    public var recorders: [Recorder]
    /// The cameras, by ID.
    public var cameras: [Camera]
    /// The licenses assigned to the account, by ID.
    public var licenses: [License]
    /// Every binding of the account's licenses, current or ended, by ID.
    public var bindings: [Binding]
    /// The activation IDs of the cards registered into the account.
    public var cards: [Card.ID: ActivationID]

    public init(
        sites: [Site], recorders: [Recorder], cameras: [Camera], licenses: [License], bindings: [Binding],
        cards: [Card.ID: ActivationID]
    ) {
        self.sites = sites
        self.recorders = recorders
        self.cameras = cameras
        self.licenses = licenses
        self.bindings = bindings
        self.cards = cards
    }
}
