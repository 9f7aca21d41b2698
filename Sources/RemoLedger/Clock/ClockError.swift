public import RemoCore

/// Why a change cannot be dated as asked (``ChangeDay``).
public enum ClockError: Error, Hashable, Sendable, MessageProviding {
    /// A day was given for a change on a live ledger, which follows the clock.
    case dayGivenOnLiveLedger(given: CalendarDate, today: CalendarDate)
    /// A simulation's change dated before its latest change: its days only move forward.
    case beforeLatestChange(day: CalendarDate, latest: CalendarDate)

    public var message: Message {
        switch self {
        case .dayGivenOnLiveLedger(let given, let today):
            LedgerText.clockDayGivenOnLive(["given": .date(given), "today": .date(today)])
        case .beforeLatestChange(let day, let latest):
            LedgerText.clockBeforeLatestChange(["day": .date(day), "latest": .date(latest)]).suggesting(.giveDayFrom(latest))
        }
    }
}
