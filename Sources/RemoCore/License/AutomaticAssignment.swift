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
    /// When the binding comes about.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// At expiry: the license was in the account the day after the camera's
        /// coverage ended, and is bound that day.
        case atExpiry = "at-expiry"
        /// Restoration (issue 21 item 10): the camera had been expired for a while
        /// when a license came into the account; it is bound on the day of the
        /// first tick that finds it.
        case restoration
    }

    /// The license bound.
    public let license: UnboundLicense<ID>
    /// The day it is bound: the day after the camera's coverage ends, or the
    /// restoring tick's day.
    public let bindOn: CalendarDate
    public let kind: Kind

    /// The automatic assignment for a camera of `connection` whose coverage ends on
    /// `coverageEnds`, from the account's unbound term licenses; nil when none qualifies.
    ///
    /// - Parameters:
    ///   - connection: the camera's connection type.
    ///   - coverageEnds: the last day the camera is covered (its license's expiry).
    ///   - pool: the account's unbound term licenses, in any order.
    public init?(for connection: Connection, coverageEnds: CalendarDate, pool: [UnboundLicense<ID>]) {
        self.init(connection, bindOn: coverageEnds.adding(days: 1), kind: .atExpiry, pool: pool)
    }

    /// The restoration of a camera of `connection` whose coverage ended on
    /// `coverageEnded`, by a tick on `today`: the manual says an expired
    /// camera's service comes back with the assignment. When no license was in
    /// the account the day after the expiry (``init(for:coverageEnds:pool:)``
    /// gives nil), the license the same order chooses among those assigned by
    /// `today` is bound on `today`; nil when none qualifies.
    public init?(restoring connection: Connection, coverageEnded: CalendarDate, on today: CalendarDate,
        pool: [UnboundLicense<ID>])
    {
        guard coverageEnded < today else { return nil }
        if let atExpiry = AutomaticAssignment(for: connection, coverageEnds: coverageEnded, pool: pool) {
            self = atExpiry
        } else {
            self.init(connection, bindOn: today, kind: .restoration, pool: pool)
        }
    }

    private init?(_ connection: Connection, bindOn: CalendarDate, kind: Kind, pool: [UnboundLicense<ID>]) {
        let eligible = pool.filter {
            $0.connection == connection && $0.dates.assigned <= bindOn && LicenseBinding.canBind($0.dates, on: bindOn)
        }
        let chosen = eligible.min {
            ($0.dates.assigned, $0.dates.expires, $0.id) < ($1.dates.assigned, $1.dates.expires, $1.id)
        }
        guard let chosen else { return nil }
        self.license = chosen
        self.bindOn = bindOn
        self.kind = kind
    }
}
