import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// Changing a camera's license type from perpetual to term (P13, docs/domain.md 4.2).
struct TypeChangeTests {
    let taro = Harness.email("taro@example.jp")
    let card = ("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")

    func harness(_ store: StoreKind) async throws -> Harness {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 3)
        try await harness.stock("DG-JLE201W", 1)
        return harness
    }

    @Test(arguments: StoreKind.cases) func withinThirtyDaysTheCameraGoesOnATermLicenseAndThePerpetualOneReturnsUnused(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let older = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-01-10").licenses[0]
        _ = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-02-10")
        let perpetual = try #require(try await harness.cards([card], on: "2025-03-01").items.first?.licenses.first)
        let camera = try await harness.camera("entrance")
        let other = try await harness.camera("yard")
        _ = try await harness.ledger.bindLicense(to: camera.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        #expect(try await harness.bound(to: camera) == [perpetual])

        let binding = try await harness.ledger.changeLicenseTypeToTerm(
            ofCamera: camera.id, of: taro, by: Harness.acting(on: "2025-04-09"))
        #expect(binding.licenseID == older)
        #expect(binding.boundOn.description == "2025-04-09")
        #expect(try await harness.bound(to: camera) == [older])
        let coverage = try await harness.store.read { try $0.coverage(ofCamera: camera.id, on: CalendarDate("2025-04-08")!) }
        #expect(coverage.status == .perpetual)
        let entry = try #require(try await harness.audit().last)
        #expect(entry.action == .licenseTypeChanged)
        #expect(entry.before?["license"] == perpetual.description)
        #expect(entry.after?["license"] == older.description)

        // Registration's own license query agrees: the perpetual license comes first again.
        let pools = try await harness.store.read { records in
            let id = try #require(try records.customer(email: taro)).id
            let day = CalendarDate("2025-06-01")!
            return (
                try records.availableLicenses(of: id, for: .edgeStorage, on: day).map(\.id),
                try records.bindableLicenses(of: id, for: .edgeStorage, on: day, limit: 10).map(\.id))
        }
        #expect(pools.0.first == perpetual)
        #expect(pools.0 == pools.1)
        // The perpetual license is unused again: the next camera gets it first;
        // its windows still count from its first application (issue 21 item 3).
        _ = try await harness.ledger.bindLicense(to: other.id, of: taro, by: Harness.acting(on: "2025-06-01"))
        #expect(try await harness.bound(to: other) == [perpetual])
        let customer = try #require(try await harness.store.read { try $0.customer(email: taro) })
        let first = try await harness.store.read { try $0.firstApplication(of: perpetual, in: customer.id) }
        #expect(first?.description == "2025-03-10")
    }

    /// Issue 21 item 3, the dates: first applied 2026-03-01, returned by
    /// a type change, bound again; its 5 years end on 2031-03-01 all the same.
    @Test(arguments: StoreKind.cases) func theFiveYearsAndThirtyDaysCountFromTheFirstApplicationAfterATypeChange(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        _ = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2026-03-01")
        let perpetual = try #require(try await harness.cards([card], on: "2026-03-01").items.first?.licenses.first)
        let first = try await harness.camera("first", on: "2026-03-01")
        let second = try await harness.camera("second", on: "2026-03-01")
        let third = try await harness.camera("third", on: "2026-03-01")
        _ = try await harness.ledger.bindLicense(to: first.id, of: taro, by: Harness.acting(on: "2026-03-01"))
        _ = try await harness.ledger.changeLicenseTypeToTerm(ofCamera: first.id, of: taro, by: Harness.acting(on: "2026-03-15"))
        _ = try await harness.ledger.bindLicense(
            to: second.id, of: taro, choosing: .named(perpetual), by: Harness.acting(on: "2026-04-04"))
        // The 30 days ended on 2026-03-31, not 30 days after this binding.
        await #expect(
            throws: PerpetualRules.Refusal.changeWindowClosed(
                .move, assigned: CalendarDate("2026-03-01")!, lastDay: CalendarDate("2026-03-31")!,
                on: CalendarDate("2026-04-05")!)
        ) { try await harness.ledger.moveLicense(perpetual, of: taro, to: third.id, by: Harness.acting(on: "2026-04-05")) }
        _ = try await harness.ledger.markCameraFailed(second.id, of: taro, by: Harness.acting(on: "2031-01-10"))
        await #expect(
            throws: PerpetualRules.Refusal.reapplicationWindowClosed(
                firstApplied: CalendarDate("2026-03-01")!, lastDay: CalendarDate("2031-03-01")!,
                on: CalendarDate("2031-03-02")!, buy: "DG-JLE100W-A")
        ) {
            try await harness.ledger.reapplyPerpetualLicense(
                from: second.id, to: third.id, of: taro, by: Harness.acting(on: "2031-03-02"))
        }
        // 5 years to the day is still within them.
        let binding = try await harness.ledger.reapplyPerpetualLicense(
            from: second.id, to: third.id, of: taro, by: Harness.acting(on: "2031-03-01"))
        #expect(binding.licenseID == perpetual)
    }

    @Test(arguments: [
        ("2024-02-29", "2029-02-28"), ("2026-03-01", "2031-03-01"), ("2025-01-31", "2030-01-31"),
        ("2027-02-28", "2032-02-28"),
    ])
    func aHistoryCountsItsWindowsFromItsFirstApplication(first: String, lastReapplication: String) {
        let day = CalendarDate(first)!
        let history = PerpetualHistory([
            .init(boundOn: day.adding(days: 200), undone: false), .init(boundOn: day, undone: true),
        ])
        #expect(history.firstApplied == day)
        #expect(history.lastReapplicationDay?.description == lastReapplication)
        #expect(history.lastChangeDay == day.adding(days: 30))
        #expect(!history.isUnused)
        #expect(PerpetualHistory([.init(boundOn: day, undone: true)]).isUnused)
        #expect(PerpetualHistory([]).isUnused && PerpetualHistory([]).firstApplied == nil)
    }

    @Test(arguments: StoreKind.cases) func onTheThirtyFirstDayTheChangeIsRefusedAndNothingChanges(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        _ = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-01-10")
        let perpetual = try #require(try await harness.cards([card], on: "2025-03-01").items.first?.licenses.first)
        let camera = try await harness.camera("entrance")
        _ = try await harness.ledger.bindLicense(to: camera.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        let before = try await harness.audit().count
        await #expect(
            throws: PerpetualRules.Refusal.changeWindowClosed(
                .typeChange, assigned: CalendarDate("2025-03-10")!, lastDay: CalendarDate("2025-04-09")!,
                on: CalendarDate("2025-04-10")!)
        ) { try await harness.ledger.changeLicenseTypeToTerm(ofCamera: camera.id, of: taro, by: Harness.acting(on: "2025-04-10")) }
        #expect(try await harness.bound(to: camera) == [perpetual])
        #expect(try await harness.audit().count == before)
    }

    @Test(arguments: StoreKind.cases) func aTypeChangeNeedsAPerpetualCameraAFreeTermLicenseAndThePartner(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let term = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-01-10").licenses[0]
        let direct = try await harness.assign("DG-JLE201W", 1, to: "taro@example.jp", on: "2025-01-10").licenses[0]
        let perpetual = try #require(try await harness.cards([card], on: "2025-03-01").items.first?.licenses.first)
        let onPerpetual = try await harness.camera("perpetual")
        let onTerm = try await harness.camera("term")
        let day = Harness.acting(on: "2025-03-10")
        _ = try await harness.ledger.bindLicense(to: onPerpetual.id, of: taro, choosing: .named(perpetual), by: day)
        _ = try await harness.ledger.bindLicense(to: onTerm.id, of: taro, choosing: .named(term), by: day)

        await #expect(throws: BindingRefusal.notOnPerpetualLicense(onTerm.id)) {
            try await harness.ledger.changeLicenseTypeToTerm(ofCamera: onTerm.id, of: taro, by: day)
        }
        await #expect(throws: BindingRefusal.noTermLicense(onPerpetual.id, connection: .edgeStorage)) {
            try await harness.ledger.changeLicenseTypeToTerm(ofCamera: onPerpetual.id, of: taro, by: day)
        }
        await #expect(throws: BindingRefusal.notTermLicense(perpetual)) {
            try await harness.ledger.changeLicenseTypeToTerm(ofCamera: onPerpetual.id, of: taro, choosing: .named(perpetual), by: day)
        }
        await #expect(throws: BindingRefusal.connectionMismatch(direct, part: "DG-JLE201W", camera: onPerpetual.id, connection: .edgeStorage)) {
            try await harness.ledger.changeLicenseTypeToTerm(ofCamera: onPerpetual.id, of: taro, choosing: .named(direct), by: day)
        }
        await #expect(throws: AccessError.partnerOnly(actor: taro, action: .licenseTypeChanged)) {
            try await harness.ledger.changeLicenseTypeToTerm(ofCamera: onPerpetual.id, of: taro, by: Harness.acting(.user(taro), on: "2025-03-10"))
        }
        #expect(try await harness.bound(to: onPerpetual) == [perpetual])
    }

    @Test func theRefusalsReadInBothLanguages() throws {
        let refusal = BindingRefusal.notTermLicense(License.ID(7))
        let english = Language.$current.withValue(.english) { refusal.message.description }
        let japanese = Language.$current.withValue(.japanese) { refusal.message.description }
        #expect(english.contains("License 7 is a perpetual license"))
        #expect(japanese.contains("ライセンス 7 は永年ライセンスです"))
    }
}
