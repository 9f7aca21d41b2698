import Foundation
public import RemoCore

extension Ledger {
    /// Changes the license type of a camera on a perpetual license (割り当て
    /// ライセンス種別の変更, P13): within 30 days of the perpetual license's
    /// first application, the camera is put on a term license instead, and the
    /// perpetual license goes back to the account unused, to be bound to another
    /// camera later. The partner does it, acting in the account (after hand-over
    /// as a proxy, recorded on the customer's behalf); the customer cannot.
    ///
    /// The perpetual license leaves the camera today: it covered the camera to
    /// yesterday, the term license covers it from today. The term license is the
    /// one named, or the account's first available one (oldest assignment first).
    /// Going the other way, from a term license to a perpetual one, needs no
    /// rule: move the term license (``moveLicense(_:of:to:by:)``), then bind the
    /// perpetual one.
    ///
    /// - Throws: ``BindingRefusal``, ``RemoCore/PerpetualRules/Refusal`` after
    ///   the 30th day, ``RemoCore/LicenseBinding/BindingError``, ``DeviceError``,
    ///   ``AccessError``.
    public func changeLicenseTypeToTerm(
        ofCamera camera: Camera.ID, of email: EmailAddress, choosing choice: LicenseChoice = .automatic,
        by acting: Acting
    ) async throws -> Binding {
        try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            let proxy = try actor.requireChange(in: customer, for: .licenseTypeChanged, customerMay: false)
            let target = try records.requireCamera(camera, in: customer.id)
            if let failed = target.failedOn { throw BindingRefusal.cameraFailed(camera, on: failed) }
            guard let (held, _) = try records.currentPerpetualBinding(ofCamera: camera) else {
                throw BindingRefusal.notOnPerpetualLicense(camera)
            }
            let applied = try records.firstApplication(of: held.licenseID, in: customer.id) ?? held.boundOn
            try PerpetualRules.checkChange(.typeChange, assigned: applied, on: dated.today)
            let term = try records.termLicense(choice, for: target, on: dated.today)
            try records.endBinding(held.id, unboundOn: dated.today)
            let (binding, _) = try records.bind(.named(term), to: target, on: dated.today, method: .manual, at: dated.now)
            try records.insertTypeChange(undone: held.id, replacement: binding.id, on: dated.today, at: dated.now)
            try records.recordChange(
                .licenseTypeChanged, by: actor, dated, onBehalfOf: proxy, subject: camera.description,
                partner: customer.partnerID, customer: customer.id,
                before: ["camera": camera.description, "license": held.licenseID.description, "type": "perpetual"],
                after: [
                    "camera": camera.description, "license": term.description, "type": "term",
                    "firstApplied": applied.description, "boundOn": dated.today.description,
                ])
            return binding
        }
    }
}

extension LedgerReader {
    /// The term license a type change binds to `camera`: the one named (refused
    /// when perpetual), or the first available term license of its connection type.
    fileprivate func termLicense(_ choice: LicenseChoice, for camera: Camera, on day: CalendarDate) throws -> License.ID {
        switch choice {
        case .named(let id):
            guard try !requireLicense(id, in: camera.customerID).isPerpetual else { throw BindingRefusal.notTermLicense(id) }
            return id
        case .automatic:
            let available = try availableLicenses(of: camera.customerID, for: camera.connection, on: day)
            guard let first = available.first(where: { !$0.isPerpetual }) else {
                throw BindingRefusal.noTermLicense(camera.id, connection: camera.connection)
            }
            return first.id
        }
    }
}
