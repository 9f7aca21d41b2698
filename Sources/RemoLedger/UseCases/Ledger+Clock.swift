public import Foundation
public import RemoCore

extension Ledger {
    /// The ledger's kind and the day of its latest change.
    public func clockState() async throws -> ClockState {
        try await store.read { records in try records.clockState() }
    }

    /// Checks, before a front end starts, the day it will act on for every
    /// change (`remo serve --today`): nil (the clock) on any ledger; a day only
    /// on a simulation ledger, and not before its latest change.
    ///
    /// - Parameters:
    ///   - day: the day given, if any.
    ///   - now: the instant, for the clock's day in the service's time zone.
    /// - Returns: the ledger's kind and latest change.
    /// - Throws: ``ClockError``, ``LedgerStoreError``.
    public func checkActingDay(_ day: CalendarDate?, now: Date) async throws -> ClockState {
        let state = try await clockState()
        let clockDay = LedgerClock.day(of: now, in: settings.defaultTimeZone)
        _ = try ChangeDay.change(asked: day, clockDay: clockDay, ledger: state)
        return state
    }
}
