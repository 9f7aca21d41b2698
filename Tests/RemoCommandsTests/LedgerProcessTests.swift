import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// Faults that need real processes: two assigners at once, a kill in the
/// middle of a batch, a database locked by another process.
@Suite(.serialized)
struct LedgerProcessTests {
    /// A database with partner P001, a confirmed customer and `stock` 1-year licenses.
    func prepare(_ directory: TemporaryDirectory, stock: Int) throws -> String {
        let database = directory.path("remo.sqlite")
        try RemoChildProcess.prepare(
            [
                ["partner", "add", "--code", "P001", "--name", "Tokyo", "--email", "ops@p001.example.jp"],
                ["customer", "add", "--partner", "P001", "--name", "Taro", "--email", "taro@example.jp", "--temp-password", "temporary-1"],
                ["customer", "confirm-email", "--customer", "taro@example.jp"],
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", String(stock)],
            ], database: database, on: "2025-03-01")
        return database
    }

    @Test func twoProcessesAssigningFromOneStockNeverAssignALicenseTwice() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory, stock: 100)
        let assign = [
            "license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W",
            "--today", "2025-03-10", "--yes", "--json",
        ]
        // Three processes want 40 each from 100: two get theirs, one is refused whole.
        let processes = try (0..<3).map { _ in try RemoChildProcess(assign + ["--count", "40"], database: database) }
        let results = processes.map { $0.finish() }
        let succeeded = results.filter { $0.status == 0 }
        #expect(succeeded.count == 2)
        #expect(results.filter { $0.status == 1 }.allSatisfy { $0.stderr.contains("fewer than the 40 asked for") })
        var assigned: [Int] = []
        for result in succeeded {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            assigned += try #require(object["licenses"] as? [Int])
        }
        #expect(assigned.count == 80)
        #expect(Set(assigned).count == 80)
        let store = try SQLiteLedgerStore(path: database)
        let (line, held) = try await store.read { records in
            let partner = try records.requirePartner(try Partner.Code("P001"))
            let customer = try #require(try records.customer(email: try EmailAddress("taro@example.jp")))
            return (try records.stock(of: partner.id).first, try records.licenses(of: customer.id))
        }
        #expect(line?.assigned == 80)
        #expect(line?.available == 20)
        #expect(Set(held.map { Int($0.id.rawValue) }) == Set(assigned))
    }

    @Test func aProcessKilledInTheMiddleOfABatchLeavesAllOrNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory, stock: 1)
        let wal = database + "-wal"
        let baseline = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
        // One stock lot of 400,000 licenses is one transaction; kill it once it is writing.
        let batch = try RemoChildProcess(
            ["stock", "add", "--partner", "P001", "--part", "DG-JLE105W", "--count", "400000"], database: database)
        while batch.process.isRunning {
            let size = (try? FileManager.default.attributesOfItem(atPath: wal)[.size] as? Int) ?? 0
            if size > baseline + 2_000_000 { break }
            usleep(2_000)
        }
        kill(batch.process.processIdentifier, SIGKILL)
        let result = batch.finish()
        #expect(result.signalled)
        let store = try SQLiteLedgerStore(path: database)
        let lines = try await store.read { records in
            try records.stock(of: try records.requirePartner(try Partner.Code("P001")).id)
        }
        let fiveYear = lines.first { $0.product.part == "DG-JLE105W" }?.bought ?? 0
        #expect(fiveYear == 0 || fiveYear == 400_000)
        #expect(lines.first { $0.product.part == "DG-JLE101W" }?.bought == 1)
        // The database is whole and usable: the same batch runs again.
        let again = try RemoChildProcess.run(
            ["stock", "add", "--partner", "P001", "--part", "DG-JLE105W", "--count", "3", "--json"], database: database)
        #expect(again.status == 0)
        #expect(again.stdout.contains("\"bought\" : \(fiveYear + 3)"))
    }

    @Test func aDatabaseLockedByAnotherProcessIsWaitedForThenNamed() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory, stock: 5)
        let store = try SQLiteLedgerStore(path: database)
        let stock = ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "1"]
        let start = Date()
        let locked = try await store.write { _ in
            try RemoChildProcess.run(stock, database: database, environment: ["REMO_BUSY_TIMEOUT": "0.5"])
        }
        #expect(Date().timeIntervalSince(start) >= 0.5)
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("\(database) is busy: another remo process held it for 0.5 seconds"))
        #expect(try RemoChildProcess.run(stock, database: database).status == 0)
        let bought = try await store.read { records in
            try records.stock(of: try records.requirePartner(try Partner.Code("P001")).id).first?.bought
        }
        #expect(bought == 6)
    }

    @Test func aFileThatIsNotADatabaseIsNamedAndAReadOnlyOneIsReadButNotChanged() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let text = directory.path("notes.txt")
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: text))
        let foreign = try RemoChildProcess.run(["partner", "list"], database: text)
        #expect(foreign.status == 1)
        #expect(foreign.stderr.contains("\(text) is not a remo database"))
        let database = try prepare(directory, stock: 1)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        // A read-only ledger is read, and refuses a change, naming the file.
        let reading = try RemoChildProcess.run(["partner", "list"], database: database)
        #expect(reading.status == 0 && reading.stdout.contains("P001"), "\(reading.stderr)")
        let readOnly = try RemoChildProcess.run(
            ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "1", "--today", "2025-03-02", "--lang", "ja"],
            database: database)
        #expect(readOnly.status == 1)
        #expect(readOnly.stderr.contains("\(database) に書き込めません"), "\(readOnly.stderr)")
    }
}
