public import Foundation
public import RemoCore
public import RemoLedger

/// The one place the web app makes the ``RemoLedger/Acting`` every use case
/// takes: who acts (the session's user), on which day (``DayChoice``) and when.
/// When the ledger's clock rules change what an `Acting` holds, this is the
/// one function to change.
public struct ActingSource: Sendable {
    public let day: DayChoice

    public init(day: DayChoice) {
        self.day = day
    }

    /// Who acts now, and on which day.
    ///
    /// - Parameters:
    ///   - principal: who acts.
    ///   - reading: the day a reading asks about (`?today=` on a report), if any.
    ///   - now: the moment.
    ///   - client: where the request came from, for the library's attempt limits.
    public func acting(
        _ principal: Principal, reading: CalendarDate? = nil, now: Date = Date(), from client: ClientAddress? = nil
    ) -> Acting {
        let today: CalendarDate
        switch (reading, day) {
        case (let asked?, _): today = asked
        case (nil, .given(let date)): today = date
        case (nil, .clock): today = Self.calendarDay(of: now)
        }
        return Acting(principal, today: today, now: now, address: client?.rawValue ?? "unknown")
    }

    /// The day `now` falls on in the service's time zone (Asia/Tokyo).
    static func calendarDay(of now: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return (try? CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1))
            ?? CalendarDate(dayNumber: 0)
    }
}
