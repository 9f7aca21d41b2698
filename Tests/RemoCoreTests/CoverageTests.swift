import RemoCore
import Testing

struct CoverageTests {
    private func term(_ assigned: String, years: Int = 1, boundOn: String? = nil, unboundOn: String? = nil) throws
        -> LicenseBinding
    {
        let dates = TermDates(assigned: try date(assigned), years: years)
        return try LicenseBinding(
            term: dates, boundOn: try date(boundOn ?? assigned), unboundOn: try unboundOn.map(date))
    }

    @Test func newLicenseIsFreeThenActiveThenExpiringThenExpired() throws {
        // Assigned 2025-03-10: free until 2025-04-30, expires 2026-04-30 (docs/domain.md 4.1).
        let bindings = [try term("2025-03-10")]
        let cases: [(String, LicenseStatus, Int?)] = [
            ("2025-03-10", .free, 416), ("2025-04-30", .free, 365), ("2025-05-01", .active, 364),
            ("2026-01-29", .active, 91), ("2026-01-30", .expiring, 90), ("2026-04-30", .expiring, 0),
            ("2026-05-01", .expired, nil),
        ]
        for (day, status, daysLeft) in cases {
            let coverage = Coverage(of: bindings, on: try date(day))
            #expect(coverage.status == status, "\(day)")
            #expect(coverage.daysLeft == daysLeft, "\(day)")
        }
        #expect(Coverage(of: bindings, on: try date("2026-06-01")).lastCoveredDay == (try date("2026-04-30")))
    }

    @Test func expiringStartsOnTheDayOfThePartnersFirstNotice() throws {
        let expires = try date("2026-04-30")
        let first = try #require(NoticeSchedule.notices(expiring: expires).first)
        let bindings = [try term("2025-03-10")]
        #expect(Coverage(of: bindings, on: first.date).status == .expiring)
        #expect(Coverage(of: bindings, on: first.date.adding(days: -1)).status == .active)
    }

    @Test func cameraWithoutBindingsIsUnlicensed() throws {
        let coverage = Coverage(of: [], on: try date("2026-01-01"))
        #expect(coverage.status == .unlicensed)
        #expect(coverage.daysLeft == nil)
        #expect(coverage.lastCoveredDay == nil)
    }

    @Test func bindingMadeLaterDoesNotCountYet() throws {
        let bindings = [try term("2025-03-10", boundOn: "2025-06-01")]
        #expect(Coverage(of: bindings, on: try date("2025-05-31")).status == .unlicensed)
        #expect(Coverage(of: bindings, on: try date("2025-06-01")).status == .active)
    }

    @Test func licenseBoundLateStillExpiresOnItsOwnDate() throws {
        // Bound a year after assignment: the dates are not restarted.
        let coverage = Coverage(of: [try term("2025-03-10", boundOn: "2026-03-01")], on: try date("2026-03-01"))
        #expect(coverage.status == .expiring)
        #expect(coverage.lastCoveredDay == (try date("2026-04-30")))
    }

    @Test func renewalBoundTheDayAfterExpiryJoinsTheCoverage() throws {
        // Renewal assigned 2026-04-20, bound automatically on 2026-05-01 (the day after expiry).
        let bindings = [try term("2025-03-10"), try term("2026-04-20", boundOn: "2026-05-01")]
        let before = Coverage(of: bindings, on: try date("2026-04-30"))
        #expect(before.status == .expiring)  // the renewal is not bound yet on the 30th
        let after = Coverage(of: bindings, on: try date("2026-05-01"))
        #expect(after.status == .free)  // in the renewal's free period, which bridges the old expiry
        #expect(after.lastCoveredDay == (try date("2027-05-31")))
        #expect(after.daysLeft == 395)
    }

    @Test func overlappingRenewalBoundEarlyExtendsTheRun() throws {
        // Renewal assigned and bound by hand 2026-02-15: paid from 2026-04-01, 30 days overlap.
        let bindings = [try term("2025-03-10"), try term("2026-02-15")]
        let coverage = Coverage(of: bindings, on: try date("2026-03-01"))
        #expect(coverage.status == .active)  // the old license is in its paid term
        #expect(coverage.lastCoveredDay == (try date("2027-03-31")))
    }

    @Test func perpetualLicenseCoversFromItsBindingWithoutEnd() throws {
        let bindings = [try LicenseBinding(perpetualBoundOn: try date("2025-01-10"))]
        #expect(Coverage(of: bindings, on: try date("2025-01-09")).status == .unlicensed)
        let coverage = Coverage(of: bindings, on: try date("2099-12-31"))
        #expect(coverage.status == .perpetual)
        #expect(coverage.daysLeft == nil)
    }

    @Test func licenseMovedAwayLeavesTheCameraUnlicensed() throws {
        let bindings = [try term("2025-03-10", unboundOn: "2025-04-10")]
        #expect(Coverage(of: bindings, on: try date("2025-04-09")).status == .free)
        let after = Coverage(of: bindings, on: try date("2025-04-10"))
        #expect(after.status == .unlicensed)
        #expect(after.lastCoveredDay == (try date("2025-04-09")))
        // On a day before the move, the move is not known yet.
        #expect(Coverage(of: bindings, on: try date("2025-04-01")).lastCoveredDay == (try date("2026-04-30")))
    }

    @Test func expiredLicenseCannotBeBound() throws {
        let dates = TermDates(assigned: try date("2025-03-10"), years: 1)
        #expect(throws: LicenseBinding.BindingError.licenseExpired(expires: dates.expires, boundOn: try date("2026-05-01"))) {
            try LicenseBinding(term: dates, boundOn: try date("2026-05-01"))
        }
        #expect(throws: Never.self) { try LicenseBinding(term: dates, boundOn: try date("2026-04-30")) }
        #expect(throws: LicenseBinding.BindingError.self) {
            try LicenseBinding(perpetualBoundOn: try date("2025-01-10"), unboundOn: try date("2025-01-10"))
        }
    }

    @Test func daysLeftCountsAcrossLeapDayAndYearEnd() throws {
        // Assigned 2027-12-15: free until 2028-01-31, expires 2029-01-31.
        let bindings = [try term("2027-12-15")]
        let coverage = Coverage(of: bindings, on: try date("2028-02-28"))
        #expect(coverage.daysLeft == 366 - 28)  // a year over 2028-02-29, less February 2029's 28 days
    }

    @Test func statusesHaveNamesInBothLanguages() {
        #expect(LicenseStatus.expiring.name.rendered(in: .japanese) == "期限間近")
        #expect(LicenseStatus.unlicensed.name.rendered(in: .japanese) == "未割り当て")
        #expect(LicenseStatus.free.name.rendered(in: .japanese) == "無料期間中")
        #expect(Set(LicenseStatus.allCases.map { $0.name.rendered(in: .english) }).count == 6)
    }
}
