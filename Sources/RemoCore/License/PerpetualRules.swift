/// The rules of perpetual licenses (P13, P21, docs/domain.md 4.2): a mistaken
/// assignment may be moved, or its type changed, only within 30 days; a license
/// may be re-applied to a repaired or replacement camera only within 5 years of
/// its first application.
///
/// **Decision** (docs/decisions.md, "Perpetual windows"): both windows count the
/// way Japanese Civil Code articles 140 and 143 count periods: the day of the
/// event is not counted, and the period ends at the end of its last day,
/// inclusive.
/// - *Within 30 days of assignment on A*: up to and including A + 30 days
///   (assigned 2025-01-01: the last day is 2025-01-31).
/// - *Within 5 years of first application on F*: up to and including the same
///   day of the month 5 years later, or that month's last day when the day does
///   not exist (first applied 2024-02-29: the last day is 2029-02-28).
public enum PerpetualRules {
    /// The number of days after assignment during which a perpetual license may be
    /// moved or change type.
    public static let changeWindowDays = 30
    /// The number of years after first application during which a perpetual
    /// license may be re-applied.
    public static let reapplicationWindowYears = 5

    /// What is done to a perpetual license after it was assigned to a camera.
    public enum Change: String, CaseIterable, Codable, Hashable, Sendable {
        /// Moved (振替) to another camera of the account.
        case move
        /// Its license type changed (割り当てライセンス種別の変更).
        case typeChange = "type-change"
    }

    /// Why a perpetual license may not be changed or re-applied.
    public enum Refusal: Error, Hashable, Sendable, MessageProviding {
        /// The 30-day window for moving it or changing its type has closed.
        case changeWindowClosed(Change, assigned: CalendarDate, lastDay: CalendarDate, on: CalendarDate)
        /// The 5-year window for re-applying it to a replacement camera has closed;
        /// `buy` is the part number to buy for the camera instead.
        case reapplicationWindowClosed(
            firstApplied: CalendarDate, lastDay: CalendarDate, on: CalendarDate, buy: String)

        public var message: Message {
            switch self {
            case .changeWindowClosed(let change, let assigned, let lastDay, let date):
                let arguments: KeyValuePairs<String, Message.Argument> = [
                    "assigned": .date(assigned), "lastDay": .date(lastDay), "date": .date(date),
                ]
                return change == .move
                    ? LicenseText.perpetualMoveWindowClosed(arguments)
                    : LicenseText.perpetualTypeChangeWindowClosed(arguments)
            case .reapplicationWindowClosed(let firstApplied, let lastDay, let date, let part):
                return LicenseText.perpetualReapplicationWindowClosed([
                    "firstApplied": .date(firstApplied), "lastDay": .date(lastDay), "date": .date(date),
                    "part": .text(part),
                ])
            }
        }
    }

    /// The last day a perpetual license assigned on `assigned` may be moved or
    /// change type.
    public static func lastChangeDay(assigned: CalendarDate) -> CalendarDate {
        assigned.adding(days: changeWindowDays)
    }

    /// The last day a perpetual license first applied on `firstApplied` may be
    /// re-applied to a replacement camera.
    public static func lastReapplicationDay(firstApplied: CalendarDate) -> CalendarDate {
        firstApplied.adding(years: reapplicationWindowYears)
    }

    /// Checks that a perpetual license assigned on `assigned` may undergo `change` on `date`.
    ///
    /// - Throws: ``Refusal/changeWindowClosed(_:assigned:lastDay:on:)`` after the 30th day.
    public static func checkChange(_ change: Change, assigned: CalendarDate, on date: CalendarDate) throws(Refusal) {
        let lastDay = lastChangeDay(assigned: assigned)
        guard date <= lastDay else {
            throw .changeWindowClosed(change, assigned: assigned, lastDay: lastDay, on: date)
        }
    }

    /// Checks that a perpetual license first applied on `firstApplied` to a camera of
    /// `connection` may be re-applied to a replacement on `date`.
    ///
    /// - Throws: ``Refusal/reapplicationWindowClosed(firstApplied:lastDay:on:buy:)``
    ///   after the 5-year window, naming the 1-camera perpetual pack to buy.
    public static func checkReapplication(firstApplied: CalendarDate, connection: Connection, on date: CalendarDate)
        throws(Refusal)
    {
        let lastDay = lastReapplicationDay(firstApplied: firstApplied)
        guard date <= lastDay else {
            let pack = Product.perpetualPacks(for: connection).last?.part ?? ""
            throw .reapplicationWindowClosed(firstApplied: firstApplied, lastDay: lastDay, on: date, buy: pack)
        }
    }
}
