import Foundation
import GRDB
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// A registration batch whose store fails half-way, in a real SQLite file:
/// another connection takes the write lock before the third input, and the
/// store waits 0 s for it. The result still says what was done
/// (`FullDiskProcessTests` does it with a full disk, through `remo`).
struct RegistrationStoreFailureTests {
    /// Takes the database's write lock from another connection once `after` inputs are done.
    struct LockingProgress: BatchProgress {
        let other: DatabaseQueue
        let after: Int

        init(path: String, after: Int) throws {
            var configuration = Configuration()
            configuration.allowsUnsafeTransactions = true
            other = try DatabaseQueue(path: path, configuration: configuration)
            self.after = after
        }

        func advance(to completed: Int, of total: Int) {
            guard completed == after else { return }
            try! other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        }

        func finish() {}

        func release() throws {
            try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        }
    }

    @Test func aStoreFailureHalfWayIsTheFailingInputsResultAfterTheCommittedOnesAndTheRestAreNotTried() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("ledger.sqlite")
        let tests = try await RegistrationTests(
            harness: Harness(store: try SQLiteLedgerStore(path: path, busyTimeout: 0, opening: .new(.simulation))))
        let serials = ["RG0001", "RG0002", "RG0003", "RG0004", "RG0005"]
        try await tests.label(serials)
        try await tests.harness.stock("DG-JLE101W", 10)
        try await tests.harness.assign("DG-JLE101W", 10, to: RegistrationTests.customer)
        let codes = try serials.map { RegistrationTests.typed(try RegistrationTests.code($0)) }
        // The fourth unit given twice, and an input refused without the records.
        let inputs = codes + [codes[3], RegistrationTests.typed("not a code")]
        let request = RegistrationRequest(
            customer: Harness.email(RegistrationTests.customer), inputs: inputs, cameras: 1, site: "本社")
        let progress = try LockingProgress(path: path, after: 2)
        let result = try await tests.harness.ledger.register(request, by: Harness.acting(), progress: progress)
        try progress.release()
        let failure = LedgerStoreError.locked(path: path, seconds: 0)
        #expect(result.storeFailure == failure)
        #expect(result.items.map(\.status) == [.registered, .registered, .storeFailed, .notTried, .notTried, .invalidPayload])
        #expect(result.items[2].message == failure.message && result.items[2].serial?.rawValue == "RG0003")
        #expect(result.items[3].alsoIn == [codes[3].input])
        #expect(!result.succeeded && result.refused == 1)
        #expect(result.summary == RegistrationText.summaryStoreFailed([
            "registered": 2, "inputs": 6, "already": 0, "refused": 1, "undone": 3,
        ]))
        // Only the committed ones are in the store, whole; run again, the rest register.
        let bound = try await tests.harness.store.read { records in
            try records.bindings(of: try #require(try records.customer(email: Harness.email(RegistrationTests.customer))).id)
        }
        #expect(bound.count == 2)
        let again = try await tests.harness.ledger.register(request, by: Harness.acting())
        #expect(again.storeFailure == nil)
        #expect(again.items.map(\.status) == [.alreadyRegistered, .alreadyRegistered, .registered, .registered, .registered, .invalidPayload])
    }
}
