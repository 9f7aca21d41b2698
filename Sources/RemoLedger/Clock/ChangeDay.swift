public import RemoCore

/// The ledger's clock rule, in one place: the day a change is dated and the
/// day a reading looks at. Every use case goes through it (``Acting/reading(in:)``
/// for readings, `LedgerWriter.dated(_:in:)` for changes), so that no front end
/// decides a day by itself.
///
/// - A reading or a plan looks at the day asked for, any day; else today by
///   the clock in the account's time zone.
/// - A change on a live ledger is dated by the clock in the account's time
///   zone; a day asked for is refused.
/// - A change on a simulation ledger is dated by the day asked for, else by
///   the clock; a day before the ledger's latest change is refused.
public enum ChangeDay {
    /// The day a reading looks at.
    ///
    /// - Parameters:
    ///   - asked: the day asked for, if any.
    ///   - clockDay: today by the clock in the account's time zone.
    public static func reading(asked: CalendarDate?, clockDay: CalendarDate) -> CalendarDate {
        asked ?? clockDay
    }

    /// The day a change is dated.
    ///
    /// - Parameters:
    ///   - asked: the day asked for, if any.
    ///   - clockDay: today by the clock in the account's time zone.
    ///   - ledger: the ledger's kind and its latest change.
    /// - Throws: ``ClockError/dayGivenOnLiveLedger(given:today:)``,
    ///   ``ClockError/beforeLatestChange(day:latest:)``.
    public static func change(asked: CalendarDate?, clockDay: CalendarDate, ledger: ClockState) throws(ClockError)
        -> CalendarDate
    {
        switch ledger.kind {
        case .live:
            if let asked { throw .dayGivenOnLiveLedger(given: asked, today: clockDay) }
            return clockDay
        case .simulation:
            let day = asked ?? clockDay
            if let latest = ledger.latestChange, day < latest { throw .beforeLatestChange(day: day, latest: latest) }
            return day
        }
    }
}

/// What the clock rule needs to know of a ledger: its kind and the day of its
/// latest change (the latest day in its audit log), kept in the store.
public struct ClockState: Hashable, Sendable {
    public var kind: LedgerKind
    /// The day of the latest change, nil for a ledger with none yet.
    public var latestChange: CalendarDate?

    public init(kind: LedgerKind, latestChange: CalendarDate?) {
        self.kind = kind
        self.latestChange = latestChange
    }
}
