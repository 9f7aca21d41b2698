/// Where a camera stands with its licenses on a given day (docs/domain.md 7).
///
/// The raw values are the machine spelling used in JSON and CSV (`free`,
/// `active`, …); ``name`` is the word for people.
public enum LicenseStatus: String, CaseIterable, Codable, Hashable, Sendable {
    /// Covered, and every license covering the day is still in its free period (無料期間中).
    case free
    /// Covered by a term license in its paid term, with more than
    /// ``Coverage/expiringWithin`` days left (有効).
    case active
    /// Covered, with ``Coverage/expiringWithin`` days or fewer left: the partner's
    /// first notice has gone out (期限間近).
    case expiring
    /// Not covered: the last license that covered the camera reached its expiry (期限切れ).
    case expired
    /// Covered by a perpetual license (永年).
    case perpetual
    /// Not covered, and no license has expired on it: never licensed, or its
    /// license was moved away (未割り当て).
    case unlicensed

    /// The status for people: "expiring" / 「期限間近」.
    public var name: Message {
        switch self {
        case .free: LicenseText.statusFree()
        case .active: LicenseText.statusActive()
        case .expiring: LicenseText.statusExpiring()
        case .expired: LicenseText.statusExpired()
        case .perpetual: LicenseText.statusPerpetual()
        case .unlicensed: LicenseText.statusUnlicensed()
        }
    }

    /// Whether the camera's remote functions work (P4): live view over the
    /// internet, recording on the edge storage, remote playback, notifications
    /// and maintenance.
    public var isCovered: Bool {
        switch self {
        case .free, .active, .expiring, .perpetual: true
        case .expired, .unlicensed: false
        }
    }
}
