import Foundation
public import RemoCore

extension Ledger {
    /// Binds a license to a camera by hand: the one named, or the first
    /// available (perpetual before term, oldest first). The customer or their
    /// partner may; a proxy's binding is recorded on the customer's behalf.
    ///
    /// - Throws: ``BindingRefusal``, ``RemoCore/LicenseBinding/BindingError``,
    ///   ``DeviceError``, ``AccountError``, ``AccessError``.
    public func bindLicense(
        to camera: Camera.ID, of email: EmailAddress, choosing choice: LicenseChoice = .automatic, by acting: Acting
    ) async throws -> Binding {
        try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            let proxy = try actor.requireChange(in: customer, for: .licenseBound, customerMay: true)
            let target = try records.requireCamera(camera, in: customer.id)
            let (binding, license) = try records.bind(choice, to: target, on: dated.today, method: .manual, at: dated.now)
            try records.recordChange(
                .licenseBound, by: actor, dated, onBehalfOf: proxy, subject: camera.description,
                partner: customer.partnerID, customer: customer.id,
                after: ["camera": camera.description, "license": license.id.description, "part": license.product.part,
                    "boundOn": dated.today.description])
            return binding
        }
    }

    /// Moves a license from the camera it is bound to onto another camera of the
    /// same account (振替): a term license at any time before it expires (after an
    /// automatic binding went to a camera nobody meant to license); a perpetual
    /// license only within 30 days of its first application (a mistaken
    /// assignment). The partner does it, acting in the account (after hand-over
    /// as a proxy, recorded on the customer's behalf); the customer cannot.
    ///
    /// The license leaves its camera today: that camera is covered to yesterday
    /// by it, the new one from today.
    ///
    /// - Throws: ``BindingRefusal``, ``RemoCore/PerpetualRules/Refusal``,
    ///   ``RemoCore/LicenseBinding/BindingError``, ``DeviceError``, ``AccessError``.
    public func moveLicense(_ id: License.ID, of email: EmailAddress, to camera: Camera.ID, by acting: Acting) async throws
        -> Binding
    {
        try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            let proxy = try actor.requireChange(in: customer, for: .licenseMoved, customerMay: false)
            let license = try records.requireLicense(id, in: customer.id)
            guard let current = try records.currentBinding(of: id) else { throw BindingRefusal.licenseNotBound(id) }
            guard current.cameraID != camera else { throw BindingRefusal.sameCamera(camera) }
            let target = try records.requireCamera(camera, in: customer.id)
            try LicensePool.requireSameConnection(license, target)
            try records.requireBindable(target, on: dated.today)
            if let dates = license.assignment?.dates {
                guard LicenseBinding.canBind(dates, on: dated.today) else {
                    throw LicenseBinding.BindingError.licenseExpired(expires: dates.expires, boundOn: dated.today)
                }
            } else {
                let first = try records.firstApplication(of: id, in: customer.id)
                try PerpetualRules.checkChange(.move, assigned: first ?? current.boundOn, on: dated.today)
            }
            try records.endBinding(current.id, unboundOn: dated.today)
            let binding = try records.insertBinding(license: id, camera: camera, on: dated.today, method: .move, at: dated.now)
            try records.recordChange(
                .licenseMoved, by: actor, dated, onBehalfOf: proxy, subject: id.description, partner: customer.partnerID,
                customer: customer.id, before: ["license": id.description, "camera": current.cameraID.description],
                after: ["license": id.description, "camera": camera.description, "boundOn": dated.today.description])
            return binding
        }
    }

    /// Records that a camera failed today. Its licenses stay bound; a perpetual
    /// one can then be re-applied to a replacement (``reapplyPerpetualLicense(from:to:of:by:)``),
    /// and automatic assignment skips the camera.
    public func markCameraFailed(_ camera: Camera.ID, of email: EmailAddress, by acting: Acting) async throws -> Camera {
        try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            let proxy = try actor.requireChange(in: customer, for: .cameraFailed, customerMay: true)
            let before = try records.requireCamera(camera, in: customer.id)
            if let failed = before.failedOn { throw BindingRefusal.cameraFailed(camera, on: failed) }
            try records.markFailed(camera, on: dated.today)
            let after = try records.requireCamera(camera, in: customer.id)
            try records.recordChange(
                .cameraFailed, by: actor, dated, onBehalfOf: proxy, subject: camera.description,
                partner: customer.partnerID, customer: customer.id, before: before.auditState(),
                after: after.auditState())
            return after
        }
    }

    /// Re-applies a failed camera's perpetual license (P21: 「保証期間を超えていても、
    /// または有償／無償修理した場合でも永年ライセンスを適用してから5年以内であれば、
    /// ライセンスの再適用が可能」) within 5 years of the license's first
    /// application, whatever happened since; after that a new license must be
    /// bought, and the refusal names the pack. The partner does it.
    ///
    /// - `replacement` is the failed camera itself: the same unit back from
    ///   repair returns to service (its failure is recorded as repaired) with
    ///   its license re-applied.
    /// - Another camera of the account (a replacement unit, or a repaired unit
    ///   registered anew): the license leaves the failed camera for it.
    ///
    /// - Throws: ``BindingRefusal``, ``RemoCore/PerpetualRules/Refusal``,
    ///   ``DeviceError``, ``AccessError``.
    public func reapplyPerpetualLicense(
        from failed: Camera.ID, to replacement: Camera.ID, of email: EmailAddress, by acting: Acting
    ) async throws -> Binding {
        try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            let proxy = try actor.requireChange(in: customer, for: .licenseReapplied, customerMay: false)
            let old = try records.requireCamera(failed, in: customer.id)
            guard let failedOn = old.failedOn else { throw BindingRefusal.cameraNotFailed(failed) }
            guard let (held, license) = try records.currentPerpetualBinding(ofCamera: failed) else {
                throw BindingRefusal.noPerpetualLicense(failed)
            }
            let firstApplied = try records.firstApplication(of: license.id, in: customer.id) ?? held.boundOn
            try PerpetualRules.checkReapplication(firstApplied: firstApplied, connection: old.connection, on: dated.today)
            let repaired = failed == replacement
            if repaired {
                try records.markRepaired(failed, failedOn: failedOn, license: license.id, on: dated.today, at: dated.now)
            } else {
                let target = try records.requireCamera(replacement, in: customer.id)
                try LicensePool.requireSameConnection(license, target)
                try records.requireBindable(target, on: dated.today)
            }
            try records.endBinding(held.id, unboundOn: dated.today)
            let binding = try records.insertBinding(
                license: license.id, camera: replacement, on: dated.today, method: .reapplication, at: dated.now)
            if !repaired {
                try records.insertReplacement(
                    failed: failed, replacement: replacement, license: license.id, on: dated.today, at: dated.now)
            }
            var after = [
                "license": license.id.description, "camera": replacement.description,
                "firstApplied": firstApplied.description, "boundOn": dated.today.description,
            ]
            if repaired { after["repaired"] = failedOn.description }
            try records.recordChange(
                .licenseReapplied, by: actor, dated, onBehalfOf: proxy, subject: license.id.description,
                partner: customer.partnerID, customer: customer.id,
                before: ["license": license.id.description, "camera": failed.description], after: after)
            return binding
        }
    }
}
