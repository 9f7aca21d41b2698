public import Foundation
public import RemoCore

// The one gate every camera passes to enter an account (registration, `camera
// add`, the web app): the camera-direct limit per site, and a license of its
// connection type bound at once; or a refusal, and the caller's transaction
// changes nothing.
extension LedgerWriter {
    /// The camera-direct cameras in use (not failed) at the account's site named `site`.
    public func directCameras(of customer: Customer.ID, atSiteNamed site: String) throws -> Int {
        guard let found = try self.site(of: customer, named: site) else { return 0 }
        return try cameras(of: customer).filter {
            $0.siteID == found.id && $0.connection == .cameraDirect && $0.failedOn == nil
        }.count
    }

    /// Checks that `count` more camera-direct cameras fit the site's limit.
    ///
    /// - Throws: ``DeviceError/siteLimit(site:present:cameras:limit:)``.
    public func requireRoom(forDirectCameras count: Int, of customer: Customer.ID, atSiteNamed site: String, limit: Int)
        throws
    {
        let present = try directCameras(of: customer, atSiteNamed: site)
        guard present + count <= limit else {
            throw DeviceError.siteLimit(site: site, present: present, cameras: count, limit: limit)
        }
    }

    /// Adds a camera to the account's site and binds it a license at once: the
    /// one chosen, or the first available (perpetual first, then term oldest
    /// first). Throws, in the caller's transaction, when none can be bound, so
    /// that no camera enters an account unlicensed.
    ///
    /// - Throws: ``BindingRefusal``, ``RemoCore/LicenseBinding/BindingError``.
    public func admitCamera(
        to customer: Customer.ID, site: Site.ID, recorder: Recorder.ID?, connection: Connection, name: String,
        license choice: LicenseChoice, method: Binding.Method, on day: CalendarDate, at time: Date
    ) throws -> (camera: Camera, license: License) {
        let camera = try insertCamera(
            customer: customer, site: site, recorder: recorder, connection: connection, name: name, addedOn: day)
        let (_, license) = try bind(choice, to: camera, on: day, method: method, at: time)
        return (camera, license)
    }
}
