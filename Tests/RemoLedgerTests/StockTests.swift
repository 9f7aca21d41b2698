import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct StockTests {
    let taro = Harness.email("taro@example.jp")

    func harness(_ store: StoreKind) async throws -> Harness {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        return harness
    }

    @Test(arguments: StoreKind.cases) func assignmentFixesTheDatesOfDomainExample(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.stock("DG-JLE101W", 5)
        let result = try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp", on: "2025-03-10")
        #expect(result.licenses.count == 2)
        #expect(result.dates.freeUntil.description == "2025-04-30")
        #expect(result.dates.expires.description == "2026-04-30")
        #expect(result.remaining == 3)
        let held = try await harness.ledger.licenses(of: taro, by: Harness.acting())
        #expect(held.map(\.license.expires?.description) == ["2026-04-30", "2026-04-30"])
        #expect(held.allSatisfy { $0.current == nil })
        let stock = try await harness.ledger.stock(of: Harness.code("P001"), by: Harness.acting())
        #expect(stock.map { [$0.bought, $0.assigned, $0.available] } == [[5, 2, 3]])
    }

    @Test(arguments: StoreKind.cases) func stockDoesNotAgeTheDatesStartAtAssignment(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.stock("DG-JLE105W", 1, on: Harness.setUpDay)
        let result = try await harness.assign("DG-JLE105W", 1, to: "taro@example.jp", on: "2025-03-10")
        #expect(result.dates.expires.description == "2030-04-30")
    }

    @Test(arguments: StoreKind.cases) func aCountLargerThanTheStockAssignsNothing(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.stock("DG-JLE101W", 3)
        await #expect(
            throws: StockError.notEnoughStock(partner: Harness.code("P001"), part: "DG-JLE101W", available: 3, requested: 4)
        ) { try await harness.assign("DG-JLE101W", 4, to: "taro@example.jp") }
        #expect(try await harness.ledger.licenses(of: taro, by: Harness.acting()).isEmpty)
        #expect(try await harness.ledger.stock(of: Harness.code("P001"), by: Harness.acting()).first?.available == 3)
        #expect(try await harness.audit().contains { $0.action == .licensesAssigned } == false)
    }

    @Test(arguments: StoreKind.cases) func assignmentNeedsConfirmation(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.stock("DG-JLE101W", 3)
        await #expect(throws: StockError.notConfirmed(count: 2, part: "DG-JLE101W", customer: taro)) {
            try await harness.ledger.assignLicenses(
                partner: Harness.code("P001"), customer: taro, part: "dg-jle101w", count: 2, confirmed: false,
                by: Harness.acting())
        }
        #expect(try await harness.ledger.licenses(of: taro, by: Harness.acting()).isEmpty)
    }

    @Test(arguments: StoreKind.cases) func anUnconfirmedAddressIsRefusedSayingWhy(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp", confirmed: false)
        try await harness.customer("jiro@gmial.com", confirmed: false)
        try await harness.stock("DG-JLE101W", 3)
        await #expect(throws: StockError.emailUnconfirmed(taro, likelyTypo: nil)) {
            try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp")
        }
        let typo = StockError.emailUnconfirmed(Harness.email("jiro@gmial.com"), likelyTypo: "gmail.com")
        await #expect(throws: typo) { try await harness.assign("DG-JLE101W", 1, to: "jiro@gmial.com") }
        #expect(typo.message.rendered(in: .english).contains("did you mean gmail.com?"))
        #expect(typo.message.rendered(in: .japanese).contains("gmail.com の誤りではありませんか"))
        _ = try await harness.ledger.confirmEmail(of: taro, by: Harness.acting())
        #expect(try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp").licenses.count == 1)
    }

    @Test(arguments: StoreKind.cases) func unknownPartsAndPerpetualPartsAndBadCountsAreRefused(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        await #expect(throws: Product.LookupError.unknownPart("DG-XXX")) { try await harness.stock("DG-XXX", 1) }
        await #expect(throws: StockError.perpetualNotStock(part: "DG-JLE100W-8A")) { try await harness.stock("DG-JLE100W-8A", 1) }
        await #expect(throws: StockError.countNotPositive(0)) { try await harness.stock("DG-JLE101W", 0) }
        await #expect(throws: Product.LookupError.unknownPart("DG-XXX")) { try await harness.assign("DG-XXX", 1, to: "taro@example.jp") }
        await #expect(throws: AccountError.unknownCustomer(Harness.email("nobody@example.jp"))) {
            try await harness.stock("DG-JLE101W", 1)
            try await harness.assign("DG-JLE101W", 1, to: "nobody@example.jp")
        }
    }

    @Test(arguments: StoreKind.cases) func aCountOverTheLimitPerChangeIsRefusedAndChangesNothing(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        for count in [10_001, 2_000_000_000, Int.max] {
            await #expect(throws: StockError.countTooLarge(count, maximum: 10_000)) { try await harness.stock("DG-JLE101W", count) }
        }
        #expect(try await harness.ledger.stock(of: Harness.code("P001"), by: Harness.acting()).isEmpty)
        let message = StockError.countTooLarge(2_000_000_000, maximum: 10_000).message.rendered(in: .english)
        #expect(message.contains("2000000000") || message.contains("2,000,000,000"))
        #expect(message.contains("10000") || message.contains("10,000"))
        try await harness.stock("DG-JLE101W", 10_000)
        await #expect(throws: StockError.countTooLarge(10_001, maximum: 10_000)) {
            try await harness.assign("DG-JLE101W", 10_001, to: "taro@example.jp")
        }
    }

    @Test(arguments: StoreKind.cases) func aLargeAddInsertsEveryLicenseOnce(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.stock("DG-JLE101W", 10_000)
        try await harness.stock("DG-JLE101W", 3)
        let lines = try await harness.ledger.stock(of: Harness.code("P001"), by: Harness.acting())
        #expect(lines.first?.available == 10_003)
        let licenses = try await harness.store.read { records in
            try records.stockLicenses(of: try records.partner(code: Harness.code("P001"))!.id, part: "DG-JLE101W", limit: 20_000)
        }
        #expect(licenses.count == 10_003 && Set(licenses).count == 10_003)
    }

    @Test(arguments: StoreKind.cases) func theLimitPerChangeComesFromTheLedgersSettings(_ store: StoreKind) async throws {
        var settings = Harness.settings
        settings.maximumLicensesPerChange = 5
        let store = try SQLiteLedgerStore.inMemory()
        let harness = Harness(store: store, settings: settings)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 5)
        await #expect(throws: StockError.countTooLarge(6, maximum: 5)) { try await harness.stock("DG-JLE101W", 6) }
    }

    @Test(arguments: StoreKind.cases) func stockGoesOnlyToThePartnersOwnCustomers(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.partner("P002")
        try await harness.customer("hanako@example.jp", of: "P002")
        try await harness.stock("DG-JLE101W", 3)
        await #expect(throws: AccountError.unknownCustomer(Harness.email("hanako@example.jp"))) {
            try await harness.assign("DG-JLE101W", 1, to: "hanako@example.jp", partner: "P001")
        }
    }

    @Test(arguments: StoreKind.cases) func theAuditLogHasTheLicensesAndTheStockBeforeAndAfter(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.stock("DG-JLE101W", 10)
        let result = try await harness.assign("DG-JLE101W", 4, to: "taro@example.jp")
        let entry = try #require(try await harness.audit().last)
        #expect(entry.action == .licensesAssigned)
        #expect(entry.before?["available"] == "10")
        #expect(entry.after?["available"] == "6")
        #expect(entry.after?["licenses"] == "\(result.licenses[0])-\(result.licenses[3])")
        #expect(entry.after?["expires"] == "2026-04-30")
    }

    @Test(arguments: StoreKind.cases) func oldestStockIsAssignedFirstAndNoLicenseTwice(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.stock("DG-JLE101W", 2, on: "2025-01-01")
        try await harness.stock("DG-JLE101W", 2, on: "2025-02-01")
        let first = try await harness.assign("DG-JLE101W", 3, to: "taro@example.jp")
        let second = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp")
        #expect(Set(first.licenses + second.licenses).count == 4)
        #expect(first.licenses.max()! < second.licenses[0])
    }
}
