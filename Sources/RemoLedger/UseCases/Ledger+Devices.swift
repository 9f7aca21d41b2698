import Foundation
public import RemoCore

extension Ledger {
    /// Adds a camera to a customer's account, in a site (folder) created when
    /// it does not exist yet, and binds it a license of its connection type at
    /// once, as registration does: the one chosen, or the first available
    /// (perpetual first, then term oldest first). A camera-direct camera must
    /// fit the site's limit. When either fails, nothing changes.
    ///
    /// The customer, their partner or the operator may add one; a proxy's
    /// addition is recorded on the customer's behalf.
    ///
    /// - Returns: the camera and the license bound to it.
    /// - Throws: ``AccountError``, ``AccessError``, ``DeviceError`` (an unknown
    ///   recorder, a camera-direct camera on a recorder, the site's limit),
    ///   ``BindingRefusal``, ``RemoCore/LicenseBinding/BindingError``.
    public func addCamera(
        to email: EmailAddress, site: String, connection: Connection, name: String, recorder: Recorder.ID? = nil,
        license choice: LicenseChoice = .automatic, by acting: Acting
    ) async throws -> (camera: Camera, license: License) {
        let name = try Ledger.requireName(name)
        let siteName = try Ledger.requireName(site)
        let limit = settings.directCamerasPerSite
        return try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            let proxy = try actor.requireChange(in: customer, for: .cameraAdded, customerMay: true)
            if let recorder {
                guard let found = try records.recorder(id: recorder), found.customerID == customer.id else {
                    throw DeviceError.unknownRecorder(recorder)
                }
                guard connection == .edgeStorage else { throw DeviceError.directCameraOnRecorder }
            }
            if connection == .cameraDirect {
                try records.requireRoom(forDirectCameras: 1, of: customer.id, atSiteNamed: siteName, limit: limit)
            }
            let folder = try records.site(of: customer.id, named: siteName, creatingFor: actor, dated, proxy: proxy)
            let (camera, license) = try records.admitCamera(
                to: customer.id, site: folder.id, recorder: recorder, connection: connection, name: name,
                license: choice, method: .manual, on: dated.today, at: dated.now)
            var after = camera.auditState(site: folder)
            after["license"] = license.id.description
            try records.recordChange(
                .cameraAdded, by: actor, dated, onBehalfOf: proxy, subject: camera.id.description,
                partner: customer.partnerID, customer: customer.id, after: after)
            return (camera, license)
        }
    }

    /// The customer's sites (folders), by name.
    public func sites(of email: EmailAddress, by acting: Acting) async throws -> [Site] {
        try await store.read { records in
            let customer = try records.requireCustomer(email, visibleTo: try records.resolve(acting.principal))
            return try records.sites(of: customer.id)
        }
    }

    /// The customer's cameras, by ID.
    public func cameras(of email: EmailAddress, by acting: Acting) async throws -> [Camera] {
        try await store.read { records in
            let customer = try records.requireCustomer(email, visibleTo: try records.resolve(acting.principal))
            return try records.cameras(of: customer.id)
        }
    }
}

extension LedgerWriter {
    /// The account's site with this name, added (and recorded) when missing.
    public func site(
        of customer: Customer.ID, named name: String, creatingFor actor: Actor, _ acting: Acting.Dated, proxy: EmailAddress?
    ) throws -> Site {
        if let site = try site(of: customer, named: name) { return site }
        let site = try insertSite(customer: customer, name: name)
        let partner = try self.customer(id: customer)?.partnerID
        try recordChange(
            .siteAdded, by: actor, acting, onBehalfOf: proxy, subject: name, partner: partner, customer: customer,
            after: ["site": name])
        return site
    }
}

extension Camera {
    /// The camera as the audit log records it.
    public func auditState(site: Site? = nil) -> [String: String] {
        var state = ["camera": id.description, "name": name, "connection": connection.rawValue, "added": addedOn.description]
        if let site { state["site"] = site.name }
        if let recorderID { state["recorder"] = recorderID.description }
        if let failedOn { state["failed"] = failedOn.description }
        return state
    }
}
