public import RemoCore

/// The provisioning report (docs/domain.md 7): for each account, every site,
/// recorder and camera, each camera with the license that covers it, its
/// status and days left on ``today``, and the counts per connection type that
/// the service's license screen shows (P20).
///
/// A value, read in one transaction by ``Ledger/provisioningReport(_:filter:by:)``;
/// the renderers (text, CSV, JSON, PDF) only format it.
///
/// ```swift
/// let report = try await ledger.provisioningReport(.customer(taro), by: acting)
/// let bytes = try report.rendered(as: .csv, options: ReportOptions(byteOrderMark: true))
/// ```
public struct ProvisioningReport: Hashable, Sendable {
    /// The day statuses and days left are computed for (`--today`).
    public let today: CalendarDate
    /// What was asked for: a site, expiring or unlicensed cameras only.
    public let filter: ReportFilter
    /// One entry per account, by the customer's address.
    public let accounts: [Account]
    /// The ledger's kind: the text and PDF say when it is a simulation (the
    /// CSV and JSON rows stay as they are).
    public let ledger: LedgerKind

    public init(today: CalendarDate, filter: ReportFilter, accounts: [Account], ledger: LedgerKind = .live) {
        self.today = today
        self.filter = filter
        self.accounts = accounts
        self.ledger = ledger
    }

    /// Every camera in the report, in report order.
    public var cameras: [Camera] { accounts.flatMap(\.cameras) }
}
