import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct TickTests {
    let taro = Harness.email("taro@example.jp")

    /// A camera licensed on 2024-01-10 (expires 2025-02-28) and renewals assigned later.
    func harness(_ store: StoreKind) async throws -> (Harness, Camera, License.ID) {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 10)
        let first = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2024-01-10").licenses[0]
        let camera = try await harness.camera("entrance", on: "2024-01-10")
        _ = try await harness.ledger.bindLicense(to: camera.id, of: taro, by: Harness.acting(on: "2024-01-10"))
        return (harness, camera, first)
    }

    @Test(arguments: StoreKind.cases) func aRenewalAssignedBeforeTheExpiryIsBoundTheDayAfterAndTickIsIdempotent(_ store: StoreKind) async throws {
        let (harness, camera, first) = try await harness(store)
        let renewal = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-01-20").licenses[0]
        #expect(try await harness.ledger.tick(by: Harness.acting(on: "2025-02-28")).bindings.isEmpty)
        let result = try await harness.ledger.tick(by: Harness.acting(on: "2025-03-01"))
        #expect(result.bindings.map(\.camera) == [camera.id])
        #expect(result.bindings.map(\.license) == [renewal])
        #expect(result.bindings.map(\.boundOn.description) == ["2025-03-01"])
        #expect(try await harness.bound(to: camera) == [first, renewal])
        let again = try await harness.ledger.tick(by: Harness.acting(on: "2025-03-01"))
        #expect(again.bindings.isEmpty && again.notices.isEmpty)
        let coverage = try await harness.store.read { try $0.coverage(ofCamera: camera.id, on: CalendarDate("2025-03-01")!) }
        #expect(coverage.status == .active)  // the renewal's free period bridged February
        #expect(coverage.lastCoveredDay?.description == "2026-02-28")
        let entry = try #require(try await harness.audit().last { $0.action == .automaticallyBound })
        #expect(entry.after?["boundOn"] == "2025-03-01")
    }

    @Test(arguments: StoreKind.cases) func aLateTickDatesTheBindingTheDayAfterTheExpiryAndCatchesUpSeveralExpiries(_ store: StoreKind) async throws {
        let (harness, camera, _) = try await harness(store)
        let second = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-01-20").licenses[0]
        try await harness.stock("DG-JLE105W", 2)
        let fiveYears = try await harness.assign("DG-JLE105W", 2, to: "taro@example.jp", on: "2025-02-10").licenses
        let result = try await harness.ledger.tick(by: Harness.acting(on: "2026-06-01"))
        // 2025-03-01 the 1-year renewal (assigned first), 2026-03-01 the first 5-year one.
        #expect(result.bindings.map(\.license) == [second, fiveYears[0]])
        #expect(result.bindings.map(\.boundOn.description) == ["2025-03-01", "2026-03-01"])
        #expect(try await harness.bound(to: camera).contains(fiveYears[1]) == false)
    }

    @Test(arguments: StoreKind.cases) func cameraOrderFollowsTheirExpiriesAndFailedCamerasAreSkipped(_ store: StoreKind) async throws {
        let (harness, early, _) = try await harness(store)
        try await harness.stock("DG-JLE101W", 5)
        let late = try await harness.camera("late", on: "2024-03-05")
        let failed = try await harness.camera("failed", on: "2024-03-05")
        _ = try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp", on: "2024-03-05")
        _ = try await harness.ledger.bindLicense(to: late.id, of: taro, by: Harness.acting(on: "2024-03-05"))
        _ = try await harness.ledger.bindLicense(to: failed.id, of: taro, by: Harness.acting(on: "2024-03-05"))
        _ = try await harness.ledger.markCameraFailed(failed.id, of: taro, by: Harness.acting(on: "2024-06-01"))
        let renewal = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-02-01").licenses[0]
        let result = try await harness.ledger.tick(by: Harness.acting(on: "2025-05-01"))
        // One renewal for two expired cameras: the one that expired first (2025-02-28) gets it.
        #expect(result.bindings.map(\.camera) == [early.id])
        #expect(result.bindings.map(\.license) == [renewal])
    }

    @Test(arguments: StoreKind.cases) func noticesAreQueuedOnceTheLatestDuePerAudience(_ store: StoreKind) async throws {
        let (harness, _, first) = try await harness(store)
        // Expires 2025-02-28: partner notices 2024-11-30, 12-30, 2025-01-29, 02-14, 02-27; customer 02-14, 02-27.
        let first90 = try await harness.ledger.tick(by: Harness.acting(on: "2024-12-01"))
        #expect(first90.notices.map(\.daysBefore) == [90])
        #expect(first90.notices.map(\.recipient) == [Harness.email("p001@partner.example.jp")])
        #expect(try await harness.ledger.tick(by: Harness.acting(on: "2024-12-01")).notices.isEmpty)
        let late = try await harness.ledger.tick(by: Harness.acting(on: "2025-02-20"))
        #expect(late.notices.map { "\($0.audience.rawValue) \($0.daysBefore) \($0.due)" } == [
            "partner 14 2025-02-14", "customer 14 2025-02-14",
        ])
        #expect(late.notices.allSatisfy { $0.licenseID == first })
        #expect(try await harness.ledger.tick(by: Harness.acting(on: "2025-03-10")).notices.isEmpty)
        #expect(try await harness.ledger.notices(by: Harness.acting()).count == 3)
    }

    @Test(arguments: StoreKind.cases) func noticesAreWrittenOnceAsMailInTheCurrentLanguage(_ store: StoreKind) async throws {
        let (harness, _, _) = try await harness(store)
        _ = try await harness.ledger.tick(by: Harness.acting(on: "2025-02-20"))
        let written = try await Language.$current.withValue(.japanese) { try await harness.ledger.writeNotices(by: Harness.acting()) }
        #expect(written.count == 2)
        let customerMail = try #require(harness.outbox.delivered.first { $0.message.to.first?.address == taro })
        #expect(customerMail.name.hasPrefix("notice-"))
        #expect(customerMail.message.subject.contains("2025年2月28日"))
        #expect(customerMail.message.body.contains("entrance"))
        // What stops and what goes on after the expiry (issue 21 item 8).
        #expect(customerMail.message.body.contains("エッジストレージ録画") && customerMail.message.body.contains("継続します"))
        let partnerMail = try #require(harness.outbox.delivered.first { $0.message.to.first?.address != taro })
        #expect(partnerMail.message.body.contains("SDカード内録画データのPCへの取り出し"))
        #expect(try await harness.ledger.notices(pendingOnly: true, by: Harness.acting()).isEmpty)
        #expect(try await harness.ledger.writeNotices(by: Harness.acting()).isEmpty)
    }

    @Test(arguments: StoreKind.cases) func aPartnerTicksOnlyItsCustomersAndASharedUserCannotTick(_ store: StoreKind) async throws {
        let (harness, _, _) = try await harness(store)
        try await harness.partner("P002")
        try await harness.customer("hanako@example.jp", of: "P002")
        try await harness.stock("DG-JLE101W", 1, partner: "P002")
        _ = try await harness.assign("DG-JLE101W", 1, to: "hanako@example.jp", partner: "P002", on: "2024-01-10")
        let second = try await harness.ledger.tick(by: Harness.acting(.partner(Harness.code("P002")), on: "2025-02-20"))
        let taroID = try? await harness.ledger.customer(taro, by: Harness.acting()).id
        #expect(second.notices.allSatisfy { $0.customerID != taroID })
        #expect(second.notices.count == 2)
        #expect(try await harness.ledger.notices(by: Harness.acting(.partner(Harness.code("P001")))).isEmpty)
        let viewer = Harness.email("viewer@example.jp")
        _ = try await harness.ledger.addSharedUser(to: taro, email: viewer, name: "V", by: Harness.acting())
        await #expect(throws: AccessError.readOnly(viewer)) { try await harness.ledger.tick(by: Harness.acting(.user(viewer))) }
    }

    /// Issue 21 item 10: a license assigned after the expiry restores the
    /// camera at the next tick, dated that tick's day; the report shows it.
    @Test(arguments: StoreKind.cases) func aLicenseAssignedAfterTheExpiryRestoresTheCameraAtTheNextTick(_ store: StoreKind) async throws {
        let (harness, camera, _) = try await harness(store)
        // Expired 2025-02-28; nothing in the account on 2025-03-01.
        #expect(try await harness.ledger.tick(by: Harness.acting(on: "2025-03-01")).bindings.isEmpty)
        let late = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-03-20").licenses[0]
        let result = try await harness.ledger.tick(by: Harness.acting(on: "2025-03-21"))
        #expect(result.bindings.map(\.license) == [late])
        #expect(result.bindings.map(\.boundOn.description) == ["2025-03-21"])
        #expect(result.bindings.map(\.kind) == [.restoration])
        #expect(try await harness.ledger.tick(by: Harness.acting(on: "2025-03-21")).bindings.isEmpty)
        let report = try await harness.ledger.provisioningReport(.customer(taro), by: Harness.acting(on: "2025-03-21"))
        let line = try #require(report.cameras.first { $0.id == camera.id })
        #expect(line.license?.id == late && line.status == .free)
        let before = try await harness.ledger.provisioningReport(.customer(taro), by: Harness.acting(on: "2025-03-20"))
        #expect(before.cameras.first?.status == .expired)
        let entry = try #require(try await harness.audit().last { $0.action == .automaticallyBound })
        #expect(entry.after?["kind"] == "restoration" && entry.after?["boundOn"] == "2025-03-21")
    }

    @Test(arguments: StoreKind.cases) func restorationServesTheOldestExpiryFirstAndSkipsFailedCameras(_ store: StoreKind) async throws {
        let (harness, early, _) = try await harness(store)
        // "late" expires 2025-04-30, "failed" too but failed on 2024-06-01.
        let late = try await harness.camera("late", on: "2024-03-05")
        let failed = try await harness.camera("failed", on: "2024-03-05")
        _ = try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp", on: "2024-03-05")
        _ = try await harness.ledger.bindLicense(to: late.id, of: taro, by: Harness.acting(on: "2024-03-05"))
        _ = try await harness.ledger.bindLicense(to: failed.id, of: taro, by: Harness.acting(on: "2024-03-05"))
        _ = try await harness.ledger.markCameraFailed(failed.id, of: taro, by: Harness.acting(on: "2024-06-01"))
        #expect(try await harness.ledger.tick(by: Harness.acting(on: "2025-05-01")).bindings.isEmpty)
        let one = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-06-10").licenses[0]
        let first = try await harness.ledger.tick(by: Harness.acting(on: "2025-06-12"))
        #expect(first.bindings.map(\.camera) == [early.id] && first.bindings.map(\.license) == [one])
        let two = try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp", on: "2025-07-01").licenses
        let second = try await harness.ledger.tick(by: Harness.acting(on: "2025-07-01"))
        #expect(second.bindings.map(\.camera) == [late.id] && second.bindings.map(\.license) == [two[0]])
        #expect(second.bindings.map(\.boundOn.description) == ["2025-07-01"])
        #expect(try await harness.bound(to: failed).count == 1)
    }

    @Test(arguments: StoreKind.cases) func aTickOverManyAccountsBindsEachExpiredCameraOnceWithinItsAccountAndAuditsEachInOrder(
        _ store: StoreKind
    ) async throws {
        let harness = try Harness(store)
        let partner = try await harness.partner()
        try await harness.stock("DG-JLE101W", 2 * 30 * 4 + 1)
        // 30 accounts of 4 cameras, each bound to a license that expired
        // 2025-02-28, each account holding 4 renewals; and one account with
        // no renewal, whose camera stays expired.
        let accounts = try await harness.store.write { records in
            let now = Harness.epoch
            let first = CalendarDate("2024-01-10")!
            let renewal = CalendarDate("2025-01-20")!
            return try (0..<31).map { index in
                let customer = try records.insertCustomer(
                    partner: partner.id, name: String(format: "Customer %02d", index), email: try EmailAddress(String(format: "c%02d@example.jp", index)),
                    timeZone: "Asia/Tokyo", created: now)
                let site = try records.insertSite(customer: customer.id, name: "site")
                let licenses = try records.stockLicenses(of: partner.id, part: "DG-JLE101W", limit: index == 30 ? 1 : 8)
                try records.assign(Array(licenses.prefix(4)), to: customer.id, on: first, dates: TermDates(assigned: first, years: 1), at: now)
                if index < 30 {
                    try records.assign(
                        Array(licenses.dropFirst(4)), to: customer.id, on: renewal, dates: TermDates(assigned: renewal, years: 1), at: now)
                }
                for license in licenses.prefix(4) {
                    let camera = try records.insertCamera(
                        customer: customer.id, site: site.id, recorder: nil, connection: .edgeStorage, name: "camera", addedOn: first)
                    _ = try records.insertBinding(license: license, camera: camera.id, on: first, method: .registration, at: now)
                }
                return customer.id
            }
        }
        let before = try await harness.audit().count
        let result = try await harness.ledger.tick(by: Harness.acting(on: "2025-03-05"))
        #expect(result.bindings.count == 120)
        #expect(Set(result.bindings.map(\.camera)).count == 120 && Set(result.bindings.map(\.license)).count == 120)
        #expect(result.bindings.allSatisfy { $0.boundOn.description == "2025-03-01" && $0.kind == .atExpiry })
        // In account order (by address), each account's cameras in order; each license its camera's account's renewal.
        #expect(result.bindings.map(\.customerID) == accounts.prefix(30).flatMap { Array(repeating: $0, count: 4) })
        let (held, current) = try await harness.store.read { records in
            (try records.licenses(ofEach: accounts), try records.bindings(ofEach: accounts).mapValues { $0.filter(\.isCurrent) })
        }
        for binding in result.bindings {
            let renewal = try #require(held[binding.customerID]?.first { $0.id == binding.license })
            #expect(renewal.assignment?.assignedOn.description == "2025-01-20")
            #expect(current[binding.customerID]?.contains { $0.cameraID == binding.camera && $0.licenseID == binding.license } == true)
        }
        // The account with no renewal keeps only its expired binding.
        #expect(!result.bindings.contains { $0.customerID == accounts[30] } && current[accounts[30]]?.count == 1)
        let entries = Array(try await harness.audit().dropFirst(before))
        #expect(entries.map(\.action) == Array(repeating: .automaticallyBound, count: 120))
        #expect(entries.map(\.subject) == result.bindings.map(\.camera.description))
        #expect(entries.map(\.customerID) == result.bindings.map(\.customerID))
        let entry = try #require(entries.first)
        #expect(entry.partnerID == partner.id && entry.onBehalfOf == nil && entry.on.description == "2025-03-05")
        #expect(entry.before == ["camera": entry.subject, "coveredUntil": "2025-02-28"])
        #expect(entry.after?["license"] == result.bindings[0].license.description && entry.after?["kind"] == "at-expiry")
        let again = try await harness.ledger.tick(by: Harness.acting(on: "2025-03-05"))
        #expect(again.bindings.isEmpty && again.notices.isEmpty)
        #expect(try await harness.audit().count == before + 120)
    }

    @Test func aLicenseInTheAccountTheDayAfterTheExpiryIsStillBoundAtExpiry() throws {
        let pool = [UnboundLicense(id: 1, connection: .edgeStorage, dates: TermDates(assigned: CalendarDate("2025-02-10")!, years: 1))]
        let ended = CalendarDate("2025-02-28")!
        let atExpiry = try #require(
            AutomaticAssignment(restoring: .edgeStorage, coverageEnded: ended, on: CalendarDate("2025-06-01")!, pool: pool))
        #expect(atExpiry.kind == .atExpiry && atExpiry.bindOn.description == "2025-03-01")
        // Assigned on 2025-03-02, the day after the day after: a restoration, on the tick's day.
        let later = [UnboundLicense(id: 2, connection: .edgeStorage, dates: TermDates(assigned: CalendarDate("2025-03-02")!, years: 1))]
        let restored = try #require(
            AutomaticAssignment(restoring: .edgeStorage, coverageEnded: ended, on: CalendarDate("2025-03-02")!, pool: later))
        #expect(restored.kind == .restoration && restored.bindOn.description == "2025-03-02")
        #expect(AutomaticAssignment(restoring: .cameraDirect, coverageEnded: ended, on: CalendarDate("2025-03-02")!, pool: later) == nil)
        #expect(AutomaticAssignment(restoring: .edgeStorage, coverageEnded: ended, on: CalendarDate("2025-03-01")!, pool: later) == nil)
    }
}
