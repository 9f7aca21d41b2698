package import Foundation
package import RemoCore
package import RemoLedger

/// Options that take `--today` (``GlobalOptions``, ``ToolOptions``).
package protocol DayOption {
    /// `--today`, when given.
    var today: CalendarDate? { get }
}

extension DayOption {
    /// The day a planning command with no ledger looks at: `--today`, else
    /// today in the service's time zone (Asia/Tokyo).
    package func resolvedToday(now: Date = LedgerClock.system.now()) -> CalendarDate {
        ChangeDay.reading(asked: today, clockDay: LedgerClock.day(of: now, in: LedgerClock.serviceTimeZone))
    }
}
