public import Foundation
public import RemoCore
public import RemoLedger

/// The one place the web app makes the ``RemoLedger/Acting`` every use case
/// takes: who acts (the session's user), the day asked for, if any (a
/// report's `?today=`, else `remo serve --today`), and the instant from its
/// clock. The day a use case acts on is the ledger's rule
/// (``RemoLedger/ChangeDay``), in the account's time zone, as for the command line.
public struct ActingSource: Sendable {
    public let day: DayChoice
    public let clock: LedgerClock

    public init(day: DayChoice, clock: LedgerClock = .system) {
        self.day = day
        self.clock = clock
    }

    /// Who acts now, and the day asked for.
    ///
    /// - Parameters:
    ///   - principal: who acts.
    ///   - reading: the day a reading asks about (`?today=` on a report), if any.
    ///   - client: where the request came from, for the library's attempt limits.
    public func acting(_ principal: Principal, reading: CalendarDate? = nil, from client: ClientAddress? = nil) -> Acting {
        let asked: CalendarDate? =
            switch (reading, day) {
            case (let asked?, _): asked
            case (nil, .given(let date)): date
            case (nil, .clock): nil
            }
        return Acting(principal, day: asked, now: clock.now(), address: client?.rawValue ?? "unknown")
    }
}
