import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct BindingTests {
    let taro = Harness.email("taro@example.jp")
    let partnerActing = Harness.acting(.partner(Harness.code("P001")))

    func harness() throws -> Harness {
        let harness = try Harness()
        try harness.partner()
        try harness.customer("taro@example.jp")
        try harness.stock("DG-JLE101W", 5)
        try harness.stock("DG-JLE201W", 2)
        return harness
    }

    @Test func automaticChoiceTakesPerpetualBeforeTermAndTermOldestFirst() throws {
        let harness = try harness()
        let old = try harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-01-10").licenses[0]
        let newer = try harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-02-10").licenses[0]
        let cards = try harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")], on: "2025-03-01")
        let perpetual = try #require(cards.items.first?.licenses.first)
        let cameras = try (1...3).map { try harness.camera("c\($0)") }
        for camera in cameras {
            _ = try harness.ledger.bindLicense(to: camera.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        }
        #expect(try cameras.map { try harness.bound(to: $0) } == [[perpetual], [old], [newer]])
        let fourth = try harness.camera("c4")
        #expect(throws: BindingRefusal.noLicense(fourth.id, connection: .edgeStorage, buy: "DG-JLE100W-A")) {
            try harness.ledger.bindLicense(to: fourth.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        }
    }

    @Test func aNamedLicenseMustBeFreeOfTheCamerasTypeAndUnexpired() throws {
        let harness = try harness()
        let edge = try harness.assign("DG-JLE101W", 2, to: "taro@example.jp", on: "2024-01-10").licenses
        let direct = try harness.assign("DG-JLE201W", 1, to: "taro@example.jp").licenses[0]
        let first = try harness.camera("a")
        let second = try harness.camera("b")
        let day = Harness.acting(on: "2024-06-01")
        _ = try harness.ledger.bindLicense(to: first.id, of: taro, choosing: .named(edge[0]), by: day)
        #expect(throws: BindingRefusal.licenseBound(edge[0], camera: first.id)) {
            try harness.ledger.bindLicense(to: second.id, of: taro, choosing: .named(edge[0]), by: day)
        }
        #expect(
            throws: BindingRefusal.connectionMismatch(direct, part: "DG-JLE201W", camera: second.id, connection: .edgeStorage)
        ) { try harness.ledger.bindLicense(to: second.id, of: taro, choosing: .named(direct), by: day) }
        #expect(throws: BindingRefusal.cameraCovered(first.id, status: .active)) {
            try harness.ledger.bindLicense(to: first.id, of: taro, choosing: .named(edge[1]), by: day)
        }
        let expires = try #require(try harness.store.read { try $0.license(id: edge[1]) }?.expires)
        #expect(throws: LicenseBinding.BindingError.licenseExpired(expires: expires, boundOn: expires.adding(days: 1))) {
            try harness.ledger.bindLicense(
                to: second.id, of: taro, choosing: .named(edge[1]), by: Harness.acting(on: expires.adding(days: 1).description))
        }
        #expect(throws: BindingRefusal.unknownLicense(License.ID(999))) {
            try harness.ledger.bindLicense(to: second.id, of: taro, choosing: .named(License.ID(999)), by: day)
        }
    }

    @Test func aTermLicenseMovesByThePartnerAndThePartnerIsAProxyAfterHandOver() throws {
        let harness = try harness()
        let license = try harness.assign("DG-JLE101W", 1, to: "taro@example.jp").licenses[0]
        let wrong = try harness.camera("wrong")
        let right = try harness.camera("right")
        _ = try harness.ledger.bindLicense(to: wrong.id, of: taro, by: Harness.acting())
        #expect(throws: AccessError.partnerOnly(actor: taro, action: .licenseMoved)) {
            try harness.ledger.moveLicense(license, of: taro, to: right.id, by: Harness.acting(.user(taro), on: "2025-06-01"))
        }
        _ = try harness.ledger.handOver(taro, by: partnerActing)
        let moved = try harness.ledger.moveLicense(license, of: taro, to: right.id, by: Harness.acting(.partner(Harness.code("P001")), on: "2025-06-01"))
        #expect(moved.boundOn.description == "2025-06-01")
        #expect(try harness.bound(to: wrong).isEmpty)
        #expect(try harness.bound(to: right) == [license])
        let entry = try #require(try harness.audit().last)
        #expect(entry.action == .licenseMoved)
        #expect(entry.onBehalfOf == taro)
        #expect(entry.before?["camera"] == wrong.id.description)
        let coverage = try harness.store.read { records in
            (try records.coverage(ofCamera: wrong.id, on: CalendarDate("2025-06-01")!),
             try records.coverage(ofCamera: right.id, on: CalendarDate("2025-06-01")!))
        }
        #expect(coverage.0.status == .unlicensed)
        #expect(coverage.0.lastCoveredDay?.description == "2025-05-31")
        #expect(coverage.1.status == .active)
    }

    @Test func aPerpetualLicenseMovesOnlyWithin30DaysOfItsFirstApplication() throws {
        let harness = try harness()
        let license = try #require(try harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")]).items.first?.licenses.first)
        let cameras = try (1...3).map { try harness.camera("c\($0)") }
        _ = try harness.ledger.bindLicense(to: cameras[0].id, of: taro, by: Harness.acting(on: "2025-03-10"))
        _ = try harness.ledger.moveLicense(license, of: taro, to: cameras[1].id, by: Harness.acting(on: "2025-04-09"))
        #expect(
            throws: PerpetualRules.Refusal.changeWindowClosed(
                .move, assigned: CalendarDate("2025-03-10")!, lastDay: CalendarDate("2025-04-09")!,
                on: CalendarDate("2025-04-10")!)
        ) { try harness.ledger.moveLicense(license, of: taro, to: cameras[2].id, by: Harness.acting(on: "2025-04-10")) }
        #expect(try harness.bound(to: cameras[1]) == [license])
        #expect(throws: BindingRefusal.perpetualUsed(license)) {
            try harness.store.write { records in
                try records.endBinding(try #require(try records.currentBinding(of: license)).id, unboundOn: CalendarDate("2025-05-01")!)
                _ = try records.bind(.named(license), to: cameras[2], on: CalendarDate("2025-05-01")!, method: .manual, at: Harness.epoch)
            }
        }
    }

    @Test func aFailedCamerasPerpetualLicenseIsReappliedWithinFiveYears() throws {
        let harness = try harness()
        let license = try #require(try harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")]).items.first?.licenses.first)
        let broken = try harness.camera("broken")
        let replacement = try harness.camera("replacement")
        let late = try harness.camera("late")
        _ = try harness.ledger.bindLicense(to: broken.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        #expect(throws: BindingRefusal.cameraNotFailed(broken.id)) {
            try harness.ledger.reapplyPerpetualLicense(from: broken.id, to: replacement.id, of: taro, by: Harness.acting(on: "2027-01-01"))
        }
        _ = try harness.ledger.markCameraFailed(broken.id, of: taro, by: Harness.acting(on: "2030-03-01"))
        #expect(throws: BindingRefusal.cameraFailed(broken.id, on: CalendarDate("2030-03-01")!)) {
            try harness.ledger.markCameraFailed(broken.id, of: taro, by: Harness.acting(on: "2030-03-02"))
        }
        #expect(
            throws: PerpetualRules.Refusal.reapplicationWindowClosed(
                firstApplied: CalendarDate("2025-03-10")!, lastDay: CalendarDate("2030-03-10")!,
                on: CalendarDate("2030-03-11")!, buy: "DG-JLE100W-A")
        ) {
            try harness.ledger.reapplyPerpetualLicense(from: broken.id, to: late.id, of: taro, by: Harness.acting(on: "2030-03-11"))
        }
        let binding = try harness.ledger.reapplyPerpetualLicense(
            from: broken.id, to: replacement.id, of: taro, by: Harness.acting(on: "2030-03-10"))
        #expect(binding.method == .reapplication)
        #expect(try harness.bound(to: replacement) == [license])
        #expect(try harness.bound(to: broken).isEmpty)
        #expect(throws: BindingRefusal.cameraFailed(broken.id, on: CalendarDate("2030-03-01")!)) {
            try harness.ledger.bindLicense(to: broken.id, of: taro, by: Harness.acting(on: "2030-03-10"))
        }
    }
}
