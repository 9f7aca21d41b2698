public import Foundation
public import RemoCore

/// Which license a camera gets when one is bound at registration or by hand.
public enum LicenseChoice: Hashable, Sendable {
    /// The account's first available license of the camera's connection type:
    /// perpetual before term (a perpetual license is bought for one camera and
    /// waits for it), term licenses oldest assignment first, then earliest
    /// expiry, then smallest ID.
    case automatic
    /// This license.
    case named(License.ID)
}

// Transaction-level operations on licenses and cameras: the use cases here and
// in later areas (registration binds each camera it registers, in its own
// transaction) call them inside a `write`.
extension LedgerReader {
    /// The licenses of the account that can be bound on `day` to a camera of
    /// `connection`, in the order ``LicenseChoice/automatic`` takes them:
    /// assigned to the account, not bound now, of the connection type; a term
    /// license not expired on the day; a perpetual license never applied to a
    /// camera (one that was is re-applied, not bound again), or whose only
    /// bindings a type change undid.
    public func availableLicenses(of customer: Customer.ID, for connection: Connection, on day: CalendarDate) throws
        -> [License]
    {
        let bindings = Dictionary(grouping: try bindings(of: customer), by: \.licenseID)
        let undone = try typeChangedBindings(of: customer)
        let available = try licenses(of: customer).filter { license in
            guard license.product.connection == connection else { return false }
            let history = bindings[license.id] ?? []
            guard !history.contains(where: \.isCurrent) else { return false }
            if let dates = license.assignment?.dates { return LicenseBinding.canBind(dates, on: day) }
            return LicensePool.history(history, undone: undone).isUnused
        }
        return available.sorted { LicensePool.order($0) < LicensePool.order($1) }
    }

    /// A camera's license bindings as the license rules see them.
    public func licenseBindings(ofCamera camera: Camera.ID) throws -> [LicenseBinding] {
        try bindings(ofCamera: camera).compactMap { binding in
            guard let license = try license(id: binding.licenseID) else { return nil }
            return try LicensePool.licenseBinding(binding, of: license)
        }
    }

    /// A perpetual license's applications to cameras of the account
    /// (``RemoCore/PerpetualHistory``): when it was first applied, which its
    /// 30-day and 5-year windows count from whatever happened since, and
    /// whether it may be bound afresh.
    public func perpetualHistory(of license: License.ID, in customer: Customer.ID) throws -> PerpetualHistory {
        LicensePool.history(
            try bindings(of: customer).filter { $0.licenseID == license }, undone: try typeChangedBindings(of: customer))
    }

    /// The day a perpetual license was first applied to a camera of the
    /// account, which its 30-day and 5-year windows count from (a type change
    /// since does not restart them); nil when it never was.
    public func firstApplication(of license: License.ID, in customer: Customer.ID) throws -> CalendarDate? {
        try perpetualHistory(of: license, in: customer).firstApplied
    }

    /// The camera's current binding of a perpetual license, with the license;
    /// nil when no perpetual license is bound to it now.
    public func currentPerpetualBinding(ofCamera camera: Camera.ID) throws -> (binding: Binding, license: License)? {
        for binding in try bindings(ofCamera: camera) where binding.isCurrent {
            if let license = try license(id: binding.licenseID), license.isPerpetual { return (binding, license) }
        }
        return nil
    }

    /// The camera's coverage on `day`.
    public func coverage(ofCamera camera: Camera.ID, on day: CalendarDate) throws -> Coverage {
        Coverage(of: try licenseBindings(ofCamera: camera), on: day)
    }

    /// The camera with this ID in the account.
    ///
    /// - Throws: ``DeviceError/unknownCamera(_:)`` when there is none there.
    public func requireCamera(_ id: Camera.ID, in customer: Customer.ID) throws -> Camera {
        guard let camera = try camera(id: id), camera.customerID == customer else { throw DeviceError.unknownCamera(id) }
        return camera
    }

    /// The license with this ID, assigned to the account.
    ///
    /// - Throws: ``BindingRefusal/unknownLicense(_:)``.
    public func requireLicense(_ id: License.ID, in customer: Customer.ID) throws -> License {
        guard let license = try license(id: id), license.assignment?.customerID == customer else {
            throw BindingRefusal.unknownLicense(id)
        }
        return license
    }
}

extension LedgerWriter {
    /// Binds a license to a camera of the same account from `day`.
    ///
    /// - Parameters:
    ///   - choice: the license, or the first available one.
    ///   - camera: a camera that is not failed and not covered on `day`.
    ///   - method: how the binding comes about (registration, by hand).
    /// - Returns: the binding and the license bound.
    /// - Throws: ``BindingRefusal`` (no license available, one already bound,
    ///   the other connection type, a covered or failed camera),
    ///   ``RemoCore/LicenseBinding/BindingError`` (an expired term license).
    public func bind(
        _ choice: LicenseChoice, to camera: Camera, on day: CalendarDate, method: Binding.Method, at: Date
    ) throws -> (binding: Binding, license: License) {
        try requireBindable(camera, on: day)
        let license: License
        switch choice {
        case .automatic:
            guard let first = try availableLicenses(of: camera.customerID, for: camera.connection, on: day).first else {
                let buy = Product.perpetualPacks(for: camera.connection).last?.part ?? ""
                throw BindingRefusal.noLicense(camera.id, connection: camera.connection, buy: buy)
            }
            license = first
        case .named(let id):
            license = try requireLicense(id, in: camera.customerID)
            if let current = try currentBinding(of: id) {
                throw BindingRefusal.licenseBound(id, camera: current.cameraID)
            }
            try LicensePool.requireSameConnection(license, camera)
            if let dates = license.assignment?.dates {
                guard LicenseBinding.canBind(dates, on: day) else {
                    throw LicenseBinding.BindingError.licenseExpired(expires: dates.expires, boundOn: day)
                }
            } else if try !perpetualHistory(of: id, in: camera.customerID).isUnused {
                throw BindingRefusal.perpetualUsed(id)
            }
        }
        let binding = try insertBinding(license: license.id, camera: camera.id, on: day, method: method, at: at)
        return (binding, license)
    }

    /// Refuses a failed camera, and one already covered on `day`.
    func requireBindable(_ camera: Camera, on day: CalendarDate) throws {
        if let failed = camera.failedOn { throw BindingRefusal.cameraFailed(camera.id, on: failed) }
        let status = try coverage(ofCamera: camera.id, on: day).status
        guard status == .expired || status == .unlicensed else { throw BindingRefusal.cameraCovered(camera.id, status: status) }
    }
}

/// The ordering and conversions the pool uses.
enum LicensePool {
    /// Perpetual first, then by assignment day, expiry and ID.
    static func order(_ license: License) -> (Int, CalendarDate, CalendarDate, License.ID) {
        let assigned = license.assignment?.assignedOn ?? CalendarDate(dayNumber: 0)
        let expires = license.expires ?? CalendarDate(dayNumber: 0)
        return (license.isPerpetual ? 0 : 1, assigned, expires, license.id)
    }

    /// A stored binding as the license rules see it; nil for one that ended the
    /// day it began (it covered nothing).
    static func licenseBinding(_ binding: Binding, of license: License) throws -> LicenseBinding? {
        if let unbound = binding.unboundOn, unbound <= binding.boundOn { return nil }
        if let dates = license.assignment?.dates {
            return try LicenseBinding(term: dates, boundOn: binding.boundOn, unboundOn: binding.unboundOn)
        }
        return try LicenseBinding(perpetualBoundOn: binding.boundOn, unboundOn: binding.unboundOn)
    }

    static func requireSameConnection(_ license: License, _ camera: Camera) throws(BindingRefusal) {
        guard license.product.connection == camera.connection else {
            throw .connectionMismatch(license.id, part: license.product.part, camera: camera.id, connection: camera.connection)
        }
    }

    /// A license's bindings as its perpetual history, marking those a type change undid.
    static func history(_ bindings: [Binding], undone: Set<Binding.ID>) -> PerpetualHistory {
        PerpetualHistory(bindings.map { .init(boundOn: $0.boundOn, undone: undone.contains($0.id)) })
    }
}
