/// A camera's license coverage on one day: its status and how many days it has left.
///
/// **Decision** (docs/decisions.md, "Coverage and days left"):
/// - Only bindings made on or before the day count; a removal after the day is
///   not yet known (the status on a past day is what it was that day).
/// - A camera's coverage is the union of what its bindings cover
///   (``LicenseBinding/coversFrom`` to ``LicenseBinding/coversUntil(asOf:)``);
///   runs that touch (one ends on day D, the next starts on D + 1) join.
/// - **Days left** is the number of days from the day to the last day of the
///   continuous coverage containing it: `lastDay − day`, so 0 on the last covered
///   day, 90 on the day of the partner's 90-day notice. It is nil when the camera
///   is not covered or is covered by a perpetual license.
/// - Status, first match wins: *perpetual* if a perpetual license covers the day;
///   *free* if every license covering the day is in its free period; *expiring* if
///   ``expiringWithin`` days or fewer are left; *active* otherwise. Not covered:
///   *expired* if the coverage that ended last ended at a term license's expiry,
///   *unlicensed* otherwise (never licensed, or the license was moved away).
///
/// ```swift
/// let coverage = Coverage(of: [binding], on: today)
/// coverage.status      // .expiring
/// coverage.daysLeft    // 42
/// ```
public struct Coverage: Hashable, Sendable, Codable {
    /// The status on the day.
    public let status: LicenseStatus
    /// Days from the day to the last covered day (0 on that day); nil when not
    /// covered or perpetual.
    public let daysLeft: Int?
    /// The last day of the continuous coverage containing the day when covered by
    /// term licenses; the last day covered before it when expired or unlicensed
    /// after a removal; nil when perpetual or never covered.
    public let lastCoveredDay: CalendarDate?

    /// A camera is *expiring* when this many days or fewer are left: the first of
    /// the partner's notices (``NoticeSchedule/partnerDaysBefore``).
    public static let expiringWithin = NoticeSchedule.partnerDaysBefore.max() ?? 90

    /// The coverage on `date` of a camera with these bindings.
    ///
    /// - Parameters:
    ///   - bindings: every license ever bound to the camera, in any order.
    ///   - date: the day to look at.
    public init(of bindings: [LicenseBinding], on date: CalendarDate) {
        let made = bindings.filter { $0.boundOn <= date }
        let spans = made.map { (binding: $0, from: $0.coversFrom, until: $0.coversUntil(asOf: date)) }
            .filter { span in span.until.map { span.from <= $0 } ?? true }
        let covering = spans.filter { $0.from <= date && $0.until.map { date <= $0 } ?? true }

        if covering.contains(where: { $0.binding.kind == .perpetual }) {
            self.init(status: .perpetual, daysLeft: nil, lastCoveredDay: nil)
            return
        }
        if !covering.isEmpty {
            // Every covering span is a term span here, so each has an end.
            var end = covering.compactMap(\.until).max() ?? date
            var extended = true
            while extended {
                extended = false
                for span in spans where span.from <= end.adding(days: 1) {
                    if let until = span.until, until > end {
                        end = until
                        extended = true
                    }
                }
            }
            let daysLeft = date.days(until: end)
            let status: LicenseStatus =
                if covering.allSatisfy({ $0.binding.isFree(on: date) }) {
                    .free
                } else if daysLeft <= Coverage.expiringWithin {
                    .expiring
                } else {
                    .active
                }
            self.init(status: status, daysLeft: daysLeft, lastCoveredDay: end)
            return
        }
        let ended = spans.compactMap { span in span.until.flatMap { $0 < date ? (span.binding, $0) : nil } }
        guard let lastDay = ended.map(\.1).max() else {
            self.init(status: .unlicensed, daysLeft: nil, lastCoveredDay: nil)
            return
        }
        let expiredLast = ended.contains { binding, until in
            if case .term(let dates) = binding.kind { return until == lastDay && until == dates.expires }
            return false
        }
        self.init(status: expiredLast ? .expired : .unlicensed, daysLeft: nil, lastCoveredDay: lastDay)
    }

    private init(status: LicenseStatus, daysLeft: Int?, lastCoveredDay: CalendarDate?) {
        self.status = status
        self.daysLeft = daysLeft
        self.lastCoveredDay = lastCoveredDay
    }
}
