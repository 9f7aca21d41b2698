public import Foundation
public import RemoCore

/// Reading sites, recorders and cameras.
public protocol DeviceReader {
    func site(id: Site.ID) throws -> Site?
    func site(of customer: Customer.ID, named name: String) throws -> Site?
    func sites(of customer: Customer.ID) throws -> [Site]

    func recorder(id: Recorder.ID) throws -> Recorder?
    func recorders(of customer: Customer.ID) throws -> [Recorder]

    func camera(id: Camera.ID) throws -> Camera?
    /// The customer's cameras, by ID.
    func cameras(of customer: Customer.ID) throws -> [Camera]
    /// ``cameras(of:)`` of each customer, read at once (`tick` over many accounts).
    func cameras(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [Camera]]
}

extension DeviceReader {
    /// One query a customer: for a store in the process (SQLite), as fast as one for all.
    public func cameras(ofEach customers: [Customer.ID]) throws -> [Customer.ID: [Camera]] {
        var found: [Customer.ID: [Camera]] = [:]
        for customer in customers { found[customer] = try cameras(of: customer) }
        return found
    }
}

/// Adding sites and cameras, marking cameras failed.
public protocol DeviceWriter: DeviceReader {
    func insertSite(customer: Customer.ID, name: String) throws -> Site
    /// Adds a recorder; `produced` is the month of a unit registered by its
    /// serial (the store refuses one from July 2024 on), nil for one registered
    /// through its label.
    func insertRecorder(
        customer: Customer.ID, site: Site.ID, serial: String, model: String, deviceID: String?, addedOn: CalendarDate,
        produced: YearMonth?
    ) throws -> Recorder
    func insertCamera(
        customer: Customer.ID, site: Site.ID, recorder: Recorder.ID?, connection: Connection, name: String,
        addedOn: CalendarDate
    ) throws -> Camera
    /// Records that a camera failed on `day`; the store refuses to change it afterwards.
    func markFailed(_ camera: Camera.ID, on day: CalendarDate) throws
    /// Records that a failed camera's perpetual license was re-applied to a
    /// replacement. The store refuses a second replacement of one camera, and a
    /// replacement used twice.
    func insertReplacement(
        failed: Camera.ID, replacement: Camera.ID, license: License.ID, on day: CalendarDate, at: Date) throws
    /// Records that a failed camera came back from repair on `day` with its
    /// perpetual license re-applied, and returns it to service (no failure
    /// day). The store clears a failure day only through this.
    func markRepaired(_ camera: Camera.ID, failedOn: CalendarDate, license: License.ID, on day: CalendarDate, at: Date)
        throws
}

extension DeviceWriter {
    /// Adds a recorder registered through its label (no production month of its own).
    public func insertRecorder(
        customer: Customer.ID, site: Site.ID, serial: String, model: String, deviceID: String?, addedOn: CalendarDate
    ) throws -> Recorder {
        try insertRecorder(
            customer: customer, site: site, serial: serial, model: model, deviceID: deviceID, addedOn: addedOn, produced: nil)
    }
}
