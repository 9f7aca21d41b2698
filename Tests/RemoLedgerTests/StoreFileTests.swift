import Foundation
import GRDB
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct StoreFileTests {
    @Test func theFileIsCreatedWhenAskedAndReopened() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("new.sqlite")
        try await Harness(store: try SQLiteLedgerStore(path: path, opening: .new(.simulation))).partner()
        #expect(FileManager.default.fileExists(atPath: path))
        let reopened = Harness(store: try SQLiteLedgerStore(path: path))
        #expect(try await reopened.ledger.partners(by: Harness.acting()).map(\.code.rawValue) == ["P001"])
        let mode = try await DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func aFileThatIsNotSQLiteIsNamed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("notes.sqlite")
        try Data("activation_id,encryption_id,part\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: LedgerStoreError.notADatabase(path: path)) { try SQLiteLedgerStore(path: path) }
        #expect(LedgerStoreError.notADatabase(path: path).description.contains(path))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data("activation_id,encryption_id,part\n".utf8))
    }

    @Test func aReadOnlyFileIsNamed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("ro.sqlite")
        _ = try SQLiteLedgerStore(path: path, opening: .new(.simulation))
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        #expect(throws: LedgerStoreError.readOnly(path: path)) { try SQLiteLedgerStore(path: path) }
        #expect(LedgerStoreError.readOnly(path: path).message.rendered(in: .japanese).contains(path))
    }

    @Test func aMissingFolderIsNamed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("no/such/folder/remo.sqlite")
        #expect {
            try SQLiteLedgerStore(path: path, opening: .new(.live))
        } throws: { error in
            guard case .cannotOpen(let named, let reason) = error as? LedgerStoreError else { return false }
            return named == path && reason.contains("no/such/folder")
        }
    }

    @Test func aLockedDatabaseWaitsThenFailsChangingNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("locked.sqlite")
        let harness = Harness(store: try SQLiteLedgerStore(path: path, busyTimeout: 0.2, opening: .new(.simulation)))
        try await harness.partner()
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let other = try DatabaseQueue(path: path, configuration: configuration)
        try other.inDatabase { db in try db.execute(sql: "BEGIN IMMEDIATE") }
        await #expect(throws: LedgerStoreError.locked(path: path, seconds: 0.2)) { try await harness.partner("P002") }
        try other.inDatabase { db in try db.execute(sql: "ROLLBACK") }
        #expect(LedgerStoreError.locked(path: path, seconds: 0.2).description.contains("0.2 seconds"))
        try await harness.partner("P002")
        #expect(try await harness.ledger.partners(by: Harness.acting()).count == 2)
    }

    @Test func aDatabaseFromANewerRemoIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("newer.sqlite")
        _ = try SQLiteLedgerStore(path: path, opening: .new(.simulation))
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
        #expect(throws: LedgerStoreError.newerSchema(path: path, migration: "v99: from the future")) {
            try SQLiteLedgerStore(path: path)
        }
    }

    @Test func aThrownErrorRollsBackEverythingTheTransactionWrote() async throws {
        struct Stop: Error {}
        let harness = try Harness()
        await #expect(throws: Stop.self) {
            try await harness.store.write { records in
                _ = try records.insertPartner(
                    code: Harness.code("P009"), name: "X", email: Harness.email("x@example.jp"), created: Harness.epoch)
                throw Stop()
            }
        }
        #expect(try await harness.ledger.partners(by: Harness.acting()).isEmpty)
    }
}
