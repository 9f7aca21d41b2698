import Foundation
import GRDB
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// Issue 21 item 2 (P21): a failed camera back from repair, or its replacement,
/// gets its perpetual license again within 5 years of the first application.
struct RepairTests {
    let taro = Harness.email("taro@example.jp")
    let card = ("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")

    /// An account whose camera "entrance" took a perpetual license on `applied` and failed on `failed`.
    func failedCamera(_ store: StoreKind, applied: String = "2025-03-10", failed: String = "2028-06-01") async throws
        -> (Harness, Camera, License.ID)
    {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        let license = try #require(try await harness.cards([card], on: applied).items.first?.licenses.first)
        let camera = try await harness.camera("entrance", on: applied)
        _ = try await harness.ledger.bindLicense(to: camera.id, of: taro, by: Harness.acting(on: applied))
        _ = try await harness.ledger.markCameraFailed(camera.id, of: taro, by: Harness.acting(on: failed))
        return (harness, camera, license)
    }

    @Test(arguments: StoreKind.cases) func theSameCameraBackFromRepairGetsItsLicenseAgainAndReturnsToService(_ store: StoreKind) async throws {
        let (harness, camera, license) = try await failedCamera(store)
        let binding = try await harness.ledger.reapplyPerpetualLicense(
            from: camera.id, to: camera.id, of: taro, by: Harness.acting(on: "2028-07-15"))
        #expect(binding.method == .reapplication && binding.cameraID == camera.id)
        #expect(try await harness.bound(to: camera) == [license])
        let repaired = try #require(try await harness.ledger.cameras(of: taro, by: Harness.acting()).first)
        #expect(repaired.failedOn == nil)
        let coverage = try await harness.store.read { try $0.coverage(ofCamera: camera.id, on: CalendarDate("2028-07-15")!) }
        #expect(coverage.status == .perpetual)
        let entry = try #require(try await harness.audit().last)
        #expect(entry.action == .licenseReapplied && entry.after?["repaired"] == "2028-06-01")
        // It can fail again, and come back again within the same 5 years.
        _ = try await harness.ledger.markCameraFailed(camera.id, of: taro, by: Harness.acting(on: "2029-01-10"))
        _ = try await harness.ledger.reapplyPerpetualLicense(
            from: camera.id, to: camera.id, of: taro, by: Harness.acting(on: "2030-03-10"))
        #expect(try await harness.bound(to: camera) == [license])
    }

    @Test(arguments: StoreKind.cases, [("2025-03-10", "2030-03-10", "2030-03-11"), ("2028-02-29", "2033-02-28", "2033-03-01")])
    func aRepairIsRefusedTheDayAfterFiveYearsAndNothingChanges(
        _ store: StoreKind, _ days: (applied: String, lastDay: String, dayAfter: String)
    ) async throws {
        let (applied, lastDay, dayAfter) = days
        let (harness, camera, license) = try await failedCamera(store, applied: applied, failed: "2028-06-01")
        let before = try await harness.audit().count
        await #expect(
            throws: PerpetualRules.Refusal.reapplicationWindowClosed(
                firstApplied: CalendarDate(applied)!, lastDay: CalendarDate(lastDay)!, on: CalendarDate(dayAfter)!,
                buy: "DG-JLE100W-A")
        ) {
            try await harness.ledger.reapplyPerpetualLicense(
                from: camera.id, to: camera.id, of: taro, by: Harness.acting(on: dayAfter))
        }
        #expect(try await harness.audit().count == before)
        #expect(try await harness.ledger.cameras(of: taro, by: Harness.acting()).first?.failedOn != nil)
        _ = try await harness.ledger.reapplyPerpetualLicense(
            from: camera.id, to: camera.id, of: taro, by: Harness.acting(on: lastDay))
        #expect(try await harness.bound(to: camera) == [license])
    }

    @Test func aFailureDayIsClearedOnlyByARepairEvenInSQL() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("ledger.sqlite")
        let harness = Harness(store: try SQLiteLedgerStore(path: path, opening: .new(.simulation)))
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        let camera = try await harness.camera("entrance")
        _ = try await harness.ledger.markCameraFailed(camera.id, of: taro, by: Harness.acting(on: "2025-04-01"))
        let queue = try DatabaseQueue(path: path)
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE camera SET failedOn = NULL") }
        }
        #expect(throws: DatabaseError.self) {
            try queue.write { db in try db.execute(sql: "UPDATE camera SET failedOn = '2025-05-01'") }
        }
    }
}
