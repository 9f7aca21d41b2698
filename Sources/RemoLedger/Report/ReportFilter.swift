import RemoCore

/// Which cameras a provisioning report shows.
///
/// **Decision** (docs/decisions.md, "Report filters"): `site` keeps one site
/// (folder). `expiringWithin` and `unlicensed` pick cameras that need
/// attention and combine as "either": a camera covered by term licenses with
/// at most `expiringWithin` days left, or one not covered at all (unlicensed or
/// expired). With either of them, sites, recorders and accounts with no camera
/// left are left out. The counts per connection type are always the whole account's.
public struct ReportFilter: Hashable, Sendable {
    /// Only the site (folder) with this name.
    public var site: String?
    /// Only cameras whose coverage ends within this many days (0: ends today).
    public var expiringWithin: Int?
    /// Only cameras no license covers: unlicensed or expired.
    public var unlicensed: Bool

    public init(site: String? = nil, expiringWithin: Int? = nil, unlicensed: Bool = false) {
        self.site = site
        self.expiringWithin = expiringWithin
        self.unlicensed = unlicensed
    }

    /// Whether the filter picks cameras by their status (so empty groups are left out).
    public var selectsCameras: Bool { expiringWithin != nil || unlicensed }

    /// Whether a camera is shown.
    public func includes(_ camera: ProvisioningReport.Camera) -> Bool {
        guard selectsCameras else { return true }
        if unlicensed, !camera.status.isCovered { return true }
        if let expiringWithin, let daysLeft = camera.daysLeft, daysLeft <= expiringWithin { return true }
        return false
    }
}
