import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// The provisioning report's contents, on chosen days, for the account of
/// ``ReportFixture`` (every status, both connection types, three sites, a
/// recorder with cameras and cameras on none).
struct ReportTests {
    @Test(arguments: StoreKind.cases) func everyCameraHasItsStatusDaysLeftAndLicenseOnTheDay(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let report = try await fixture.report()
        let account = try #require(report.accounts.first)
        #expect(report.accounts.count == 1)
        let cameras = Dictionary(uniqueKeysWithValues: report.cameras.map { ($0.name, $0) })
        let expected: [String: (LicenseStatus, Int?, String?)] = [
            "入口": (.expired, nil, "DG-JLE101W"), "=SUM(A1:A9)": (.expiring, 11, "DG-JLE101W"),
            "倉庫, \"北\"": (.perpetual, nil, "DG-JLE100W-A"), "ロビー": (.unlicensed, nil, nil),
            "駐車場": (.active, 133, "DG-JLE201W"), "裏口": (.unlicensed, nil, nil), "事務所": (.active, 133, "DG-JLE101W"),
            "故障": (.active, 133, "DG-JLE101W"), "受付": (.free, 406, "DG-JLE101W"),
        ]
        #expect(Set(cameras.keys) == Set(expected.keys))
        for (name, (status, daysLeft, part)) in expected {
            let camera = try #require(cameras[name])
            #expect(camera.status == status, "\(name)")
            #expect(camera.daysLeft == daysLeft, "\(name)")
            #expect(camera.license?.product.part == part, "\(name)")
        }
        #expect(Set(report.cameras.map(\.status)) == Set(LicenseStatus.allCases))

        let expiredLicense = try #require(cameras["入口"]?.license)
        #expect(expiredLicense.assigned == CalendarDate("2024-01-10"))
        #expect(expiredLicense.freeUntil == CalendarDate("2024-02-29"))
        #expect(expiredLicense.expires == CalendarDate("2025-02-28"))
        let perpetual = try #require(cameras["倉庫, \"北\""]?.license)
        #expect(perpetual.card?.description == "AAAA-BBBB-CCCC-DDDD")
        #expect(perpetual.product.term == .perpetual && perpetual.expires == nil && perpetual.freeUntil == nil)
        #expect(cameras["故障"]?.failed == CalendarDate("2026-01-15"))
        #expect(cameras["事務所"]?.failed == nil)
        #expect(account.customer == fixture.taro && account.partner == Harness.code("P001"))
    }

    @Test(arguments: StoreKind.cases) func camerasAreGroupedBySiteAndRecorder(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let account = try #require(try await fixture.report().accounts.first)
        #expect(account.sites.map(\.name) == ["九州", "本社", "関東"])
        let kanto = try #require(account.sites.last)
        let recorder = try #require(kanto.recorders.first)
        #expect(kanto.recorders.count == 1 && kanto.cameras.isEmpty)
        #expect(
            recorder.serial == "ABC1234567" && recorder.model == "WJ-NXE20" && recorder.deviceID == "0123456789ABCDEF")
        #expect(recorder.cameras.map(\.name) == ["入口", "=SUM(A1:A9)", "倉庫, \"北\"", "ロビー"])
        #expect(recorder.cameras.allSatisfy { $0.recorder == "ABC1234567" && $0.site == "関東" })
        let kyushu = account.sites[0]
        #expect(kyushu.recorders.isEmpty)
        #expect(kyushu.cameras.map(\.name) == ["駐車場", "裏口", "事務所", "故障"])
        #expect(kyushu.cameras.map(\.connection) == [.cameraDirect, .cameraDirect, .edgeStorage, .edgeStorage])
    }

    @Test(arguments: StoreKind.cases) func aRecordersRegistrationIsTheDayItWasAddedUntilRegistrationRecordsMore(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let recorder = try #require(try await fixture.report().accounts.first?.sites.last?.recorders.first)
        #expect(recorder.registration == RecorderRegistration(registeredOn: CalendarDate("2024-01-10")!))
        #expect(recorder.registration.registeredBy == nil && recorder.registration.method == nil)
    }

    @Test(arguments: StoreKind.cases) func countsAreConnectedCamerasAgainstUsableLicensesPerConnectionType(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let account = try #require(try await fixture.report().accounts.first)
        // Edge storage: six cameras (the failed one is not connected); licenses: the
        // expiring, the two active, the free, the 5-year one unbound and the
        // perpetual one; the expired one no longer counts.
        #expect(account.count(of: .edgeStorage) == .init(connection: .edgeStorage, cameras: 6, licenses: 6))
        #expect(account.count(of: .cameraDirect) == .init(connection: .cameraDirect, cameras: 2, licenses: 1))
        #expect(account.counts.map(\.connection) == Connection.allCases)
        let counts = Dictionary(uniqueKeysWithValues: account.statusCounts.map { ($0.status, $0.count) })
        #expect(counts == [.free: 1, .active: 3, .expiring: 1, .expired: 1, .perpetual: 1, .unlicensed: 2])
    }

    @Test(arguments: StoreKind.cases) func anEarlierDayShowsWhatWasKnownThen(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let report = try await fixture.report(on: "2025-03-01")
        let cameras = Dictionary(uniqueKeysWithValues: report.cameras.map { ($0.name, $0) })
        // 受付 was added in 2026; 故障 had not failed and nothing was bound to it yet.
        #expect(cameras["受付"] == nil)
        #expect(cameras["故障"]?.failed == nil && cameras["故障"]?.status == .unlicensed)
        #expect(cameras["=SUM(A1:A9)"]?.status == .free && cameras["=SUM(A1:A9)"]?.daysLeft == 395)
        #expect(cameras["入口"]?.status == .expired)
        #expect(cameras["駐車場"]?.status == .unlicensed && cameras["駐車場"]?.license == nil)
        #expect(cameras["倉庫, \"北\""]?.status == .perpetual)
        let account = try #require(report.accounts.first)
        #expect(account.sites.map(\.name) == ["九州", "本社", "関東"])
        #expect(account.count(of: .edgeStorage) == .init(connection: .edgeStorage, cameras: 6, licenses: 2))
        #expect(account.count(of: .cameraDirect) == .init(connection: .cameraDirect, cameras: 2, licenses: 0))
    }

    @Test(arguments: StoreKind.cases) func aMovedLicenseLeavesItsOldCameraUnlicensedAndCoversTheNewOne(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let from = try #require(fixture.cameras["事務所"])
        let to = try #require(fixture.cameras["ロビー"])
        let moved = try await fixture.harness.bound(to: from)[0]
        _ = try await fixture.harness.ledger.moveLicense(
            moved, of: fixture.taro, to: to.id, by: Harness.acting(on: "2026-03-10"))
        let cameras = await Dictionary(uniqueKeysWithValues: try fixture.report().cameras.map { ($0.name, $0) })
        #expect(cameras["事務所"]?.status == .unlicensed && cameras["事務所"]?.license == nil)
        #expect(cameras["ロビー"]?.status == .active && cameras["ロビー"]?.license?.id == moved)
        // The day before the move, the old camera still had it.
        let before = try await fixture.report(on: "2026-03-09").cameras.first { $0.name == "事務所" }
        #expect(before?.license?.id == moved && before?.status == .active)
    }

    @Test(arguments: StoreKind.cases) func filtersPickExpiringOrUncoveredCamerasAndASite(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let expiring = try await fixture.report(filter: ReportFilter(expiringWithin: 30))
        #expect(expiring.cameras.map(\.name) == ["=SUM(A1:A9)"])
        #expect(expiring.accounts.first?.sites.map(\.name) == ["関東"])
        #expect(try await fixture.report(filter: ReportFilter(expiringWithin: 133)).cameras.count == 4)
        #expect(try await fixture.report(filter: ReportFilter(expiringWithin: 10)).accounts.isEmpty)

        let uncovered = try await fixture.report(filter: ReportFilter(unlicensed: true))
        #expect(Set(uncovered.cameras.map(\.name)) == ["入口", "ロビー", "裏口"])
        let either = try await fixture.report(filter: ReportFilter(expiringWithin: 30, unlicensed: true))
        #expect(Set(either.cameras.map(\.name)) == ["入口", "=SUM(A1:A9)", "ロビー", "裏口"])
        // The counts stay the whole account's.
        #expect(either.accounts.first?.count(of: .edgeStorage).cameras == 6)

        let kyushu = try await fixture.report(filter: ReportFilter(site: "九州", unlicensed: true))
        #expect(kyushu.cameras.map(\.name) == ["裏口"])
        #expect(try await fixture.report(filter: ReportFilter(site: "本社")).accounts.first?.sites.map(\.name) == ["本社"])
        await #expect(throws: ReportError.unknownSite("東北", known: ["九州", "本社", "関東"])) {
            try await fixture.report(filter: ReportFilter(site: "東北"))
        }
        await #expect(throws: ReportError.negativeDays(-1)) { try await fixture.report(filter: ReportFilter(expiringWithin: -1)) }
    }

    @Test(arguments: StoreKind.cases) func theAccountsPartnerItsCustomerAndSharedUsersMayReadItAndNoOneElse(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        _ = try await fixture.harness.ledger.addSharedUser(
            to: fixture.taro, email: Harness.email("hanako@example.jp"), name: "Hanako",
            by: Harness.acting(.user(fixture.taro), on: "2026-03-05"))
        for principal: Principal in [
            .localOperator, .partner(Harness.code("P001")), .user(fixture.taro),
            .user(Harness.email("hanako@example.jp")),
        ] {
            #expect(try await fixture.report(as: principal).cameras.count == 9, "\(principal)")
        }
        await #expect(throws: AccountError.unknownCustomer(fixture.taro)) {
            try await fixture.report(as: .partner(Harness.code("P002")))
        }
        await #expect(throws: AccountError.unknownCustomer(Harness.email("nobody@example.jp"))) {
            try await fixture.harness.ledger.provisioningReport(
                .customer(Harness.email("nobody@example.jp")), by: Harness.acting())
        }
    }

    @Test(arguments: StoreKind.cases) func aPartnersReportHasEveryAccountItMaySee(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        try await fixture.harness.customer("jiro@example.jp")
        try await fixture.harness.customer("saburo@example.jp", of: "P002")
        let report = try await fixture.harness.ledger.provisioningReport(
            .partner(Harness.code("P001")), by: Harness.acting(.partner(Harness.code("P001")), on: "2026-03-20"))
        #expect(report.accounts.map(\.customer.description) == ["jiro@example.jp", "taro@example.jp"])
        #expect(
            report.accounts[0].sites.isEmpty
                && report.accounts[0].counts.allSatisfy { $0.cameras == 0 && $0.licenses == 0 })
        await #expect(throws: AccessError.otherPartner(actor: Harness.code("P002"), partner: Harness.code("P001"))) {
            try await fixture.harness.ledger.provisioningReport(
                .partner(Harness.code("P001")), by: Harness.acting(.partner(Harness.code("P002"))))
        }
        await #expect(throws: AccountError.unknownPartner(Harness.code("P404"))) {
            try await fixture.harness.ledger.provisioningReport(.partner(Harness.code("P404")), by: Harness.acting())
        }
        // With a camera filter, accounts with nothing to show are left out.
        let uncovered = try await fixture.harness.ledger.provisioningReport(
            .partner(Harness.code("P001")), filter: ReportFilter(unlicensed: true), by: Harness.acting(on: "2026-03-20")
        )
        #expect(uncovered.accounts.map(\.customer.description) == ["taro@example.jp"])
    }

    @Test func reportCatalogueIsSoundInBothLanguages() {
        #expect(ReportText.problems().isEmpty)
        for method in RecorderRegistration.Method.allCases {
            #expect(!method.name.rendered(in: .japanese).isEmpty)
        }
    }
}
