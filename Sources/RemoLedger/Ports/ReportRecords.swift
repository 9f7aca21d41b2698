import RemoCore

/// Reading what a provisioning report shows, an account at a time.
public protocol ReportReader {
    /// The account's sites, recorders, cameras, licenses, bindings and the
    /// activation IDs of its cards, in a few queries (never one per camera).
    func reportSnapshot(of customer: Customer.ID) throws -> ReportSnapshot

    /// How, when and by whom each of the account's recorders was registered.
    ///
    /// The one place the report learns about registration: a store that
    /// records registrations (issue 6) answers from them; before that, a
    /// recorder's registration is the day it was added, by an unknown actor and
    /// method. A recorder missing from the answer is shown the same way.
    func recorderRegistrations(of customer: Customer.ID) throws -> [Recorder.ID: RecorderRegistration]
}
