import Foundation
import Testing

/// What scripts rely on (issue 23), through the built executable: `-` for the
/// standard streams, exit statuses, what goes to stderr, `--quiet`,
/// `--dry-run`, `qr decode` for people and for pipes.
struct ScriptingProcessTests {
    /// A partner P001 with 3 DG-JLE101W in stock and a confirmed customer.
    static func ledger(in directory: TemporaryDirectory) throws -> String {
        let database = directory.path("remo.sqlite")
        try RemoChildProcess.prepare(
            [
                ["partner", "add", "--code", "P001", "--name", "東京", "--email", "ops@p001.example.jp"],
                ["customer", "add", "--partner", "P001", "--name", "山田", "--email", "taro@example.jp", "--outbox", directory.path("out")],
                ["customer", "confirm-email", "--customer", "taro@example.jp", "--as", "ops@p001.example.jp"],
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "3"],
            ], database: database)
        return database
    }

    @Test func aMissingInputFileExitsOneNamingItWithoutTheUsage() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("cards.csv")
        let run = try RemoChildProcess.run(["cards", "import", missing], database: directory.path("remo.sqlite"))
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(missing) does not exist"), "\(run.stderr)")
        #expect(!run.stderr.contains("Usage:"))
    }

    @Test func anImageWrittenToStandardOutputDecodesFromStandardInput() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let encode = try RemoChildProcess.run(["qr", "encode", "--text", "PIPE", "-o", "-", "--format", "png"], database: database)
        #expect(encode.status == 0, "\(encode.stderr)")
        #expect(encode.stdoutBytes.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        #expect(encode.stderr.contains("standard output"))
        let image = directory.path("piped.png")
        try encode.stdoutBytes.write(to: URL(fileURLWithPath: image))
        let raw = try RemoChildProcess.run(["qr", "decode", "--raw", "-"], database: database, input: image)
        #expect(raw.status == 0, "\(raw.stderr)")
        #expect(raw.stdout == "PIPE\n")
        let json = try RemoChildProcess.run(["qr", "decode", "--json", "-"], database: database, input: image)
        #expect(json.stdout.contains("\"file\" : \"-\""))
        let refused = try RemoChildProcess.run(["qr", "encode", "--text", "X", "-o", "-"], database: database)
        #expect(refused.status == 64)
        #expect(refused.stderr.contains("--format png, svg or pdf"), "\(refused.stderr)")
    }

    @Test func decodeTakesAFolderShowsTheRegistrationCodeAndExitsFourWhenNothingWasFound() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let folder = directory.path("photos")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let payload = try RemoChildProcess.run(
            ["qr", "payload", "--model", "WJ-NX200", "--serial", "AB1234567", "--device-id", "0A1B2C3D4E5F6071", "--produced", "2024-07"],
            database: database)
        let text = payload.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try RemoChildProcess.prepare(
            [["qr", "encode", "--text", text, "-o", folder + "/label.png"], ["qr", "encode", "--text", "HELLO", "-o", folder + "/other.png"]],
            database: database)
        let table = try RemoChildProcess.run(["qr", "decode", folder], database: database)
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("registration code") == true)
        #expect(lines.contains { $0.contains("label.png") && $0.contains("AB1234567-") && $0.contains("valid") })
        #expect(lines.contains { $0.contains("other.png") && $0.contains("HELLO") && $0.contains("REMO:") })

        let blank = directory.path("blank.png")
        try Data(Array(repeating: 0, count: 8)).write(to: URL(fileURLWithPath: blank))
        let empty = directory.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let nothing = try RemoChildProcess.run(["qr", "decode", empty], database: database)
        #expect(nothing.status == 4, "\(nothing.stderr)")
        let unreadable = try RemoChildProcess.run(["qr", "decode", blank], database: database)
        #expect(unreadable.status == 1)
    }

    @Test func quietLeavesOnlyTheJSONAndRefusalsStillGoToStandardError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let quiet = try RemoChildProcess.run(["license", "dates", "--assigned", "2026-03-10", "--term", "1y", "--quiet"], database: database)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty)
        let json = try RemoChildProcess.run(
            ["license", "dates", "--assigned", "2026-03-10", "--term", "1y", "--quiet", "--json"], database: database)
        #expect(json.stdout.contains("\"expires\""))

        let units = directory.path("units.csv")
        try Data("model,serial,device_id,produced\nWJ-NX200,OLD1234567,0A1B2C3D4E5F6071,2023-01\n".utf8)
            .write(to: URL(fileURLWithPath: units))
        let refused = try RemoChildProcess.run(
            ["labels", "make", "--csv", units, "--out", directory.path("out"), "--json", "--quiet"], database: database)
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("\"refused\" : 1"))
        #expect(refused.stderr.contains("No labels were made"), "\(refused.stderr)")
    }

    @Test func aDryRunAssignmentNeedsNoConfirmationAndChangesNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try Self.ledger(in: directory)
        let assign = ["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", "2"]
        let unconfirmed = try RemoChildProcess.run(assign, database: database)
        #expect(unconfirmed.status == 1)
        #expect(unconfirmed.stderr.contains("Confirm the assignment to go ahead (run it again with --yes)."), "\(unconfirmed.stderr)")
        let dry = try RemoChildProcess.run(assign + ["--dry-run"], database: database)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Dry run: 2 DG-JLE101W would be assigned"), "\(dry.stdout)")
        let tooMany = try RemoChildProcess.run(
            ["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", "5", "--dry-run"],
            database: database)
        #expect(tooMany.status == 1)
        #expect(tooMany.stderr.contains("(remo stock add)"), "\(tooMany.stderr)")
        let stock = try RemoChildProcess.run(["stock", "list", "--partner", "P001", "--json"], database: database)
        #expect(stock.stdout.contains("\"available\" : 3"), "\(stock.stdout)")
        let audit = try RemoChildProcess.run(["audit", "--json"], database: database)
        #expect(!audit.stdout.contains("license.assign"))
    }

    @Test func aDryRunRegistrationSaysWhatWouldHappenAndRegistersNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try Self.ledger(in: directory)
        try RemoChildProcess.prepare(
            [
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE201W", "--count", "1"],
                ["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE201W", "--count", "1", "--yes"],
            ], database: database)
        let register = ["register", "--customer", "taro@example.jp", "--direct", "--cameras", "1", "--dry-run", "--json"]
        let dry = try RemoChildProcess.run(register, database: database)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("\"status\" : \"registered\""))
        let cameras = try RemoChildProcess.run(["camera", "list", "--customer", "taro@example.jp", "--json"], database: database)
        #expect(!cameras.stdout.contains("\"id\""), "\(cameras.stdout)")
        let two = try RemoChildProcess.run(
            ["register", "--customer", "taro@example.jp", "--direct", "--cameras", "2", "--dry-run"], database: database)
        #expect(two.status == 1)
        #expect(two.stdout.contains("(remo license assign)"), "\(two.stdout)")
    }

    @Test func aDryRunLabelBatchWritesAndRecordsNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let units = directory.path("units.csv")
        try Data("model,serial,device_id,produced\nWJ-NX200,AB1234567,0A1B2C3D4E5F6071,2024-08\n".utf8)
            .write(to: URL(fileURLWithPath: units))
        let out = directory.path("out")
        let dry = try RemoChildProcess.run(["labels", "make", "--csv", "-", "--out", out, "--dry-run"], database: database, input: units)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would be labeled"))
        #expect(dry.stdout.contains("Dry run: 1 label would be made"), "\(dry.stdout)")
        #expect(!FileManager.default.fileExists(atPath: out))
        let audit = try RemoChildProcess.run(["audit", "--json"], database: database)
        #expect(audit.status == 0 && !audit.stdout.contains("labels.make"), "\(audit.stdout)")
    }

    @Test func helpShowsACommandsOwnOptionsFirstAndHidesTheLedgerOnesWhereUnused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let encode = try RemoChildProcess.run(["qr", "encode", "--help"], database: database)
        #expect(!encode.stdout.contains("--db") && !encode.stdout.contains("--as ") && !encode.stdout.contains("--today"))
        #expect(encode.stdout.contains("Examples:"))
        let accepted = try RemoChildProcess.run(
            ["qr", "encode", "--text", "X", "-o", directory.path("x.png"), "--db", database, "--today", "2026-01-01"], database: database)
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let audit = try RemoChildProcess.run(["audit", "--help"], database: database)
        let own = try #require(audit.stdout.range(of: "--partner"))
        let json = try #require(audit.stdout.range(of: "--json"))
        #expect(own.lowerBound < json.lowerBound)
        let camera = try RemoChildProcess.run(["camera", "add", "--help"], database: database)
        #expect(!camera.stdout.contains("until registration"))
    }
}
