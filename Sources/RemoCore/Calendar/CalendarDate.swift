/// A day on the calendar (proleptic Gregorian), with no time and no time zone.
///
/// Every license date in remo is a `CalendarDate` in the account's time zone;
/// the arithmetic here is exact across month ends and leap years. Written and
/// parsed as ISO 8601 `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Comparable, Sendable {
    /// Why text is not a date.
    public enum ParseError: Error, Hashable, Sendable, MessageProviding {
        /// Not of the form `YYYY-MM-DD`.
        case malformed(String)
        /// Of the right form, but no such day (`2025-02-29`, `2025-13-01`).
        case noSuchDay(String)
        /// Not a month of the form `YYYY-MM` (from ``YearMonth``).
        case malformedMonth(String)
        /// Of the right form, but no such month (`2025-13`, from ``YearMonth``).
        case noSuchMonth(String)

        public var message: Message {
            switch self {
            case .malformed(let text): CoreText.dateMalformed(["text": .text(text)])
            case .noSuchDay(let text): CoreText.dateNoSuchDay(["text": .text(text)])
            case .malformedMonth(let text): CoreText.monthMalformed(["text": .text(text)])
            case .noSuchMonth(let text): CoreText.monthNoSuchMonth(["text": .text(text)])
            }
        }
    }

    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 28...31.
    public let day: Int

    /// A date from its parts.
    ///
    /// - Throws: ``ParseError/noSuchDay(_:)`` when the day does not exist.
    public init(year: Int, month: Int, day: Int) throws(ParseError) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else {
            throw .noSuchDay("\(year)-\(month)-\(day)")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// A date known to be valid; for arithmetic inside the core.
    init(unchecked year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else {
            throw .malformed(text)
        }
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw .noSuchDay(text)
        }
    }

    /// The date `dayNumber` days after 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        self.day = doy - (153 * mp + 2) / 5 + 1
        self.month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (self.month <= 2 ? 1 : 0)
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// The same day of the month `years` years later (earlier when negative); the
    /// month's last day when that day does not exist (2024-02-29 + 5 years is
    /// 2029-02-28).
    ///
    /// This is also where a period of whole years that starts on this date ends
    /// under Japanese Civil Code articles 140 and 143 (the first day is not
    /// counted; the period ends on the day before the corresponding day, or on the
    /// month's last day when there is none): "within 5 years of 2024-01-10" is up
    /// to and including 2029-01-10.
    public func adding(years: Int) -> CalendarDate {
        let month = YearMonth(unchecked: year, month).adding(months: 12 * years)
        return CalendarDate(
            unchecked: month.year, month.month, min(day, CalendarDate.daysIn(month: month.month, year: month.year)))
    }

    /// The number of days from this date to `other`: positive when `other` is later.
    public func days(until other: CalendarDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// The month this date is in.
    public var yearMonth: YearMonth { YearMonth(unchecked: year, month) }

    /// The last day of this date's month.
    public var endOfMonth: CalendarDate { yearMonth.lastDay }

    /// Whether `year` is a leap year.
    public static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The date for people: `2026-04-30` in English, `2026年4月30日` in Japanese.
    public func formatted(in language: Language) -> String {
        switch language {
        case .english: description
        case .japanese: "\(year)年\(month)月\(day)日"
        }
    }
}

extension CalendarDate: LosslessStringConvertible {
    /// `YYYY-MM-DD`, or nil when the text is not a date.
    public init?(_ description: String) {
        try? self.init(parsing: description)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension CalendarDate: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Zero-pads a non-negative number to `width` digits.
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
