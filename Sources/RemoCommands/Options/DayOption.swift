package import Foundation
package import RemoCore

/// Options that take `--today` (``GlobalOptions``, ``ToolOptions``).
package protocol DayOption {
    /// `--today`, when given.
    var today: CalendarDate? { get }
}

extension DayOption {
    /// The date the command acts on: `--today`, else today in `timeZone`.
    package func resolvedToday(in timeZone: TimeZone = .remoDefault, now: Date = Date()) -> CalendarDate {
        today ?? CalendarDate(now, in: timeZone)
    }
}
