import Foundation
import RemoCore
import RemoLedger
import RemoPostgres
import Testing

/// The test server's database (`REMO_TEST_POSTGRES`).
let postgresTestServer = ProcessInfo.processInfo.environment["REMO_TEST_POSTGRES"].flatMap { PostgresLocation($0) }

/// `remo` over a PostgreSQL ledger (`REMO_TEST_POSTGRES`; scripts/test.sh starts
/// a throw-away server): `remo init` makes it in an empty schema, and
/// several processes at once keep its rules.
@Suite(.enabled(if: postgresTestServer != nil, "REMO_TEST_POSTGRES is not set: no PostgreSQL server for these cases"))
struct PostgresProcessTests {

    /// A new schema's URL, with a password that must never be printed, and a label key path.
    static func fresh(_ directory: TemporaryDirectory) throws -> (url: String, location: PostgresLocation, key: String) {
        let server = try #require(postgresTestServer)
        let schema = "c_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        let url = "postgres://\(server.user):n0t-printed@\(server.host):\(server.port)/\(server.database)?schema=\(schema)"
        return (url, try #require(PostgresLocation(url)), directory.path("remo.label-key"))
    }

    @Test func initMakesTheLedgerAndItsKeyOnceAndNeverPrintsThePassword() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (url, location, key) = try Self.fresh(directory)
        let keyless = try RemoChildProcess.run(["init"], database: url)
        #expect(keyless.status == 64)
        #expect(keyless.stderr.contains("--label-key"))
        let made = try RemoChildProcess.run(["init", "--label-key", key, "--simulation"], database: url)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains(location.description))
        #expect(FileManager.default.fileExists(atPath: key))
        let again = try RemoChildProcess.run(["init", "--label-key", directory.path("other.key")], database: url)
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds tables"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("other.key")))
        for result in [keyless, made, again] { #expect(!(result.stdout + result.stderr).contains("n0t-printed")) }
    }

    @Test func processesAssigningFromOneStockNeverAssignALicenseTwice() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (url, location, key) = try Self.fresh(directory)
        try RemoChildProcess.prepare(
            [
                ["init", "--label-key", key, "--simulation"],
                ["partner", "add", "--code", "P001", "--name", "Tokyo", "--email", "ops@p001.example.jp"],
                ["customer", "add", "--partner", "P001", "--name", "Taro", "--email", "taro@example.jp", "--temp-password", "temporary-1"],
                ["customer", "confirm-email", "--customer", "taro@example.jp"],
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "100"],
            ], database: url, on: "2025-03-01")
        let assign = [
            "license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W",
            "--today", "2025-03-10", "--yes", "--json", "--count", "40",
        ]
        // Three processes want 40 each from 100: two get theirs, one is refused whole.
        let processes = try (0..<3).map { _ in try RemoChildProcess(assign, database: url) }
        let results = processes.map { $0.finish() }
        #expect(results.filter { $0.status == 0 }.count == 2)
        var assigned: [Int] = []
        for result in results where result.status == 0 {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            assigned += try #require(object["licenses"] as? [Int])
        }
        #expect(Set(assigned).count == 80)
        let line = try await PostgresLedgerStore(location).read { records in
            try records.stock(of: try #require(try records.partner(code: try Partner.Code("P001"))).id).first
        }
        #expect(line?.assigned == 80)
    }

    /// A PostgreSQL ledger with `count` labeled units (`RP0000`…, their
    /// registration codes returned), partner P001 and customer taro holding
    /// `licenses` edge-storage term licenses.
    static func labeledUnits(_ count: Int, licenses: Int, in directory: TemporaryDirectory) throws
        -> (url: String, location: PostgresLocation, codes: [String])
    {
        let (url, location, key) = try fresh(directory)
        let rows = (0..<count).map { String(format: "WJ-NX400K/G,RP%04d,0A1B2C3D%08X,2025-01", $0, $0) }
        let units = directory.path("units.csv")
        try Data((["model,serial,device_id,produced"] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: units))
        try RemoChildProcess.prepare(
            [
                ["init", "--label-key", key, "--simulation"],
                ["labels", "make", "--csv", units, "--out", directory.path("labels"), "--label-key", key],
                ["partner", "add", "--code", "P001", "--name", "Tokyo", "--email", "ops@p001.example.jp"],
                ["customer", "add", "--partner", "P001", "--name", "Taro", "--email", "taro@example.jp", "--temp-password", "temporary-1"],
                ["customer", "confirm-email", "--customer", "taro@example.jp"],
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", String(licenses)],
                ["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W",
                 "--count", String(licenses), "--yes"],
            ], database: url, on: "2025-03-01")
        let labelKey = try #require(try LabelKeyFile(path: key).load())
        let codes = try (0..<count).map { index in
            let serial = try SerialNumber(String(format: "RP%04d", index))
            return RegistrationCode(serial: serial, claimCode: labelKey.claimCode(serial: serial, generation: 1)).description
        }
        return (url, location, codes)
    }

    /// Taro's recorders and cameras, and the current bindings.
    static func devices(_ store: PostgresLedgerStore) async throws -> (recorders: [Recorder], cameras: [Camera], bindings: [Binding]) {
        try await store.read { records in
            let taro = try #require(try records.customer(email: try EmailAddress("taro@example.jp")))
            return (
                try records.recorders(of: taro.id), try records.cameras(of: taro.id),
                try records.bindings(of: taro.id).filter(\.isCurrent)
            )
        }
    }

    @Test func aRegistrationBatchKilledMidWayAndRunAgainRegistersEachRecorderOnceWithAllItsCameras() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let count = 150
        let (url, location, codes) = try Self.labeledUnits(count, licenses: 2 * count, in: directory)
        let register = ["register", "--customer", "taro@example.jp", "--today", "2025-03-10", "--cameras", "2", "--json", "--code"] + codes
        // SIGKILL once a few recorders are in: each recorder is its own
        // transaction, so the one in flight is rolled back by the server. On a
        // loaded machine the batch kills itself after 100 (REMO_FAULT), should
        // the test not see it in time.
        let store = try PostgresLedgerStore(location)
        let batch = try RemoChildProcess(register, database: url, environment: ["REMO_FAULT": "register-after:100"])
        let deadline = Date().addingTimeInterval(60)
        while batch.process.isRunning, Date() < deadline, try await Self.devices(store).recorders.count < 3 {
            usleep(2_000)
        }
        kill(batch.process.processIdentifier, SIGKILL)
        let killed = batch.finish()
        #expect(killed.signalled, "the batch ended before it was killed: \(killed.stderr)")
        let half = try await Self.devices(store)
        #expect(half.recorders.count >= 3 && half.recorders.count < count)
        // Nothing half-written: each recorder in has both its cameras, each with its own license.
        #expect(half.cameras.count == 2 * half.recorders.count)
        #expect(Set(half.cameras.compactMap(\.recorderID)) == Set(half.recorders.map(\.id)))
        #expect(half.bindings.count == half.cameras.count && Set(half.bindings.map(\.licenseID)).count == half.cameras.count)

        let again = try RemoChildProcess.run(register, database: url)
        #expect(again.status == 0, "\(again.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let statuses = try #require(object["results"] as? [[String: Any]]).map { $0["status"] as? String }
        #expect(
            statuses == Array(repeating: "already-registered", count: half.recorders.count)
                + Array(repeating: "registered", count: count - half.recorders.count))
        let whole = try await Self.devices(store)
        #expect(whole.recorders.count == count && Set(whole.recorders.map(\.serial)).count == count)
        #expect(whole.cameras.count == 2 * count)
        #expect(whole.bindings.count == 2 * count)
        #expect(Set(whole.bindings.map(\.licenseID)).count == 2 * count && Set(whole.bindings.map(\.cameraID)).count == 2 * count)
    }

    @Test func aLedgerFileCopiedIntoPostgreSQLGivesTheSameReportsAndGoesOn() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.path("remo.sqlite")
        try RemoChildProcess.prepare(
            [
                ["partner", "add", "--code", "P001", "--name", "Tokyo", "--email", "ops@p001.example.jp"],
                ["customer", "add", "--partner", "P001", "--name", "Taro", "--email", "taro@example.jp", "--temp-password", "temporary-1"],
                ["customer", "confirm-email", "--customer", "taro@example.jp"],
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "6"],
                ["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", "3", "--yes"],
                ["camera", "add", "--customer", "taro@example.jp", "--site", "本社", "--connection", "edge-storage", "--name", "入口"],
            ], database: file, on: "2025-03-10")
        let (url, location, _) = try Self.fresh(directory)
        let copied = try RemoChildProcess.run(["db", "copy", "--from", file, "--to", url], database: file)
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(copied.stdout.contains(location.description) && !copied.stdout.contains("n0t-printed"))
        let report = ["report", "--partner", "P001", "--json", "--today", "2025-03-11"]
        let before = try RemoChildProcess.run(report, database: file)
        let after = try RemoChildProcess.run(report, database: url)
        #expect(after.status == 0 && after.stdout == before.stdout, "\(after.stderr)")
        // The copy goes on where the file stopped: new rows get new IDs.
        let more = try RemoChildProcess.run(
            ["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", "3",
             "--yes", "--json", "--today", "2025-03-12"], database: url)
        #expect(more.status == 0, "\(more.stderr)")
        let again = try RemoChildProcess.run(["db", "copy", "--from", file, "--to", url], database: file)
        #expect(again.status == 1 && again.stderr.contains("already holds tables"))
    }
}
