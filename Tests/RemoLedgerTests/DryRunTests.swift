import RemoCore
import RemoLedger
import Testing

/// Dry runs (issue 23) run the use case in a transaction that is rolled back:
/// the same checks and result, nothing changed, on a real SQLite store.
struct DryRunTests {
    @Test(arguments: StoreKind.cases) func aDryRunAssignmentReturnsTheLicensesItWouldTakeAndLeavesTheStock(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 3)
        let before = try await harness.audit().count
        let rehearsed = try await harness.ledger.assignLicenses(
            partner: Harness.code("P001"), customer: Harness.email("taro@example.jp"), part: "DG-JLE101W", count: 2,
            confirmed: false, dryRun: true, by: Harness.acting())
        #expect(rehearsed.licenses.count == 2 && rehearsed.remaining == 1)
        #expect(try await harness.audit().count == before)
        // The licenses are still in stock: the real assignment takes the same ones.
        let assigned = try await harness.ledger.assignLicenses(
            partner: Harness.code("P001"), customer: Harness.email("taro@example.jp"), part: "DG-JLE101W", count: 2,
            confirmed: true, by: Harness.acting())
        #expect(assigned.licenses == rehearsed.licenses)
    }

    @Test(arguments: StoreKind.cases) func aDryRunIsRefusedForTheSameReasonsAsTheChange(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 1)
        await #expect(throws: StockError.notEnoughStock(partner: Harness.code("P001"), part: "DG-JLE101W", available: 1, requested: 2)) {
            try await harness.ledger.assignLicenses(
                partner: Harness.code("P001"), customer: Harness.email("taro@example.jp"), part: "DG-JLE101W", count: 2,
                confirmed: false, dryRun: true, by: Harness.acting())
        }
    }

    @Test(arguments: StoreKind.cases) func aDryRunRegistrationSeesWhatEarlierInputsWouldTakeAndRegistersNothing(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE201W", 1)
        try await harness.assign("DG-JLE201W", 1, to: "taro@example.jp")
        let request = RegistrationRequest(
            customer: Harness.email("taro@example.jp"),
            inputs: [RegistrationInput(input: "a", kind: .direct), RegistrationInput(input: "b", kind: .direct)],
            site: "north")
        let rehearsed = try await harness.ledger.register(request, dryRun: true, by: Harness.acting())
        #expect(rehearsed.items.map(\.status) == [.registered, .noLicense])
        #expect(try await harness.ledger.cameras(of: Harness.email("taro@example.jp"), by: Harness.acting()).isEmpty)
    }
}
