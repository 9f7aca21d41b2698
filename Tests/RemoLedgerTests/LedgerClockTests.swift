import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// The ledger's clock (docs/domain.md, "The ledger's clock"): a live ledger
/// dates every change by the clock in the account's time zone and refuses a
/// given day; a simulation ledger takes given days, only forward; readings
/// look at any day.
struct LedgerClockTests {
    /// 2025-04-01T02:00:00Z: 11:00 in Tokyo, 22:00 on 2025-03-31 in New York.
    static let issueInstant = Date(timeIntervalSince1970: 1_743_472_800)

    static func at(_ instant: Date, _ principal: Principal = .localOperator, day: String? = nil) -> Acting {
        Acting(principal, day: day.map { CalendarDate($0)! }, now: instant)
    }

    /// A live ledger with P001, a confirmed Tokyo customer and a confirmed New
    /// York one, and stock, set up on 2025-03-10 by the clock.
    static func liveLedger() async throws -> Harness {
        let harness = Harness(store: try SQLiteLedgerStore.inMemory(kind: .live))
        let setup = Date(timeIntervalSince1970: 1_741_564_800)  // 2025-03-10T00:00Z
        _ = try await harness.ledger.addPartner(
            code: Harness.code("P001"), name: "P001", email: Harness.email("ops@p001.example.jp"), by: at(setup))
        for (email, zone) in [("tokyo@example.jp", "Asia/Tokyo"), ("ny@example.jp", "America/New_York")] {
            _ = try await harness.ledger.addCustomer(
                partner: Harness.code("P001"), name: email, email: Harness.email(email), password: .temporary("temporary-1"),
                timeZone: zone, by: at(setup))
            _ = try await harness.ledger.confirmEmail(of: Harness.email(email), by: at(setup))
        }
        _ = try await harness.ledger.addStock(
            partner: Harness.code("P001"), part: "DG-JLE101W", count: 4, order: nil, by: at(setup))
        return harness
    }

    func assign(_ harness: Harness, to email: String, _ acting: Acting) async throws -> AssignmentResult {
        try await harness.ledger.assignLicenses(
            partner: Harness.code("P001"), customer: Harness.email(email), part: "DG-JLE101W", count: 1, confirmed: true,
            by: acting)
    }

    @Test func aChangeIsDatedByTheClockInTheAccountsTimeZone() async throws {
        let harness = try await Self.liveLedger()
        let newYork = try await assign(harness, to: "ny@example.jp", Self.at(Self.issueInstant))
        #expect(newYork.dates.assigned.description == "2025-03-31" && newYork.dates.expires.description == "2026-04-30")
        let tokyo = try await assign(harness, to: "tokyo@example.jp", Self.at(Self.issueInstant))
        #expect(tokyo.dates.assigned.description == "2025-04-01" && tokyo.dates.expires.description == "2026-05-31")
        // The audit log records each change on its account's day.
        let days = try await harness.audit().filter { $0.action == .licensesAssigned }.map(\.on.description)
        #expect(days.sorted() == ["2025-03-31", "2025-04-01"])
    }

    @Test(arguments: [
        // Tokyo is UTC+9: midnight there is 15:00 UTC the day before.
        (1_743_433_140.0, "Asia/Tokyo", "2025-03-31"),  // 2025-03-31T14:59Z = 23:59 in Tokyo
        (1_743_433_200.0, "Asia/Tokyo", "2025-04-01"),  // 2025-03-31T15:00Z = 00:00 in Tokyo
        // New York is UTC-4 in April (daylight time): midnight there is 04:00 UTC.
        (1_743_479_940.0, "America/New_York", "2025-03-31"),  // 2025-04-01T03:59Z = 23:59 in New York
        (1_743_480_000.0, "America/New_York", "2025-04-01"),  // 2025-04-01T04:00Z = 00:00 in New York
    ])
    func theDayTurnsAtMidnightInTheAccountsZone(seconds: Double, zone: String, day: String) {
        #expect(LedgerClock.day(of: Date(timeIntervalSince1970: seconds), in: zone).description == day)
    }

    @Test func aLiveLedgerRefusesAGivenDayOnAChangeAndChangesNothing() async throws {
        let harness = try await Self.liveLedger()
        let refused = await #expect(throws: ClockError.self) {
            try await assign(harness, to: "tokyo@example.jp", Self.at(Self.issueInstant, day: "2025-03-25"))
        }
        #expect(refused == .dayGivenOnLiveLedger(given: CalendarDate("2025-03-25")!, today: CalendarDate("2025-04-01")!))
        let text = try #require(refused).message.rendered(in: .english)
        #expect(text.contains("2025-03-25") && text.contains("2025-04-01") && !text.contains("--"))
        #expect(try #require(refused).message.rendered(in: .japanese).contains("2025年3月25日"))
        #expect(try await harness.ledger.licenses(of: Harness.email("tokyo@example.jp"), by: Self.at(Self.issueInstant)).isEmpty)
    }

    @Test func aLiveLedgersReadingsLookAtAnyDay() async throws {
        let harness = try await Self.liveLedger()
        _ = try await assign(harness, to: "tokyo@example.jp", Self.at(Self.issueInstant))
        let later = try await harness.ledger.provisioningReport(
            .customer(Harness.email("tokyo@example.jp")), by: Self.at(Self.issueInstant, day: "2027-01-01"))
        #expect(later.today.description == "2027-01-01" && later.ledger == .live)
        let now = try await harness.ledger.provisioningReport(
            .customer(Harness.email("ny@example.jp")), by: Self.at(Self.issueInstant))
        #expect(now.today.description == "2025-03-31")
        let text = String(decoding: try later.rendered(as: .text, options: ReportOptions(language: .english)), as: UTF8.self)
        #expect(!text.contains("Simulation"))
    }

    @Test(arguments: StoreKind.cases) func aSimulationOnlyMovesForwardNamingBothDays(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 3)
        try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-06-01")
        let refused = await #expect(throws: ClockError.self) {
            try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-03-25")
        }
        #expect(refused == .beforeLatestChange(day: CalendarDate("2025-03-25")!, latest: CalendarDate("2025-06-01")!))
        let text = try #require(refused).message.rendered(in: .english)
        #expect(text.contains("2025-03-25") && text.contains("2025-06-01"))
        // The same day and later days are taken; readings look back.
        try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-06-01")
        try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-07-01")
        let report = try await harness.ledger.provisioningReport(
            .customer(Harness.email("taro@example.jp")), by: Harness.acting(on: "2025-01-01"))
        #expect(report.today.description == "2025-01-01")
        #expect(try await harness.audit().filter { $0.action == .licensesAssigned }.count == 3)
    }

    @Test(arguments: StoreKind.cases) func aSimulationDatesAChangeWithoutADayByTheClock(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        let partner = try await harness.ledger.addPartner(
            code: Harness.code("P001"), name: "P001", email: Harness.email("ops@p001.example.jp"),
            by: Self.at(Self.issueInstant))
        #expect(partner.code.rawValue == "P001")
        #expect(try await harness.audit().first?.on.description == "2025-04-01")
        #expect(try await harness.store.read { try $0.clockState() } == ClockState(kind: .simulation, latestChange: CalendarDate("2025-04-01")))
    }

    @Test(arguments: StoreKind.cases) func aBackdatedPerpetualMoveIsRefusedNotWrittenAsAnImpossibleHistory(_ store: StoreKind) async throws {
        // The issue's case: a move refused on 2025-06-01 (past 30 days) cannot be
        // made by giving 2025-03-25 after it.
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp", on: "2025-03-01")
        let cards = try await harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")], on: "2025-03-01")
        let license = try #require(cards.items.first?.licenses.first)
        let cameras = try await harness.cameras(["A", "B"])
        _ = try await harness.ledger.bindLicense(
            to: cameras[0].id, of: Harness.email("taro@example.jp"), choosing: .named(license), by: Harness.acting(on: "2025-03-10"))
        await #expect(throws: PerpetualRules.Refusal.self) {
            try await harness.ledger.moveLicense(
                license, of: Harness.email("taro@example.jp"), to: cameras[1].id, by: Harness.acting(on: "2025-06-01"))
        }
        try await harness.stock("DG-JLE101W", 1, on: "2025-06-01")  // a change on 2025-06-01
        await #expect(throws: ClockError.beforeLatestChange(day: CalendarDate("2025-03-25")!, latest: CalendarDate("2025-06-01")!)) {
            try await harness.ledger.moveLicense(
                license, of: Harness.email("taro@example.jp"), to: cameras[1].id, by: Harness.acting(on: "2025-03-25"))
        }
        #expect(try await harness.bound(to: cameras) == [[license], []])
    }

    @Test(arguments: StoreKind.cases) func theTextAndPDFReportSayWhenTheLedgerIsASimulationAndTheRowsDoNot(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        let report = try await harness.ledger.provisioningReport(.customer(Harness.email("taro@example.jp")), by: Harness.acting())
        #expect(report.ledger == .simulation)
        let text = String(decoding: try report.rendered(as: .text, options: ReportOptions(language: .english)), as: UTF8.self)
        #expect(text.contains("Simulation ledger"))
        let japanese = String(decoding: try report.rendered(as: .text, options: ReportOptions(language: .japanese)), as: UTF8.self)
        #expect(japanese.contains("シミュレーション台帳"))
        for format in [ReportFormat.json, .csv] {
            let rows = String(decoding: try report.rendered(as: format, options: ReportOptions(language: .english)), as: UTF8.self)
            #expect(!rows.lowercased().contains("simulation"), "\(format)")
        }
        let pdf = try report.rendered(as: .pdf, options: ReportOptions(language: .english))
        #expect(pdf.count > 1000)
    }
}
