extension CoreText {
    public var english: String {
        switch self {
        case .dateMalformed: "\"{text}\" is not a date: write it as YYYY-MM-DD, for example 2026-04-30."
        case .dateNoSuchDay: "\"{text}\" is not a day on the calendar: check the month and the day."
        }
    }
}
