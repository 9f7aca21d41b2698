import Foundation
import GRDB
import RemoCore
import RemoLedger
@testable import RemoSQLite
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

    @Test func aReadOnlyFileServesReadingsAndRefusesChangesNamingIt() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("ro.sqlite")
        try await Harness(store: try SQLiteLedgerStore(path: path, opening: .new(.simulation))).partner()
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let store = try SQLiteLedgerStore(path: path)
        #expect(store.isReadOnly)
        let harness = Harness(store: store)
        #expect(try await harness.ledger.partners(by: Harness.acting()).map(\.code.rawValue) == ["P001"])
        await #expect(throws: LedgerStoreError.readOnly(path: path)) { try await harness.partner("P002") }
        #expect(LedgerStoreError.readOnly(path: path).message.rendered(in: .japanese).contains(path))
    }

    @Test func aNewLedgerIsMadeForItsOwnerOnlyAndNeverOverAFile() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("private.sqlite")
        _ = try SQLiteLedgerStore(path: path, opening: .new(.live))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(throws: LedgerStoreError.exists(path: path)) { try SQLiteLedgerStore(path: path, opening: .new(.live)) }
        #expect(throws: LedgerStoreError.missing(path: directory.path("none.sqlite"))) {
            try SQLiteLedgerStore(path: directory.path("none.sqlite"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("none.sqlite")))
        #expect(try await SQLiteLedgerStore(path: path).read { try $0.clockState() }.kind == .live)
    }

    @Test(arguments: [Double.infinity, .nan, 2_200_000, -1])
    func aBusyTimeoutOutOfRangeIsRefused(seconds: Double) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(throws: LedgerStoreError.self) {
            try SQLiteLedgerStore(path: directory.path("t.sqlite"), busyTimeout: seconds, opening: .new(.live))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("t.sqlite")))
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

    @Test(arguments: StoreKind.cases) func aThrownErrorRollsBackEverythingTheTransactionWrote(_ store: StoreKind) async throws {
        struct Stop: Error {}
        let harness = try Harness(store)
        await #expect(throws: Stop.self) {
            try await harness.store.write { records in
                _ = try records.insertPartner(
                    code: Harness.code("P009"), name: "X", email: Harness.email("x@example.jp"), created: Harness.epoch)
                throw Stop()
            }
        }
        #expect(try await harness.ledger.partners(by: Harness.acting()).isEmpty)
    }

    @Test func aFullOrFailingDiskAndAnyOtherDatabaseFailureNameTheDatabaseNotTheSQL() {
        let full = SQLiteLedgerStore.mapped(DatabaseError(resultCode: .SQLITE_FULL, message: "database or disk is full"), path: "/srv/remo.sqlite", busyTimeout: 10)
        #expect(full as? LedgerStoreError == .diskFailure(path: "/srv/remo.sqlite", reason: "database or disk is full"))
        let text = (full as? LedgerStoreError)?.message.rendered(in: .english) ?? ""
        #expect(text.contains("/srv/remo.sqlite") && text.contains("Free space"))
        let other = SQLiteLedgerStore.mapped(
            DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "CHECK constraint failed: ended >= began", sql: "INSERT INTO binding"),
            path: "/srv/remo.sqlite", busyTimeout: 10)
        guard case .failed(let path, let reason)? = other as? LedgerStoreError else {
            Issue.record("\(other)")
            return
        }
        #expect(path == "/srv/remo.sqlite" && !reason.contains("INSERT"))
    }
}
