import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct OutboxTests {
    @Test func aMailIsAFileOnlyItsOwnerReadsWrittenWhole() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try SQLiteLedgerStore.inMemory()
        let outbox = DirectoryOutbox(directory: directory.url.appendingPathComponent("outbox"))
        let ledger = Ledger(store: store, outbox: outbox, settings: Harness.settings)
        _ = try await ledger.addPartner(code: Harness.code("P001"), name: "P", email: Harness.email("p@example.jp"), by: Harness.acting())
        let added = try await ledger.addCustomer(
            partner: Harness.code("P001"), name: "山田", email: Harness.email("taro@example.jp"), password: .generated,
            by: Harness.acting())
        let path = try #require(added.mail)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasSuffix("\r\n"))
        #expect(text.contains("To: =?UTF-8?B?"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path("outbox")).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func aMailThatCannotBeWrittenChangesNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let blocker = directory.path("outbox")
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: blocker))
        let store = try SQLiteLedgerStore.inMemory()
        let ledger = Ledger(store: store, outbox: DirectoryOutbox(directory: URL(fileURLWithPath: blocker)), settings: Harness.settings)
        _ = try await ledger.addPartner(code: Harness.code("P001"), name: "P", email: Harness.email("p@example.jp"), by: Harness.acting())
        await #expect(throws: OutboxError.self) {
            try await ledger.addCustomer(
                partner: Harness.code("P001"), name: "A", email: Harness.email("a@example.jp"), password: .generated,
                by: Harness.acting())
        }
        #expect(try await ledger.customers(by: Harness.acting()).isEmpty)
        #expect(try await ledger.audit(by: Harness.acting()).map(\.action) == [.partnerAdded])
    }
}
