import Foundation
import RemoCommands
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// `remo register` as installers run it: a batch killed half-way and run
/// again, two processes registering the same recorder at once, and a photo of
/// another customer's unit.
@Suite(.serialized)
struct RegisterProcessTests {
    /// A database with a partner, two customers, `licenses` edge-storage term
    /// licenses for taro, and `count` labeled units (`RP0000`…) whose
    /// registration codes are returned, read from the label key file.
    static func setUp(_ directory: TemporaryDirectory, units count: Int, licenses: Int, png: Bool = false) throws
        -> (database: String, codes: [String])
    {
        let database = directory.path("remo.sqlite")
        let rows = (0..<count).map { String(format: "WJ-NX400K/G,RP%04d,0A1B2C3D%08X,2025-01", $0, $0) }
        let units = directory.path("units.csv")
        try Data((["model,serial,device_id,produced"] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: units))
        var steps = [
            ["labels", "make", "--csv", units, "--out", directory.path("labels"), "--today", "2025-03-01"] + (png ? ["--png"] : []),
            ["partner", "add", "--code", "P001", "--name", "Tokyo", "--email", "ops@tokyo.example.jp", "--today", "2025-03-01"],
            ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", String(licenses + 1), "--today", "2025-03-01"],
        ]
        for email in ["taro@example.jp", "hanako@example.jp"] {
            steps.append(["customer", "add", "--partner", "P001", "--name", email, "--email", email, "--temp-password", "password-1", "--today", "2025-03-01"])
            steps.append(["customer", "confirm-email", "--customer", email, "--today", "2025-03-01"])
        }
        steps.append(["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", String(licenses), "--yes", "--today", "2025-03-05"])
        steps.append(["license", "assign", "--partner", "P001", "--customer", "hanako@example.jp", "--part", "DG-JLE101W", "--count", "1", "--yes", "--today", "2025-03-05"])
        for step in steps {
            let run = try RemoChildProcess.run(step, database: database)
            #expect(run.status == 0, "\(step): \(run.stderr)")
        }
        let key = try #require(try LabelKeyFile.beside(database: database).load())
        let codes = try (0..<count).map { index in
            let serial = try SerialNumber(String(format: "RP%04d", index))
            return RegistrationCode(serial: serial, claimCode: key.claimCode(serial: serial, generation: 1)).description
        }
        return (database, codes)
    }

    static func json(_ text: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return try #require(object["results"] as? [[String: Any]])
    }

    /// Every current binding of the database: (license, camera).
    static func bindings(_ database: String) async throws -> [Binding] {
        let store = try SQLiteLedgerStore(path: database)
        return try await store.read { records in
            guard let taro = try records.customer(email: try EmailAddress("taro@example.jp")) else { return [] }
            return try records.bindings(of: taro.id)
        }
    }

    @Test func aBatchKilledHalfWayAndRunAgainRegistersEachDeviceOnceAndBindsNoLicenseTwice() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, codes) = try Self.setUp(directory, units: 12, licenses: 24)
        let register = ["register", "--customer", "taro@example.jp", "--today", "2025-03-10", "--cameras", "2", "--json", "--code"] + codes
        let killed = try RemoChildProcess.run(register, database: database, environment: ["REMO_FAULT": "register-after:5"])
        #expect(killed.signalled)
        #expect(try await Self.bindings(database).count == 10)
        let again = try RemoChildProcess.run(register, database: database)
        #expect(again.status == 0, "\(again.stderr)")
        let results = try Self.json(again.stdout)
        #expect(results.map { $0["status"] as? String } == Array(repeating: "already-registered", count: 5) + Array(repeating: "registered", count: 7))
        let bindings = try await Self.bindings(database)
        #expect(bindings.count == 24 && Set(bindings.map(\.licenseID)).count == 24 && Set(bindings.map(\.cameraID)).count == 24)
    }

    @Test func twoProcessesRegisteringTheSameRecorderAtOnceOneWinsTheOtherFindsItRegistered() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, codes) = try Self.setUp(directory, units: 1, licenses: 8)
        let register = ["register", "--customer", "taro@example.jp", "--today", "2025-03-10", "--cameras", "4", "--json", "--code", codes[0]]
        let first = try RemoChildProcess(register, database: database)
        let second = try RemoChildProcess(register, database: database)
        let results = [first.finish(), second.finish()]
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.stderr))")
        let statuses = try results.map { try Self.json($0.stdout).first?["status"] as? String }
        #expect(statuses.sorted { ($0 ?? "") < ($1 ?? "") } == ["already-registered", "registered"])
        let bindings = try await Self.bindings(database)
        #expect(bindings.count == 4 && Set(bindings.map(\.licenseID)).count == 4)
    }

    @Test func aPhotoOfAnotherCustomersUnitIsRefusedAndChangesNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, _) = try Self.setUp(directory, units: 1, licenses: 2, png: true)
        let photo = directory.path("labels/png/RP0000.png")
        let hanako = try RemoChildProcess.run(["register", "--customer", "hanako@example.jp", "--today", "2025-03-10", "--photo", photo, "--json"], database: database)
        #expect(hanako.status == 0, "\(hanako.stderr)")
        #expect(try Self.json(hanako.stdout).first?["method"] as? String == "photo")
        let taro = try RemoChildProcess.run(["register", "--customer", "taro@example.jp", "--today", "2025-03-10", "--photo", photo, "--json"], database: database)
        #expect(taro.status == 1)
        let result = try #require(try Self.json(taro.stdout).first)
        #expect(result["status"] as? String == "owned-elsewhere")
        #expect((result["message"] as? String)?.contains("another account") == true)
        #expect(try await Self.bindings(database).isEmpty)
        // The text report says the same, for people.
        let text = try RemoChildProcess.run(["register", "--customer", "taro@example.jp", "--today", "2025-03-10", "--photo", photo], database: database)
        #expect(text.status == 1 && text.stdout.contains("refused"))
    }

    @Test func theCommandsCatalogueIsSoundInBothLanguages() {
        #expect(RegisterCommandText.problems().isEmpty)
    }

    @Test func aBadCommandLineExits64() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        for arguments in [
            ["register", "--customer", "taro@example.jp"],
            ["register", "--customer", "taro@example.jp", "--serial", "OLD1"],
            ["register", "--customer", "taro@example.jp", "--direct", "--cameras", "65"],
        ] {
            #expect(try RemoChildProcess.run(arguments, database: database).status == 64)
        }
    }
}
