public import RemoCore

/// A camera in an account: through an edge storage unit, or camera direct.
public struct Camera: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<Camera>

    public let id: ID
    public let customerID: Customer.ID
    public let siteID: Site.ID
    /// The recorder it connects through; nil for a camera-direct camera (and for
    /// an edge-storage camera whose recorder is not registered yet).
    public let recorderID: Recorder.ID?
    /// The connection type, which decides the licenses it can take.
    public let connection: Connection
    /// A name for people (`entrance`, `倉庫2`).
    public let name: String
    public let addedOn: CalendarDate
    /// The day it was marked failed; its perpetual license may then be re-applied
    /// to a replacement.
    public let failedOn: CalendarDate?

    public init(
        id: ID, customerID: Customer.ID, siteID: Site.ID, recorderID: Recorder.ID?, connection: Connection,
        name: String, addedOn: CalendarDate, failedOn: CalendarDate?
    ) {
        self.id = id
        self.customerID = customerID
        self.siteID = siteID
        self.recorderID = recorderID
        self.connection = connection
        self.name = name
        self.addedOn = addedOn
        self.failedOn = failedOn
    }
}
