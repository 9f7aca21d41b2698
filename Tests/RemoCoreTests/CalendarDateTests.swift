import RemoCore
import Testing

struct CalendarDateTests {
    @Test(arguments: ["2024-02-29", "2025-12-31", "1970-01-01", "2000-02-29", "9999-12-31"])
    func parsesAndWritesISODates(_ text: String) throws {
        #expect(try CalendarDate(parsing: text).description == text)
    }

    @Test(arguments: ["2025-02-29", "1900-02-29", "2025-13-01", "2025-04-31", "2025-00-10"])
    func rejectsDaysNotOnTheCalendar(_ text: String) {
        #expect(throws: CalendarDate.ParseError.noSuchDay(text)) { try CalendarDate(parsing: text) }
    }

    @Test(arguments: ["", "2025-3-01", "25-03-01", "2025/03/01", "2025-03-01T00:00", "２０２５-03-01"])
    func rejectsTextThatIsNotADate(_ text: String) {
        #expect(throws: CalendarDate.ParseError.malformed(text)) { try CalendarDate(parsing: text) }
    }

    @Test func dayNumbersRoundTripOverFourHundredYears() {
        var previous = CalendarDate(dayNumber: -146_097 - 1)
        for number in -146_097...146_097 {
            let date = CalendarDate(dayNumber: number)
            #expect(date.dayNumber == number)
            #expect(previous < date)
            previous = date
        }
    }

    @Test func countsDaysAcrossLeapYearsAndYearEnds() throws {
        let start = try CalendarDate(parsing: "2023-12-31")
        #expect(start.days(until: try CalendarDate(parsing: "2024-03-01")) == 61)
        #expect(start.adding(days: 366).description == "2024-12-31")
        #expect(try CalendarDate(parsing: "2024-02-28").endOfMonth.description == "2024-02-29")
    }

    @Test func monthsAddAcrossYearEnds() throws {
        let month = try YearMonth(parsing: "2025-11")
        #expect(month.adding(months: 2).description == "2026-01")
        #expect(month.adding(months: -11).description == "2024-12")
        #expect(month.adding(months: 63).lastDay.description == "2031-02-28")
    }

    @Test func yearsAddToTheSameDayOrTheMonthsLastDay() throws {
        #expect(try CalendarDate(parsing: "2024-02-29").adding(years: 5).description == "2029-02-28")
        #expect(try CalendarDate(parsing: "2024-02-29").adding(years: 4).description == "2028-02-29")
        #expect(try CalendarDate(parsing: "2025-12-31").adding(years: 1).description == "2026-12-31")
        #expect(try CalendarDate(parsing: "2028-02-29").adding(years: -1).description == "2027-02-28")
    }

    @Test func monthsParseWithTheirOwnErrors() {
        #expect(throws: CalendarDate.ParseError.malformedMonth("2024-7")) { try YearMonth(parsing: "2024-7") }
        #expect(throws: CalendarDate.ParseError.noSuchMonth("2024-13")) { try YearMonth(parsing: "2024-13") }
        #expect(CalendarDate.ParseError.malformedMonth("x").message.rendered(in: .english).contains("YYYY-MM"))
    }

    @Test func formatsDatesForEachLanguage() throws {
        let date = try CalendarDate(parsing: "2026-04-30")
        #expect(date.formatted(in: .english) == "2026-04-30")
        #expect(date.formatted(in: .japanese) == "2026年4月30日")
        #expect(try YearMonth(parsing: "2024-07").formatted(in: .japanese) == "2024年7月")
    }
}
