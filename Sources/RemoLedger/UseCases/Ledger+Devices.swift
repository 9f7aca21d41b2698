import Foundation
public import RemoCore

extension Ledger {
    /// Adds a camera to a customer's account, in a site (folder) created when
    /// it does not exist yet, without binding a license.
    ///
    /// This is the minimal way in for cameras until registration (issue 6)
    /// registers recorders and their cameras from labels; tests and `remo
    /// camera add` use it. The customer, their partner or the operator may add
    /// one; a proxy's addition is recorded on the customer's behalf.
    ///
    /// - Throws: ``AccountError``, ``AccessError``, ``DeviceError``.
    public func addCamera(
        to email: EmailAddress, site: String, connection: Connection, name: String, recorder: Recorder.ID? = nil,
        by acting: Acting
    ) async throws -> Camera {
        let name = try Ledger.requireName(name)
        let siteName = try Ledger.requireName(site)
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
            let folder = try records.site(of: customer.id, named: siteName, creatingFor: actor, dated, proxy: proxy)
            let camera = try records.insertCamera(
                customer: customer.id, site: folder.id, recorder: recorder, connection: connection, name: name,
                addedOn: dated.today)
            try records.recordChange(
                .cameraAdded, by: actor, dated, onBehalfOf: proxy, subject: camera.id.description,
                partner: customer.partnerID, customer: customer.id, after: camera.auditState(site: folder))
            return camera
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
