import RemoCore
import Testing

struct RenewalTests {
    @Test func lateRenewalLosesNothing() throws {
        // docs/domain.md 4.1: current expiry 2026-04-30, renewal assigned 2026-04-20.
        let renewal = Renewal(currentExpiry: try date("2026-04-30"), assignOn: try date("2026-04-20"), years: 1)
        #expect(renewal.dates.freeUntil == (try date("2026-05-31")))
        #expect(renewal.dates.expires == (try date("2027-05-31")))
        #expect(renewal.daysLost == 0)
        #expect(renewal.gapDays == 0)
    }

    @Test func earlyRenewalLosesTheOverlap() throws {
        // docs/domain.md 4.1: renewal assigned 2026-02-15: term 2026-04-01 … 2027-03-31, 30 days lost.
        let renewal = Renewal(currentExpiry: try date("2026-04-30"), assignOn: try date("2026-02-15"), years: 1)
        #expect(renewal.dates.freeUntil == (try date("2026-03-31")))
        #expect(renewal.dates.paidFrom == (try date("2026-04-01")))
        #expect(renewal.dates.expires == (try date("2027-03-31")))
        #expect(renewal.daysLost == 30)
        #expect(renewal.lossFreeFrom == (try date("2026-03-01")))
        #expect(renewal.advice.rendered(in: .english).contains("30 days"))
        #expect(renewal.advice.rendered(in: .japanese).contains("2026年3月1日"))
    }

    @Test func renewalAfterTheDayAfterExpiryLeavesAGap() throws {
        let expiry = try date("2026-04-30")
        #expect(Renewal(currentExpiry: expiry, assignOn: try date("2026-05-01"), years: 1).gapDays == 0)
        #expect(Renewal(currentExpiry: expiry, assignOn: try date("2026-05-04"), years: 1).gapDays == 3)
    }

    @Test func firstLossFreeDayLosesNothingAndTheDayBeforeLoses() throws {
        // Every expiry from 2023 to 2031 (month ends and other days), both terms.
        var expiry = try date("2023-01-01")
        while expiry <= (try date("2031-12-31")) {
            for years in [1, 5] {
                let from = Renewal.lossFreeFrom(currentExpiry: expiry)
                #expect(Renewal(currentExpiry: expiry, assignOn: from, years: years).daysLost == 0)
                #expect(Renewal(currentExpiry: expiry, assignOn: from.adding(days: -1), years: years).daysLost >= 1)
                // Assigning later never loses more.
                #expect(Renewal(currentExpiry: expiry, assignOn: from.adding(days: 40), years: years).daysLost == 0)
            }
            expiry = expiry.adding(days: 3)
        }
    }

    @Test func lossIsExactAcrossLeapFebruary() throws {
        // Expiry 2028-03-31; assigned 2028-01-20: free until 2028-02-29, paid from 2028-03-01: 31 days lost.
        let renewal = Renewal(currentExpiry: try date("2028-03-31"), assignOn: try date("2028-01-20"), years: 5)
        #expect(renewal.daysLost == 31)
        #expect(renewal.lossFreeFrom == (try date("2028-02-01")))
        #expect(renewal.dates.expires == (try date("2033-02-28")))
    }

    @Test func lossFreeDayCrossesYearEnd() throws {
        #expect(Renewal.lossFreeFrom(currentExpiry: try date("2027-01-31")) == (try date("2026-12-01")))
    }

    /// Issue 21 item 7, the numbers: for an expiry of 2026-04-30,
    /// assigning from 2026-04-01 gives 2027-05-31, a month more than March.
    @Test func theLossFreeWindowIsAMonthEachAndTheLastGivesTheLatestExpiry() throws {
        let renewal = Renewal(currentExpiry: try date("2026-04-30"), assignOn: try date("2026-02-15"), years: 1)
        #expect(renewal.windows == [
            RenewalWindow(from: try date("2026-03-01"), through: try date("2026-03-31"), expires: try date("2027-04-30")),
            RenewalWindow(from: try date("2026-04-01"), through: try date("2026-04-30"), expires: try date("2027-05-31")),
        ])
        #expect(renewal.bestWindow.expires == (try date("2027-05-31")))
        let english = Language.$current.withValue(.english) { renewal.windowAdvice.description }
        #expect(english.contains("2026-03-01") && english.contains("2026-04-30") && english.contains("2027-05-31"))
        let japanese = Language.$current.withValue(.japanese) { renewal.windowAdvice.description }
        #expect(japanese.contains("2026年4月1日") && japanese.contains("2027年5月31日"))
    }

    @Test(arguments: [
        // Leap February, a year end, a 5-year term.
        ("2028-02-29", 1, "2028-02-01", "2029-03-31"), ("2027-01-31", 1, "2027-01-01", "2028-02-29"),
        ("2030-04-30", 5, "2030-04-01", "2035-05-31"),
    ])
    func theBestWindowStartsOnTheFirstDayOfTheExpiryMonth(expiry: String, years: Int, best: String, expires: String) throws {
        let (end, bestFrom, bestExpires) = (try date(expiry), try date(best), try date(expires))
        let windows = Renewal.windows(currentExpiry: end, years: years)
        #expect(windows.count == 2)
        #expect(windows.last?.from == bestFrom)
        #expect(windows.last?.through == end)
        #expect(windows.last?.expires == bestExpires)
        // Every day of every window loses nothing and leaves no gap, and gives the window's expiry.
        for window in windows {
            var day = window.from
            while day <= window.through {
                let renewal = Renewal(currentExpiry: end, assignOn: day, years: years)
                #expect(renewal.daysLost == 0)
                #expect(renewal.gapDays == 0)
                #expect(renewal.dates.expires == window.expires)
                day = day.adding(days: 1)
            }
        }
        let early = Renewal(currentExpiry: end, assignOn: windows[0].from.adding(days: -1), years: years)
        #expect(early.daysLost > 0)
    }
}
