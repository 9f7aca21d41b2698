import RemoCore
import Testing

struct PerpetualRulesTests {
    @Test func moveIsAllowedUpToTheThirtiethDayAfterAssignment() throws {
        let assigned = try date("2025-01-01")
        #expect(PerpetualRules.lastChangeDay(assigned: assigned) == (try date("2025-01-31")))
        #expect(throws: Never.self) { try PerpetualRules.checkChange(.move, assigned: assigned, on: try date("2025-01-31")) }
        #expect(throws: PerpetualRules.Refusal.changeWindowClosed(
            .move, assigned: assigned, lastDay: try date("2025-01-31"), on: try date("2025-02-01"))
        ) {
            try PerpetualRules.checkChange(.move, assigned: assigned, on: try date("2025-02-01"))
        }
    }

    @Test func changeWindowCrossesLeapFebruary() throws {
        #expect(PerpetualRules.lastChangeDay(assigned: try date("2028-02-10")) == (try date("2028-03-11")))
        #expect(PerpetualRules.lastChangeDay(assigned: try date("2027-02-10")) == (try date("2027-03-12")))
        #expect(PerpetualRules.lastChangeDay(assigned: try date("2025-12-15")) == (try date("2026-01-14")))
    }

    @Test func typeChangeRefusalNamesTheRuleAndTheDates() throws {
        let assigned = try date("2025-01-01")
        let day = try date("2025-03-01")
        do {
            try PerpetualRules.checkChange(.typeChange, assigned: assigned, on: day)
            Issue.record("a type change after 30 days must be refused")
        } catch {
            let english = error.message.rendered(in: .english)
            #expect(english.contains("30 days") && english.contains("2025-01-31") && english.contains("type"))
            #expect(error.message.rendered(in: .japanese).contains("2025年1月31日"))
        }
    }

    @Test func reapplicationIsAllowedWithinFiveYearsInclusive() throws {
        let first = try date("2025-06-15")
        #expect(PerpetualRules.lastReapplicationDay(firstApplied: first) == (try date("2030-06-15")))
        #expect(throws: Never.self) {
            try PerpetualRules.checkReapplication(firstApplied: first, connection: .edgeStorage, on: try date("2030-06-15"))
        }
        #expect(throws: PerpetualRules.Refusal.self) {
            try PerpetualRules.checkReapplication(firstApplied: first, connection: .edgeStorage, on: try date("2030-06-16"))
        }
    }

    @Test func fiveYearsFromLeapDayEndOnTheTwentyEighth() throws {
        let first = try date("2024-02-29")
        #expect(PerpetualRules.lastReapplicationDay(firstApplied: first) == (try date("2029-02-28")))
        #expect(PerpetualRules.lastReapplicationDay(firstApplied: try date("2023-02-28")) == (try date("2028-02-28")))
        #expect(PerpetualRules.lastReapplicationDay(firstApplied: try date("2027-02-28")) == (try date("2032-02-28")))
    }

    @Test func lateReapplicationSuggestsThePackToBuy() throws {
        let first = try date("2024-02-29")
        let day = try date("2029-03-01")
        for (connection, part) in [(Connection.edgeStorage, "DG-JLE100W-A"), (.cameraDirect, "DG-JLE200W-A")] {
            do {
                try PerpetualRules.checkReapplication(firstApplied: first, connection: connection, on: day)
                Issue.record("re-application after 5 years must be refused")
            } catch {
                guard case .reapplicationWindowClosed(_, let lastDay, _, let buy) = error else {
                    Issue.record("wrong refusal \(error)")
                    continue
                }
                #expect(buy == part)
                #expect(lastDay == (try date("2029-02-28")))
                #expect(error.message.rendered(in: .english).contains(part))
                #expect(error.message.rendered(in: .japanese).contains("5年以内"))
            }
        }
    }
}
