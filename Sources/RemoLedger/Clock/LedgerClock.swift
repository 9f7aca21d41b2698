public import Foundation
public import RemoCore

/// Where the instant comes from: the system clock, or one a test sets. Front
/// ends ask it for ``Acting/now``; the day a use case acts on is then the
/// ledger's rule (``ChangeDay``), in the account's time zone.
public struct LedgerClock: Sendable {
    private let source: @Sendable () -> Date

    /// A clock that reads `source` each time.
    public init(_ source: @escaping @Sendable () -> Date) {
        self.source = source
    }

    /// The system clock.
    public static var system: LedgerClock { LedgerClock { Date() } }

    /// A clock stopped at `instant` (tests).
    public static func fixed(_ instant: Date) -> LedgerClock { LedgerClock { instant } }

    /// The instant now.
    public func now() -> Date { source() }

    /// The calendar day `instant` falls on in the time zone named `zone` (an
    /// IANA name such as `Asia/Tokyo`); Asia/Tokyo when the name is unknown.
    public static func day(of instant: Date, in zone: String) -> CalendarDate {
        CalendarDate(instant, in: TimeZone(identifier: zone) ?? tokyo)
    }

    /// Asia/Tokyo, the service's time zone and a partner's own.
    public static let serviceTimeZone = "Asia/Tokyo"

    private static var tokyo: TimeZone { TimeZone(identifier: serviceTimeZone) ?? TimeZone(secondsFromGMT: 9 * 3_600) ?? .current }
}

extension CalendarDate {
    /// The calendar day that `instant` falls on in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        self.init(dayNumber: 0)
        if let year = parts.year, let month = parts.month, let day = parts.day,
            let resolved = try? CalendarDate(year: year, month: month, day: day)
        {
            self = resolved
        }
    }
}
