import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// Issue 21 item 6: `license assign` says, per camera it renews early, the days lost.
struct EarlyRenewalTests {
    let taro = Harness.email("taro@example.jp")
    let partner = Harness.code("P001")

    /// An account whose cameras run on term licenses assigned on `assigned` (one camera each).
    func harness(_ store: StoreKind, cameras assigned: [String]) async throws -> Harness {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 10, on: "2024-01-01")
        for (index, day) in assigned.enumerated() {
            try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: day)
            _ = try await harness.ledger.addCamera(
                to: taro, site: "本社", connection: .edgeStorage, name: "c\(index + 1)", by: Harness.acting(on: day))
        }
        return harness
    }

    func preview(_ harness: Harness, count: Int = 1, on day: String) async throws -> [RenewedCamera] {
        try await harness.ledger.assignmentPreview(
            partner: partner, customer: taro, part: "DG-JLE101W", count: count, by: Harness.acting(on: day))
    }

    /// The manual's example: expiry 2026-04-30 (assigned 2025-03-10).
    @Test(arguments: StoreKind.cases, [
        ("2026-02-15", 30, "2026-03-01"), ("2026-02-28", 30, "2026-03-01"), ("2026-03-01", 0, "2026-03-01"),
        ("2026-04-20", 0, "2026-03-01"), ("2026-04-30", 0, "2026-03-01"), ("2025-12-31", 89, "2026-03-01"),
    ])
    func eachRenewedCameraHasItsDaysLost(_ store: StoreKind, _ example: (day: String, lost: Int, lossFreeFrom: String)) async throws {
        let (day, lost, lossFreeFrom) = example
        let harness = try await harness(store, cameras: ["2025-03-10"])
        let renewed = try await preview(harness, on: day)
        #expect(renewed.count == 1)
        #expect(renewed.first?.renewal.currentExpiry.description == "2026-04-30")
        #expect(renewed.first?.renewal.daysLost == lost)
        #expect(renewed.first?.renewal.lossFreeFrom.description == lossFreeFrom)
        let result = try await harness.ledger.assignLicenses(
            partner: partner, customer: taro, part: "DG-JLE101W", count: 1, confirmed: true, by: Harness.acting(on: day))
        #expect(result.renewals == renewed)
        let json = try JSONDocument.bytes(AssignmentDocument(result))
        #expect(String(decoding: json, as: UTF8.self).contains("\"daysLost\" : \(lost)"))
    }

    @Test(arguments: StoreKind.cases) func theSoonestExpiriesAreRenewedFirstAfterThoseAWaitingLicenseRenews(_ store: StoreKind) async throws {
        // c1 expires 2026-04-30, c2 2026-05-31, c3 2026-06-30.
        let harness = try await harness(store, cameras: ["2025-03-10", "2025-04-10", "2025-05-10"])
        let two = try await preview(harness, count: 2, on: "2026-02-15")
        #expect(two.map(\.name) == ["c1", "c2"])
        #expect(two.map(\.renewal.daysLost) == [30, 61])
        // One license already waits in the account: it renews c1, so one more renews c2.
        try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2026-02-01")
        #expect(try await preview(harness, count: 1, on: "2026-02-15").map(\.name) == ["c2"])
        #expect(try await preview(harness, count: 5, on: "2026-02-15").map(\.name) == ["c2", "c3"])
    }

    @Test(arguments: StoreKind.cases) func nothingIsRenewedForAnExpiredCameraOrAPerpetualPart(_ store: StoreKind) async throws {
        let harness = try await harness(store, cameras: ["2024-01-10"])
        // c1 expired on 2025-02-28.
        #expect(try await preview(harness, on: "2025-03-01").isEmpty)
        #expect(try await preview(harness, on: "2025-02-28").first?.renewal.daysLost == 0)
        let perpetual = try await harness.ledger.assignmentPreview(
            partner: partner, customer: taro, part: "DG-JLE100W-A", count: 1, by: Harness.acting(on: "2025-02-01"))
        #expect(perpetual.isEmpty)
    }

    @Test(arguments: StoreKind.cases) func theAdviceNamesTheCameraInBothLanguages(_ store: StoreKind) async throws {
        let harness = try await harness(store, cameras: ["2025-03-10"])
        let renewed = try #require(try await preview(harness, on: "2026-02-15").first)
        let english = Language.$current.withValue(.english) { renewed.advice.description }
        let japanese = Language.$current.withValue(.japanese) { renewed.advice.description }
        #expect(english.contains("Camera 1 (c1)") && english.contains("30 days"))
        #expect(japanese.contains("カメラ 1 (c1)") && japanese.contains("30"))
    }
}
