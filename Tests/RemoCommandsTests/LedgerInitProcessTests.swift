import Foundation
import Testing

/// No ledger by accident, the ledger's clock and the store's files, through
/// the real `remo` (exit statuses, files and modes are the point).
struct LedgerInitProcessTests {
    static func run(_ arguments: [String], database: String, environment: [String: String] = [:]) throws
        -> RemoChildProcess.Result
    {
        try RemoChildProcess.run(arguments, database: database, environment: environment, initializing: false)
    }

    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test func everyCommandButInitRefusesALedgerThatDoesNotExistAndMakesNone() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        for arguments in [["customer", "list"], ["report", "--partner", "P001"], ["partner", "add", "--code", "P001", "--name", "X", "--email", "x@example.jp"]] {
            let result = try Self.run(arguments, database: database)
            #expect(result.status == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(database) && result.stderr.contains("remo init"), "\(result.stderr)")
            #expect(!result.signalled)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).isEmpty)
    }

    @Test func initMakesTheLedgerAndItsKeyForItsOwnerOnlyAndOnlyOnce() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("ledger.sqlite")
        let made = try Self.run(["init", "--json"], database: database)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("\"kind\" : \"live\"") && made.stdout.contains("ledger.sqlite.label-key"))
        #expect(try Self.mode(database) == 0o600)
        #expect(try Self.mode(database + ".label-key") == 0o600)
        let change = try Self.run(["partner", "add", "--code", "P001", "--name", "X", "--email", "x@example.jp"], database: database)
        #expect(change.status == 0, "\(change.stderr)")
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
            #expect(try Self.mode(database + suffix) == 0o600, "\(suffix)")
        }
        let again = try Self.run(["init"], database: database)
        #expect(again.status == 1 && again.stderr.contains(database) && again.stderr.contains("already exists"))
    }

    @Test func theDefaultLedgerIsInTheUsersDataFolder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let environment = ["XDG_DATA_HOME": directory.path("data"), "REMO_DB": ""]
        let made = try Self.run(["init"], database: "", environment: environment)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory.path("data/remo/remo.sqlite")))
        let shown = try Self.run(["config", "--json"], database: "", environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains(directory.path("data/remo/remo.sqlite")) && shown.stdout.contains("\"source\" : \"default\""))
    }

    @Test func configShowsEachSettingAndWhereItCameFrom() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: directory.path("config/remo"), withIntermediateDirectories: true)
        try Data("database = \"/srv/remo.sqlite\"\nlanguage = \"ja\"\npartner = \"P001\"\n".utf8)
            .write(to: URL(fileURLWithPath: directory.path("config/remo/config.toml")))
        let environment = ["XDG_CONFIG_HOME": directory.path("config"), "REMO_LANG": ""]
        let shown = try Self.run(["config", "--db", "/x/given.sqlite", "--json"], database: "", environment: environment)
        #expect(shown.status == 0, "\(shown.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        let settings = try #require(json["settings"] as? [String: [String: Any]])
        #expect(settings["database"]?["value"] as? String == "/x/given.sqlite" && settings["database"]?["source"] as? String == "option")
        #expect(settings["language"]?["value"] as? String == "ja" && settings["language"]?["source"] as? String == "file")
        #expect(settings["partner"]?["value"] as? String == "P001")
        let text = try Self.run(["config", "--lang", "en"], database: "", environment: environment)
        #expect(text.stdout.contains("configuration file") && text.stdout.contains("/srv/remo.sqlite"), "\(text.stdout)")

        try Data("database = /no/quotes\n".utf8).write(to: URL(fileURLWithPath: directory.path("config/remo/config.toml")))
        let bad = try Self.run(["config"], database: "", environment: environment)
        #expect(bad.status == 1 && bad.stderr.contains("config.toml") && bad.stderr.contains("Line 1"), "\(bad.stderr)")
    }

    @Test func labelsMakeNeverMakesAKeyByItself() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        #expect(try Self.run(["init", "--simulation"], database: database).status == 0)
        try FileManager.default.removeItem(atPath: database + ".label-key")
        let units = directory.path("units.csv")
        try Data("model,serial,device_id,produced\nWJ-NX400,NX4A2407001,0A1B2C3D4E5F6071,2024-07\n".utf8)
            .write(to: URL(fileURLWithPath: units))
        let refused = try Self.run(["labels", "make", "--csv", units, "--out", directory.path("out"), "--today", "2025-03-10"], database: database)
        #expect(refused.status == 1 && refused.stderr.contains(database + ".label-key"), "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: database + ".label-key"))
        #expect(!FileManager.default.fileExists(atPath: directory.path("out/labels.pdf")))
    }

    @Test func aLiveLedgerRefusesTodayOnChangesAndTakesItOnReadings() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        #expect(try Self.run(["init"], database: database).status == 0)
        let add = ["partner", "add", "--code", "P001", "--name", "X", "--email", "x@example.jp"]
        let refused = try Self.run(add + ["--today", "2025-03-25"], database: database)
        #expect(refused.status == 1 && refused.stderr.contains("2025-03-25") && refused.stderr.contains("live"), "\(refused.stderr)")
        #expect(refused.stderr.contains("remo init --simulation"))
        #expect(try Self.run(add, database: database).status == 0)
        let report = try Self.run(["report", "--partner", "P001", "--today", "2020-01-01"], database: database)
        #expect(report.status == 0 && report.stdout.contains("2020-01-01") && !report.stdout.contains("Simulation"), "\(report.stderr)")
        let serve = try Self.run(["serve", "--port", "0", "--today", "2025-03-25"], database: database)
        #expect(serve.status == 1 && serve.stderr.contains("2025-03-25"), "\(serve.stderr)")
    }

    @Test func aSimulationLedgerTakesTodayOnChangesOnlyForward() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        #expect(try Self.run(["init", "--simulation"], database: database).status == 0)
        let add = { (code: String, day: String) in
            ["partner", "add", "--code", code, "--name", "X", "--email", "\(code.lowercased())@example.jp", "--today", day]
        }
        #expect(try Self.run(add("P001", "2025-06-01"), database: database).status == 0)
        let refused = try Self.run(add("P002", "2025-03-25"), database: database)
        #expect(refused.status == 1 && refused.stderr.contains("2025-03-25") && refused.stderr.contains("2025-06-01"), "\(refused.stderr)")
        #expect(try Self.run(add("P002", "2025-06-01"), database: database).status == 0)
        let report = try Self.run(["report", "--partner", "P001", "--today", "2025-01-01"], database: database)
        #expect(report.status == 0 && report.stdout.contains("Simulation ledger"), "\(report.stderr)")
        let json = try Self.run(["report", "--partner", "P001", "--json"], database: database)
        #expect(json.status == 0 && !json.stdout.lowercased().contains("simulation"))
    }

    @Test(arguments: ["2200000", "inf", "nan", "-1", "soon"])
    func aBadBusyTimeoutIsAClearErrorNotACrash(value: String) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        #expect(try Self.run(["init"], database: database).status == 0)
        let result = try Self.run(["customer", "list"], database: database, environment: ["REMO_BUSY_TIMEOUT": value])
        #expect(result.status == 1 && !result.signalled, "\(value): \(result.status) \(result.stderr)")
        #expect(result.stderr.contains("REMO_BUSY_TIMEOUT") && result.stderr.contains(value), "\(result.stderr)")
    }

    @Test func aDeviceAnEmptyPathOrAFIFOIsRefusedNamingItWithNoRawSQL() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let fifo = directory.path("ledger.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        let journalBefore = FileManager.default.fileExists(atPath: "/dev/null-journal")
        for path in ["/dev/null", fifo] {
            let result = try Self.run(["customer", "list"], database: path)
            #expect(result.status == 1 && result.stderr.contains(path) && result.stderr.contains("not a regular file"), "\(result.stderr)")
            #expect(!result.stderr.contains("SQLite error") && !result.stderr.contains("SQL"))
        }
        #expect(FileManager.default.fileExists(atPath: "/dev/null-journal") == journalBefore)
        let empty = try Self.run(["customer", "list", "--db", ""], database: directory.path("unused.sqlite"))
        #expect(empty.status == 1 && empty.stderr.contains("no file was named"), "\(empty.stderr)")
        let initFIFO = try Self.run(["init"], database: fifo)
        #expect(initFIFO.status == 1 && initFIFO.stderr.contains(fifo))
    }

    @Test func aReadOnlyLedgerStillServesReadingCommands() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        #expect(try Self.run(["init", "--simulation"], database: database).status == 0)
        let add = ["partner", "add", "--code", "P001", "--name", "X", "--email", "x@example.jp", "--today", "2025-03-01"]
        #expect(try Self.run(add, database: database).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        let list = try Self.run(["partner", "list", "--json"], database: database)
        #expect(list.status == 0 && list.stdout.contains("P001"), "\(list.stderr)")
        let change = try Self.run(["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "1"], database: database)
        #expect(change.status == 1 && change.stderr.contains(database) && change.stderr.contains("read-only"), "\(change.stderr)")
    }
}
