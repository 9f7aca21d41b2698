public import RemoCore

/// An edge storage unit (a recorder) in an account; cameras connect through it.
///
/// Only what binding needs is here: registration (issue 6) adds how and by whom
/// it was registered, in its own table.
public struct Recorder: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<Recorder>

    public let id: ID
    public let customerID: Customer.ID
    public let siteID: Site.ID
    /// The serial number (opaque, unique across the service).
    public let serial: String
    public let model: String
    /// The device ID (機器ID番号), when known.
    public let deviceID: String?
    public let addedOn: CalendarDate
    /// The month a recorder registered by its serial was produced (before
    /// July 2024: a unit without a QR label); nil for a unit registered through
    /// its label, whose month is in the manifest.
    public let produced: YearMonth?

    public init(
        id: ID, customerID: Customer.ID, siteID: Site.ID, serial: String, model: String, deviceID: String?,
        addedOn: CalendarDate, produced: YearMonth? = nil
    ) {
        self.id = id
        self.customerID = customerID
        self.siteID = siteID
        self.serial = serial
        self.model = model
        self.deviceID = deviceID
        self.addedOn = addedOn
        self.produced = produced
    }
}
