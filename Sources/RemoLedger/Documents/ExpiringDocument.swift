public import RemoCore

/// The cameras whose license ends within some days, soonest first, as
/// `GET /api/v1/licenses/expiring` answers: `{"today", "days", "cameras": [the
/// report's camera objects, each with its "customer" and "recorder"]}`. Made
/// from a provisioning report filtered by ``ReportFilter/expiringWithin``.
public struct ExpiringDocument: Encodable, Sendable {
    public let today: CalendarDate
    public let days: Int
    /// The cameras with their account, soonest end first (then by camera ID).
    public let cameras: [(account: EmailAddress, camera: ProvisioningReport.Camera)]

    public init(_ report: ProvisioningReport, days: Int) {
        today = report.today
        self.days = days
        cameras = report.accounts.flatMap { account in account.cameras.map { (account.customer, $0) } }
            .filter { $0.1.daysLeft.map { $0 <= days } ?? false }
            .sorted { ($0.1.daysLeft ?? .max, $0.1.id.rawValue) < ($1.1.daysLeft ?? .max, $1.1.id.rawValue) }
    }

    private enum Key: String, CodingKey { case today, days, cameras }

    public func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)
        try root.encode(today, forKey: .today)
        try root.encode(days, forKey: .days)
        var list = root.nestedUnkeyedContainer(forKey: .cameras)
        for entry in cameras { try ReportJSON.encode(entry.camera, account: entry.account, into: &list) }
    }
}
