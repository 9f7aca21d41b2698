import RemoCore
import Testing

struct AutomaticAssignmentTests {
    private func license(_ id: Int, _ connection: Connection, assigned: String, years: Int = 1) throws
        -> UnboundLicense<Int>
    {
        UnboundLicense(id: id, connection: connection, dates: TermDates(assigned: try date(assigned), years: years))
    }

    @Test func oldestAssignmentOfTheSameConnectionIsBoundTheDayAfterExpiry() throws {
        let pool = [
            try license(1, .edgeStorage, assigned: "2026-04-20"),
            try license(2, .cameraDirect, assigned: "2026-01-05"),
            try license(3, .edgeStorage, assigned: "2026-03-02"),
        ]
        let assignment = try #require(
            AutomaticAssignment(for: .edgeStorage, coverageEnds: try date("2026-04-30"), pool: pool))
        #expect(assignment.license.id == 3)
        #expect(assignment.bindOn == (try date("2026-05-01")))
    }

    @Test func tiesGoToTheEarlierExpiryThenTheSmallerID() throws {
        let pool = [
            try license(9, .edgeStorage, assigned: "2026-03-02", years: 5),
            try license(8, .edgeStorage, assigned: "2026-03-02", years: 1),
            try license(7, .edgeStorage, assigned: "2026-03-02", years: 1),
        ]
        let assignment = AutomaticAssignment(for: .edgeStorage, coverageEnds: try date("2026-04-30"), pool: pool)
        #expect(assignment?.license.id == 7)
    }

    @Test func expiredOrNotYetAssignedLicensesAreSkipped() throws {
        let pool = [
            try license(1, .edgeStorage, assigned: "2025-01-10"),  // expires 2026-02-28
            try license(2, .edgeStorage, assigned: "2026-05-02"),  // assigned after the binding day
        ]
        #expect(AutomaticAssignment(for: .edgeStorage, coverageEnds: try date("2026-04-30"), pool: pool) == nil)
        // Expiring on the binding day itself still counts.
        let lastDay = [try license(3, .edgeStorage, assigned: "2025-03-10")]  // expires 2026-04-30
        #expect(AutomaticAssignment(for: .edgeStorage, coverageEnds: try date("2026-04-29"), pool: lastDay) != nil)
        #expect(AutomaticAssignment(for: .edgeStorage, coverageEnds: try date("2026-04-30"), pool: lastDay) == nil)
    }

    @Test func noLicenseOfTheConnectionMeansNoAssignment() throws {
        let pool = [try license(1, .cameraDirect, assigned: "2026-04-01")]
        #expect(AutomaticAssignment(for: .edgeStorage, coverageEnds: try date("2026-04-30"), pool: pool) == nil)
    }

    @Test func bindingDayCrossesYearEndAndLeapDay() throws {
        let pool = [try license(1, .edgeStorage, assigned: "2027-12-01")]
        #expect(
            AutomaticAssignment(for: .edgeStorage, coverageEnds: try date("2027-12-31"), pool: pool)?.bindOn
                == (try date("2028-01-01")))
        #expect(
            AutomaticAssignment(for: .edgeStorage, coverageEnds: try date("2028-02-28"), pool: pool)?.bindOn
                == (try date("2028-02-29")))
    }
}
