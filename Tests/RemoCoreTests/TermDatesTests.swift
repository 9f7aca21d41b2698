import RemoCore
import Testing

struct TermDatesTests {
    /// The worked examples of docs/domain.md 4.1.
    @Test(arguments: [
        ("2025-03-10", 1, "2025-04-30", "2026-04-30"),
        ("2025-03-01", 1, "2025-04-30", "2026-04-30"),
        ("2025-03-31", 1, "2025-04-30", "2026-04-30"),
        ("2025-03-10", 5, "2025-04-30", "2030-04-30"),
        ("2024-01-31", 1, "2024-02-29", "2025-02-28"),
        ("2025-11-15", 1, "2025-12-31", "2026-12-31"),
        ("2025-12-01", 1, "2026-01-31", "2027-01-31"),
        ("2028-01-05", 1, "2028-02-29", "2029-02-28"),
    ])
    func freePeriodAndExpiryFollowTheManual(assigned: String, years: Int, freeUntil: String, expires: String) throws {
        let dates = TermDates(assigned: try CalendarDate(parsing: assigned), years: years)
        #expect(dates.freeUntil.description == freeUntil)
        #expect(dates.expires.description == expires)
    }

    @Test func expiryIsAlwaysAMonthsLastDayAndFreePeriodIsOneToTwoMonths() throws {
        let start = try CalendarDate(parsing: "2023-01-01")
        for offset in 0..<(3 * 366) {
            let assigned = start.adding(days: offset)
            for years in [1, 5] {
                let dates = TermDates(assigned: assigned, years: years)
                #expect(dates.expires == dates.expires.endOfMonth)
                #expect(dates.freeUntil == dates.freeUntil.endOfMonth)
                #expect((28...61).contains(assigned.days(until: dates.freeUntil)))
                #expect(dates.expires.year == dates.freeUntil.year + years)
            }
        }
    }

    @Test func catalogueKnowsEveryPartOfTheManual() throws {
        #expect(Product.catalogue.count == 11)
        #expect(try Product.named("dg-jle100w-8a").packSize == 8)
        #expect(try Product.named("DG-JLE205W").term == .years(5))
        #expect(try Product.named("DG-JLE200W-A").connection == .cameraDirect)
        #expect(Product.perpetualPacks(for: .edgeStorage).map(\.packSize) == [64, 32, 16, 8, 4, 1])
        #expect(throws: Product.LookupError.unknownPart("DG-XYZ")) { try Product.named("DG-XYZ") }
        #expect(LicenseText.problems().isEmpty)
    }
}
