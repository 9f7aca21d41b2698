extension CoreText {
    public var english: String {
        switch self {
        case .dateMalformed: "\"{text}\" is not a date: write it as YYYY-MM-DD, for example 2026-04-30."
        case .dateNoSuchDay: "\"{text}\" is not a day on the calendar: check the month and the day."
        case .monthMalformed: "\"{text}\" is not a month: write it as YYYY-MM, for example 2024-07."
        case .monthNoSuchMonth: "\"{text}\" is not a month on the calendar: the month must be 01 to 12."
        }
    }
}
