/// A term license in a contract user's account that is not bound to a camera,
/// as the automatic assignment sees it.
///
/// `ID` is the caller's identifier for the license (a database key, a card ID);
/// it breaks the last tie, so it must be unique within the account.
public struct UnboundLicense<ID: Hashable & Comparable & Sendable>: Hashable, Sendable {
    /// The caller's identifier.
    public let id: ID
    /// The connection type of the cameras it can license.
    public let connection: Connection
    /// Its dates, fixed when it was assigned to the contract user.
    public let dates: TermDates

    /// An unbound license of the account.
    public init(id: ID, connection: Connection, dates: TermDates) {
        self.id = id
        self.connection = connection
        self.dates = dates
    }
}

/// Which unbound license a camera gets automatically when its license expires,
/// and on which day (P6, docs/domain.md 4.1).
///
/// **Decision** (docs/decisions.md, "Automatic assignment"): the day after the
/// camera's coverage ends, the camera gets a term license of the account that is
/// unbound, of the camera's connection type, already assigned to the account on
/// that day and not expired on it (``LicenseBinding/canBind(_:on:)``). Among
/// those: the oldest assignment date first; then the earliest expiry (a 1-year
/// license before a 5-year one assigned the same day, since it ages out sooner);
/// then the smallest `ID`. Perpetual licenses are never bound automatically. The
/// binding is dated the day after the expiry even when it is applied later.
public struct AutomaticAssignment<ID: Hashable & Comparable & Sendable>: Hashable, Sendable {
    /// The license bound.
    public let license: UnboundLicense<ID>
    /// The day it is bound: the day after the camera's coverage ends.
    public let bindOn: CalendarDate

    /// The automatic assignment for a camera of `connection` whose coverage ends on
    /// `coverageEnds`, from the account's unbound term licenses; nil when none qualifies.
    ///
    /// - Parameters:
    ///   - connection: the camera's connection type.
    ///   - coverageEnds: the last day the camera is covered (its license's expiry).
    ///   - pool: the account's unbound term licenses, in any order.
    public init?(for connection: Connection, coverageEnds: CalendarDate, pool: [UnboundLicense<ID>]) {
        let bindOn = coverageEnds.adding(days: 1)
        let eligible = pool.filter {
            $0.connection == connection && $0.dates.assigned <= bindOn && LicenseBinding.canBind($0.dates, on: bindOn)
        }
        let chosen = eligible.min {
            ($0.dates.assigned, $0.dates.expires, $0.id) < ($1.dates.assigned, $1.dates.expires, $1.id)
        }
        guard let chosen else { return nil }
        self.license = chosen
        self.bindOn = bindOn
    }
}
