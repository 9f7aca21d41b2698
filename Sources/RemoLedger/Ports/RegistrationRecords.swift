public import Foundation
public import RemoCore

/// Reading what registration needs: recorders by serial, and the licenses a
/// new camera can take, in a query of their own (never every license of the
/// account per camera).
public protocol RegistrationReader {
    /// The recorder with this serial, in whichever account holds it.
    func recorder(serial: SerialNumber) throws -> Recorder?
    /// The recorders of these serials that are registered and have no manifest
    /// entry (registered by hand as units made before QR labels), by serial.
    func recordersWithoutLabel(serials: [SerialNumber]) throws -> [SerialNumber: Recorder]

    /// The first `limit` licenses of the account that can be bound on `day` to
    /// a new camera of `connection`, in the order ``LicenseChoice/automatic``
    /// takes them: the same licenses, in the same order, as the start of
    /// ``LedgerReader/availableLicenses(of:for:on:)``.
    func bindableLicenses(of customer: Customer.ID, for connection: Connection, on day: CalendarDate, limit: Int) throws
        -> [License]
}

/// Recording how, when and by whom a recorder was registered.
public protocol RegistrationWriter: RegistrationReader {
    /// Records a recorder's registration; the store refuses a second one for a recorder.
    func insertRegistration(
        recorder: Recorder.ID, method: RecorderRegistration.Method, by actor: String, on day: CalendarDate, at: Date
    ) throws
}
