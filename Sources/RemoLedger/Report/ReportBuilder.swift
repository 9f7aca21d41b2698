import RemoCore

/// Turns an account's snapshot into the report's view of it on a day: pure,
/// no store. What happened after the day (cameras added, bindings made or
/// ended, failures) is not known on it and is left out.
enum ReportBuilder {
    /// The account as the report shows it; nil when the filter leaves nothing of it.
    static func account(
        customer: Customer, partner: Partner, snapshot: ReportSnapshot,
        registrations: [Recorder.ID: RecorderRegistration], today: CalendarDate, filter: ReportFilter
    ) throws -> ProvisioningReport.Account? {
        let siteNames = Dictionary(uniqueKeysWithValues: snapshot.sites.map { ($0.id, $0.name) })
        let licenses = Dictionary(uniqueKeysWithValues: snapshot.licenses.map { ($0.id, $0) })
        let bindings = Dictionary(grouping: snapshot.bindings.filter { $0.boundOn <= today }, by: \.cameraID)
        let cameras = snapshot.cameras.filter { $0.addedOn <= today }
        let recorders = snapshot.recorders.filter { $0.addedOn <= today }
        let serials = Dictionary(uniqueKeysWithValues: recorders.map { ($0.id, $0.serial) })

        var shown: [ProvisioningReport.Camera] = []
        for camera in cameras {
            let line = try ReportBuilder.camera(
                camera, site: siteNames[camera.siteID] ?? "", recorder: camera.recorderID.flatMap { serials[$0] },
                bindings: bindings[camera.id] ?? [], licenses: licenses, cards: snapshot.cards, today: today)
            if filter.includes(line) { shown.append(line) }
        }
        let byRecorder = Dictionary(grouping: shown.filter { $0.recorder != nil }, by: { $0.recorder ?? "" })
        var sites: [ProvisioningReport.Site] = []
        for site in snapshot.sites where filter.site.map({ $0 == site.name }) ?? true {
            let siteRecorders = recorders.filter { $0.siteID == site.id }.compactMap {
                recorder -> ProvisioningReport.Recorder? in
                let cameras = byRecorder[recorder.serial] ?? []
                if filter.selectsCameras && cameras.isEmpty { return nil }
                return ProvisioningReport.Recorder(
                    id: recorder.id, serial: recorder.serial, model: recorder.model, deviceID: recorder.deviceID,
                    registration: registrations[recorder.id] ?? RecorderRegistration(registeredOn: recorder.addedOn),
                    cameras: cameras)
            }
            let loose = shown.filter { $0.site == site.name && $0.recorder == nil }
            if filter.selectsCameras && siteRecorders.isEmpty && loose.isEmpty { continue }
            sites.append(ProvisioningReport.Site(name: site.name, recorders: siteRecorders, cameras: loose))
        }
        if filter.selectsCameras && sites.isEmpty { return nil }
        return ProvisioningReport.Account(
            customer: customer.email, customerName: customer.name, partner: partner.code, partnerName: partner.name,
            counts: Connection.allCases.map {
                counts(of: $0, cameras: cameras, licenses: snapshot.licenses, today: today)
            },
            sites: sites)
    }

    /// One camera on the day: its coverage from every binding made by then, and
    /// the license bound to it then.
    static func camera(
        _ camera: Camera, site: String, recorder: String?, bindings: [Binding], licenses: [License.ID: License],
        cards: [Card.ID: ActivationID], today: CalendarDate
    ) throws -> ProvisioningReport.Camera {
        var rules: [(binding: Binding, rule: LicenseBinding, license: License)] = []
        for binding in bindings {
            guard let license = licenses[binding.licenseID],
                let rule = try LicensePool.licenseBinding(binding, of: license)
            else { continue }
            rules.append((binding, rule, license))
        }
        let coverage = Coverage(of: rules.map(\.rule), on: today)
        // Bound on the day: made by then and not ended by then. Prefer the one
        // covering the day (perpetual first), else the last bound.
        let bound = rules.filter { $0.binding.unboundOn.map { today < $0 } ?? true }
        let covering = bound.filter {
            $0.rule.coversFrom <= today && ($0.rule.coversUntil(asOf: today).map { today <= $0 } ?? true)
        }
        let chosen =
            covering.first { $0.license.isPerpetual } ?? covering.max {
                ($0.license.expires ?? today, $0.binding.id) < ($1.license.expires ?? today, $1.binding.id)
            }
            ?? bound.max { ($0.binding.boundOn, $0.binding.id) < ($1.binding.boundOn, $1.binding.id) }
        let license = chosen.flatMap { choice -> ProvisioningReport.LicenseLine? in
            guard let assignment = choice.license.assignment else { return nil }
            var card: ActivationID?
            if case .card(let id) = choice.license.source { card = cards[id] }
            return ProvisioningReport.LicenseLine(
                id: choice.license.id, product: choice.license.product, card: card, assigned: assignment.assignedOn,
                dates: assignment.dates)
        }
        return ProvisioningReport.Camera(
            id: camera.id, name: camera.name, site: site, recorder: recorder, connection: camera.connection,
            added: camera.addedOn, failed: camera.failedOn.flatMap { $0 <= today ? $0 : nil }, license: license,
            status: coverage.status, daysLeft: coverage.daysLeft)
    }

    /// The license screen's figures for one connection type (P20).
    static func counts(of connection: Connection, cameras: [Camera], licenses: [License], today: CalendarDate)
        -> ProvisioningReport.ConnectionCount
    {
        let connected = cameras.filter { $0.connection == connection && ($0.failedOn.map { $0 > today } ?? true) }.count
        let held = licenses.filter { license in
            guard license.product.connection == connection, let assignment = license.assignment,
                assignment.assignedOn <= today
            else { return false }
            return assignment.dates.map { today <= $0.expires } ?? true
        }
        return ProvisioningReport.ConnectionCount(connection: connection, cameras: connected, licenses: held.count)
    }
}
