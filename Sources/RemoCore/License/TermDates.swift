/// The dates of a term license, fixed the day it is assigned to a contract user
/// (P5, docs/domain.md 4.1).
///
/// **Decision** (docs/decisions.md, "Free period"): the free period runs from the
/// assignment date to the last day of the following month; the paid term of N
/// years runs from the next day; the license expires on the last day of the free
/// period's month, N years later. All dates are calendar dates in the account's
/// time zone, inclusive.
///
/// ```swift
/// let dates = TermDates(assigned: "2025-03-10", years: 1)  // free until 2025-04-30, expires 2026-04-30
/// ```
public struct TermDates: Hashable, Sendable, Codable {
    /// The day the license was assigned to the contract user; its term counts from here.
    public let assigned: CalendarDate
    /// The last day of the free period.
    public let freeUntil: CalendarDate
    /// The last day the license is valid.
    public let expires: CalendarDate

    /// The dates of a license of `years` years assigned on `assigned`.
    public init(assigned: CalendarDate, years: Int) {
        precondition(years > 0, "a term license lasts at least one year")
        self.assigned = assigned
        let freeMonth = assigned.yearMonth.adding(months: 1)
        self.freeUntil = freeMonth.lastDay
        self.expires = freeMonth.adding(months: 12 * years).lastDay
    }

    /// The first day of the paid term.
    public var paidFrom: CalendarDate { freeUntil.adding(days: 1) }
}
