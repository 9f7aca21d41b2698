import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct StockTests {
    let taro = Harness.email("taro@example.jp")

    func harness() throws -> Harness {
        let harness = try Harness()
        try harness.partner()
        try harness.customer("taro@example.jp")
        return harness
    }

    @Test func assignmentFixesTheDatesOfDomainExample() throws {
        let harness = try harness()
        try harness.stock("DG-JLE101W", 5)
        let result = try harness.assign("DG-JLE101W", 2, to: "taro@example.jp", on: "2025-03-10")
        #expect(result.licenses.count == 2)
        #expect(result.dates.freeUntil.description == "2025-04-30")
        #expect(result.dates.expires.description == "2026-04-30")
        #expect(result.remaining == 3)
        let held = try harness.ledger.licenses(of: taro, by: Harness.acting())
        #expect(held.map(\.license.expires?.description) == ["2026-04-30", "2026-04-30"])
        #expect(held.allSatisfy { $0.current == nil })
        let stock = try harness.ledger.stock(of: Harness.code("P001"), by: Harness.acting())
        #expect(stock.map { [$0.bought, $0.assigned, $0.available] } == [[5, 2, 3]])
    }

    @Test func stockDoesNotAgeTheDatesStartAtAssignment() throws {
        let harness = try harness()
        try harness.stock("DG-JLE105W", 1, on: "2020-01-01")
        let result = try harness.assign("DG-JLE105W", 1, to: "taro@example.jp", on: "2025-03-10")
        #expect(result.dates.expires.description == "2030-04-30")
    }

    @Test func aCountLargerThanTheStockAssignsNothing() throws {
        let harness = try harness()
        try harness.stock("DG-JLE101W", 3)
        #expect(
            throws: StockError.notEnoughStock(partner: Harness.code("P001"), part: "DG-JLE101W", available: 3, requested: 4)
        ) { try harness.assign("DG-JLE101W", 4, to: "taro@example.jp") }
        #expect(try harness.ledger.licenses(of: taro, by: Harness.acting()).isEmpty)
        #expect(try harness.ledger.stock(of: Harness.code("P001"), by: Harness.acting()).first?.available == 3)
        #expect(try harness.audit().contains { $0.action == .licensesAssigned } == false)
    }

    @Test func assignmentNeedsConfirmation() throws {
        let harness = try harness()
        try harness.stock("DG-JLE101W", 3)
        #expect(throws: StockError.notConfirmed(count: 2, part: "DG-JLE101W", customer: taro)) {
            try harness.ledger.assignLicenses(
                partner: Harness.code("P001"), customer: taro, part: "dg-jle101w", count: 2, confirmed: false,
                by: Harness.acting())
        }
        #expect(try harness.ledger.licenses(of: taro, by: Harness.acting()).isEmpty)
    }

    @Test func anUnconfirmedAddressIsRefusedSayingWhy() throws {
        let harness = try Harness()
        try harness.partner()
        try harness.customer("taro@example.jp", confirmed: false)
        try harness.customer("jiro@gmial.com", confirmed: false)
        try harness.stock("DG-JLE101W", 3)
        #expect(throws: StockError.emailUnconfirmed(taro, likelyTypo: nil)) {
            try harness.assign("DG-JLE101W", 1, to: "taro@example.jp")
        }
        let typo = StockError.emailUnconfirmed(Harness.email("jiro@gmial.com"), likelyTypo: "gmail.com")
        #expect(throws: typo) { try harness.assign("DG-JLE101W", 1, to: "jiro@gmial.com") }
        #expect(typo.message.rendered(in: .english).contains("did you mean gmail.com?"))
        #expect(typo.message.rendered(in: .japanese).contains("gmail.com の誤りではありませんか"))
        _ = try harness.ledger.confirmEmail(of: taro, by: Harness.acting())
        #expect(try harness.assign("DG-JLE101W", 1, to: "taro@example.jp").licenses.count == 1)
    }

    @Test func unknownPartsAndPerpetualPartsAndBadCountsAreRefused() throws {
        let harness = try harness()
        #expect(throws: Product.LookupError.unknownPart("DG-XXX")) { try harness.stock("DG-XXX", 1) }
        #expect(throws: StockError.perpetualNotStock(part: "DG-JLE100W-8A")) { try harness.stock("DG-JLE100W-8A", 1) }
        #expect(throws: StockError.countNotPositive(0)) { try harness.stock("DG-JLE101W", 0) }
        #expect(throws: Product.LookupError.unknownPart("DG-XXX")) { try harness.assign("DG-XXX", 1, to: "taro@example.jp") }
        #expect(throws: AccountError.unknownCustomer(Harness.email("nobody@example.jp"))) {
            try harness.stock("DG-JLE101W", 1)
            try harness.assign("DG-JLE101W", 1, to: "nobody@example.jp")
        }
    }

    @Test func stockGoesOnlyToThePartnersOwnCustomers() throws {
        let harness = try harness()
        try harness.partner("P002")
        try harness.customer("hanako@example.jp", of: "P002")
        try harness.stock("DG-JLE101W", 3)
        #expect(throws: AccountError.unknownCustomer(Harness.email("hanako@example.jp"))) {
            try harness.assign("DG-JLE101W", 1, to: "hanako@example.jp", partner: "P001")
        }
    }

    @Test func theAuditLogHasTheLicensesAndTheStockBeforeAndAfter() throws {
        let harness = try harness()
        try harness.stock("DG-JLE101W", 10)
        let result = try harness.assign("DG-JLE101W", 4, to: "taro@example.jp")
        let entry = try #require(try harness.audit().last)
        #expect(entry.action == .licensesAssigned)
        #expect(entry.before?["available"] == "10")
        #expect(entry.after?["available"] == "6")
        #expect(entry.after?["licenses"] == "\(result.licenses[0])-\(result.licenses[3])")
        #expect(entry.after?["expires"] == "2026-04-30")
    }

    @Test func oldestStockIsAssignedFirstAndNoLicenseTwice() throws {
        let harness = try harness()
        try harness.stock("DG-JLE101W", 2, on: "2025-01-01")
        try harness.stock("DG-JLE101W", 2, on: "2025-02-01")
        let first = try harness.assign("DG-JLE101W", 3, to: "taro@example.jp")
        let second = try harness.assign("DG-JLE101W", 1, to: "taro@example.jp")
        #expect(Set(first.licenses + second.licenses).count == 4)
        #expect(first.licenses.max()! < second.licenses[0])
    }
}
