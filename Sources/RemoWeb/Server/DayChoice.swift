public import RemoCore

/// The day the web app acts on: the clock (in the account's time zone), or a
/// day given at start (`remo serve --today D`, for a simulation ledger).
public enum DayChoice: Hashable, Sendable {
    case clock
    case given(CalendarDate)
}
