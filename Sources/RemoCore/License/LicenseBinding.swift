/// A license bound to one camera: what it is, the day it was bound and, if it has
/// been taken off again, the day it was.
///
/// **Decision** (docs/decisions.md, "Binding"): a term license bound on day B
/// covers its camera from B, or from its assignment date if that is later, to its
/// expiry; binding never restarts its dates. A license whose expiry has passed can
/// no longer be bound. A perpetual license covers its camera from the day it is
/// bound. A license taken off a camera on day U (moved to another camera, or the
/// camera failed) covers it up to U − 1; the new camera is covered from U.
public struct LicenseBinding: Hashable, Sendable, Codable {
    /// What kind of license is bound.
    public enum Kind: Hashable, Sendable, Codable {
        /// A 1- or 5-year license with its fixed dates.
        case term(TermDates)
        /// A perpetual license.
        case perpetual
    }

    /// Why a binding cannot exist.
    public enum BindingError: Error, Hashable, Sendable, MessageProviding {
        /// The term license expired before the day it would be bound.
        case licenseExpired(expires: CalendarDate, boundOn: CalendarDate)
        /// The license would be taken off before (or on) the day it was bound.
        case unboundBeforeBound(boundOn: CalendarDate, unboundOn: CalendarDate)

        public var message: Message {
            switch self {
            case .licenseExpired(let expires, let boundOn):
                LicenseText.bindingLicenseExpired(["expires": .date(expires), "boundOn": .date(boundOn)])
            case .unboundBeforeBound(let boundOn, let unboundOn):
                LicenseText.bindingUnboundBeforeBound(["boundOn": .date(boundOn), "unboundOn": .date(unboundOn)])
            }
        }
    }

    /// The license.
    public let kind: Kind
    /// The day the license was bound to the camera.
    public let boundOn: CalendarDate
    /// The day the license was taken off the camera, nil while it is bound.
    public let unboundOn: CalendarDate?

    /// A term license bound to a camera.
    ///
    /// - Parameters:
    ///   - dates: the license's dates, fixed when it was assigned to the contract user.
    ///   - boundOn: the day it was bound.
    ///   - unboundOn: the day it was taken off, if it was.
    /// - Throws: ``BindingError/licenseExpired(expires:boundOn:)`` when `boundOn` is
    ///   after the license's expiry; ``BindingError/unboundBeforeBound(boundOn:unboundOn:)``.
    public init(term dates: TermDates, boundOn: CalendarDate, unboundOn: CalendarDate? = nil) throws(BindingError) {
        guard LicenseBinding.canBind(dates, on: boundOn) else {
            throw .licenseExpired(expires: dates.expires, boundOn: boundOn)
        }
        try self.init(kind: .term(dates), boundOn: boundOn, unboundOn: unboundOn)
    }

    /// A perpetual license bound to a camera.
    ///
    /// - Throws: ``BindingError/unboundBeforeBound(boundOn:unboundOn:)``.
    public init(perpetualBoundOn boundOn: CalendarDate, unboundOn: CalendarDate? = nil) throws(BindingError) {
        try self.init(kind: .perpetual, boundOn: boundOn, unboundOn: unboundOn)
    }

    private init(kind: Kind, boundOn: CalendarDate, unboundOn: CalendarDate?) throws(BindingError) {
        if let unboundOn, unboundOn <= boundOn {
            throw .unboundBeforeBound(boundOn: boundOn, unboundOn: unboundOn)
        }
        self.kind = kind
        self.boundOn = boundOn
        self.unboundOn = unboundOn
    }

    /// Whether a term license with these dates can still be bound on `date`: only
    /// up to and including its expiry.
    public static func canBind(_ dates: TermDates, on date: CalendarDate) -> Bool {
        date <= dates.expires
    }

    /// The first day this binding covers its camera: the binding day, or the
    /// assignment date of a term license if that is later.
    public var coversFrom: CalendarDate {
        switch kind {
        case .term(let dates): max(boundOn, dates.assigned)
        case .perpetual: boundOn
        }
    }

    /// The last day this binding covers its camera as known on `date`: nil when it
    /// has no end (a perpetual license still bound). A removal after `date` is not
    /// yet known on `date` and is ignored.
    public func coversUntil(asOf date: CalendarDate) -> CalendarDate? {
        let removal = unboundOn.flatMap { $0 <= date ? $0.adding(days: -1) : nil }
        switch kind {
        case .term(let dates): return min(dates.expires, removal ?? dates.expires)
        case .perpetual: return removal
        }
    }

    /// Whether the license is in its free period on `date`.
    func isFree(on date: CalendarDate) -> Bool {
        if case .term(let dates) = kind { return date <= dates.freeUntil }
        return false
    }
}
