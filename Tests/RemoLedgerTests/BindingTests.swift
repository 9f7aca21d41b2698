import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct BindingTests {
    let taro = Harness.email("taro@example.jp")
    let partnerActing = Harness.acting(.partner(Harness.code("P001")))

    func harness(_ store: StoreKind) async throws -> Harness {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 5)
        try await harness.stock("DG-JLE201W", 2)
        return harness
    }

    @Test(arguments: StoreKind.cases) func automaticChoiceTakesPerpetualBeforeTermAndTermOldestFirst(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let old = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-01-10").licenses[0]
        let newer = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-02-10").licenses[0]
        let cards = try await harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")], on: "2025-03-01")
        let perpetual = try #require(cards.items.first?.licenses.first)
        let cameras = try await harness.cameras(["c1", "c2", "c3"])
        for camera in cameras {
            _ = try await harness.ledger.bindLicense(to: camera.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        }
        #expect(try await harness.bound(to: cameras) == [[perpetual], [old], [newer]])
        let fourth = try await harness.camera("c4")
        await #expect(throws: BindingRefusal.noLicense(fourth.id, connection: .edgeStorage, buy: "DG-JLE100W-A")) {
            try await harness.ledger.bindLicense(to: fourth.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        }
    }

    @Test(arguments: StoreKind.cases) func aNamedLicenseMustBeFreeOfTheCamerasTypeAndUnexpired(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let edge = try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp", on: "2024-01-10").licenses
        let direct = try await harness.assign("DG-JLE201W", 1, to: "taro@example.jp", on: "2024-01-10").licenses[0]
        let first = try await harness.camera("a", on: "2024-01-10")
        let second = try await harness.camera("b", on: "2024-01-10")
        let day = Harness.acting(on: "2024-06-01")
        _ = try await harness.ledger.bindLicense(to: first.id, of: taro, choosing: .named(edge[0]), by: day)
        await #expect(throws: BindingRefusal.licenseBound(edge[0], camera: first.id)) {
            try await harness.ledger.bindLicense(to: second.id, of: taro, choosing: .named(edge[0]), by: day)
        }
        await #expect(
            throws: BindingRefusal.connectionMismatch(direct, part: "DG-JLE201W", camera: second.id, connection: .edgeStorage)
        ) { try await harness.ledger.bindLicense(to: second.id, of: taro, choosing: .named(direct), by: day) }
        await #expect(throws: BindingRefusal.cameraCovered(first.id, status: .active)) {
            try await harness.ledger.bindLicense(to: first.id, of: taro, choosing: .named(edge[1]), by: day)
        }
        let expires = try #require(try await harness.store.read { try $0.license(id: edge[1]) }?.expires)
        await #expect(throws: LicenseBinding.BindingError.licenseExpired(expires: expires, boundOn: expires.adding(days: 1))) {
            try await harness.ledger.bindLicense(
                to: second.id, of: taro, choosing: .named(edge[1]), by: Harness.acting(on: expires.adding(days: 1).description))
        }
        await #expect(throws: BindingRefusal.unknownLicense(License.ID(999))) {
            try await harness.ledger.bindLicense(to: second.id, of: taro, choosing: .named(License.ID(999)), by: day)
        }
    }

    @Test(arguments: StoreKind.cases) func aTermLicenseMovesByThePartnerAndThePartnerIsAProxyAfterHandOver(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let license = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp").licenses[0]
        let wrong = try await harness.camera("wrong")
        let right = try await harness.camera("right")
        _ = try await harness.ledger.bindLicense(to: wrong.id, of: taro, by: Harness.acting())
        await #expect(throws: AccessError.partnerOnly(actor: taro, action: .licenseMoved)) {
            try await harness.ledger.moveLicense(license, of: taro, to: right.id, by: Harness.acting(.user(taro), on: "2025-06-01"))
        }
        _ = try await harness.ledger.handOver(taro, by: partnerActing)
        let moved = try await harness.ledger.moveLicense(license, of: taro, to: right.id, by: Harness.acting(.partner(Harness.code("P001")), on: "2025-06-01"))
        #expect(moved.boundOn.description == "2025-06-01")
        #expect(try await harness.bound(to: wrong).isEmpty)
        #expect(try await harness.bound(to: right) == [license])
        let entry = try #require(try await harness.audit().last)
        #expect(entry.action == .licenseMoved)
        #expect(entry.onBehalfOf == taro)
        #expect(entry.before?["camera"] == wrong.id.description)
        let coverage = try await harness.store.read { records in
            (try records.coverage(ofCamera: wrong.id, on: CalendarDate("2025-06-01")!),
             try records.coverage(ofCamera: right.id, on: CalendarDate("2025-06-01")!))
        }
        #expect(coverage.0.status == .unlicensed)
        #expect(coverage.0.lastCoveredDay?.description == "2025-05-31")
        #expect(coverage.1.status == .active)
    }

    @Test(arguments: StoreKind.cases) func aPerpetualLicenseMovesOnlyWithin30DaysOfItsFirstApplication(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let license = try #require(try await harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")]).items.first?.licenses.first)
        let cameras = try await harness.cameras(["c1", "c2", "c3"])
        _ = try await harness.ledger.bindLicense(to: cameras[0].id, of: taro, by: Harness.acting(on: "2025-03-10"))
        _ = try await harness.ledger.moveLicense(license, of: taro, to: cameras[1].id, by: Harness.acting(on: "2025-04-09"))
        await #expect(
            throws: PerpetualRules.Refusal.changeWindowClosed(
                .move, assigned: CalendarDate("2025-03-10")!, lastDay: CalendarDate("2025-04-09")!,
                on: CalendarDate("2025-04-10")!)
        ) { try await harness.ledger.moveLicense(license, of: taro, to: cameras[2].id, by: Harness.acting(on: "2025-04-10")) }
        #expect(try await harness.bound(to: cameras[1]) == [license])
        await #expect(throws: BindingRefusal.perpetualUsed(license)) {
            try await harness.store.write { records in
                try records.endBinding(try #require(try records.currentBinding(of: license)).id, unboundOn: CalendarDate("2025-05-01")!)
                _ = try records.bind(.named(license), to: cameras[2], on: CalendarDate("2025-05-01")!, method: .manual, at: Harness.epoch)
            }
        }
    }

    @Test(arguments: StoreKind.cases) func aFailedCamerasPerpetualLicenseIsReappliedWithinFiveYears(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let license = try #require(try await harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")]).items.first?.licenses.first)
        let broken = try await harness.camera("broken")
        let replacement = try await harness.camera("replacement")
        let late = try await harness.camera("late")
        _ = try await harness.ledger.bindLicense(to: broken.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        await #expect(throws: BindingRefusal.cameraNotFailed(broken.id)) {
            try await harness.ledger.reapplyPerpetualLicense(from: broken.id, to: replacement.id, of: taro, by: Harness.acting(on: "2027-01-01"))
        }
        _ = try await harness.ledger.markCameraFailed(broken.id, of: taro, by: Harness.acting(on: "2030-03-01"))
        await #expect(throws: BindingRefusal.cameraFailed(broken.id, on: CalendarDate("2030-03-01")!)) {
            try await harness.ledger.markCameraFailed(broken.id, of: taro, by: Harness.acting(on: "2030-03-02"))
        }
        await #expect(
            throws: PerpetualRules.Refusal.reapplicationWindowClosed(
                firstApplied: CalendarDate("2025-03-10")!, lastDay: CalendarDate("2030-03-10")!,
                on: CalendarDate("2030-03-11")!, buy: "DG-JLE100W-A")
        ) {
            try await harness.ledger.reapplyPerpetualLicense(from: broken.id, to: late.id, of: taro, by: Harness.acting(on: "2030-03-11"))
        }
        let binding = try await harness.ledger.reapplyPerpetualLicense(
            from: broken.id, to: replacement.id, of: taro, by: Harness.acting(on: "2030-03-10"))
        #expect(binding.method == .reapplication)
        #expect(try await harness.bound(to: replacement) == [license])
        #expect(try await harness.bound(to: broken).isEmpty)
        await #expect(throws: BindingRefusal.cameraFailed(broken.id, on: CalendarDate("2030-03-01")!)) {
            try await harness.ledger.bindLicense(to: broken.id, of: taro, by: Harness.acting(on: "2030-03-10"))
        }
    }
}
