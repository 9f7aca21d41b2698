/// A calendar month: the production month of a unit, the month a free period ends.
///
/// Written and parsed as `YYYY-MM`.
public struct YearMonth: Hashable, Comparable, Sendable {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int

    /// A month from its parts.
    ///
    /// - Throws: ``CalendarDate/ParseError/noSuchMonth(_:)`` when the month is out of range.
    public init(year: Int, month: Int) throws(CalendarDate.ParseError) {
        guard (1...9999).contains(year), (1...12).contains(month) else {
            throw .noSuchMonth("\(year)-\(month)")
        }
        self.init(unchecked: year, month)
    }

    init(unchecked year: Int, _ month: Int) {
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    ///
    /// - Throws: ``CalendarDate/ParseError/malformedMonth(_:)`` or
    ///   ``CalendarDate/ParseError/noSuchMonth(_:)`` naming the text.
    public init(parsing text: String) throws(CalendarDate.ParseError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1])
        else {
            throw .malformedMonth(text)
        }
        do {
            try self.init(year: year, month: month)
        } catch {
            throw .noSuchMonth(text)
        }
    }

    /// The month `months` later (earlier when negative).
    public func adding(months: Int) -> YearMonth {
        let index = year * 12 + (month - 1) + months
        return YearMonth(unchecked: index / 12, index % 12 + 1)
    }

    /// The first day of the month.
    public var firstDay: CalendarDate { CalendarDate(unchecked: year, month, 1) }

    /// The last day of the month.
    public var lastDay: CalendarDate {
        CalendarDate(unchecked: year, month, CalendarDate.daysIn(month: month, year: year))
    }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// The month for people: `2024-07` in English, `2024年7月` in Japanese.
    public func formatted(in language: Language) -> String {
        switch language {
        case .english: description
        case .japanese: "\(year)年\(month)月"
        }
    }
}

extension YearMonth: LosslessStringConvertible {
    /// `YYYY-MM`, or nil when the text is not a month.
    public init?(_ description: String) {
        try? self.init(parsing: description)
    }

    /// `YYYY-MM`.
    public var description: String { "\(pad(year, 4))-\(pad(month, 2))" }
}

extension YearMonth: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
