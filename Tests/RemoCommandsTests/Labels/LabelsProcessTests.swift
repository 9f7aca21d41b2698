import Foundation
import RemoCore
import RemoLedger
import RemoPostgres
import RemoSQLite
import Testing
import RemoTestSupport

/// `remo labels make` as a warehouse runs it: killed half-way, killed between
/// recording the batch and renaming its files (on a SQLite file and on
/// PostgreSQL), and its PDF printed (rasterized by poppler) and scanned (by
/// zbarimg) against the manifest.
@Suite(.serialized)
struct LabelsProcessTests {
    /// The stores the kill tests run on: a SQLite file, and PostgreSQL when the
    /// tests have a server (`REMO_TEST_POSTGRES`).
    static let stores = postgresTestServer == nil ? ["sqlite"] : ["sqlite", "postgres"]

    /// A new ledger of `store` in `directory`: its `--db` and the options
    /// `labels make` needs with it (a PostgreSQL ledger's label key).
    static func ledger(_ store: String, in directory: TemporaryDirectory) throws -> (database: String, options: [String]) {
        guard store == "postgres" else { return (directory.path("remo.sqlite"), []) }
        let (url, _, key) = try PostgresProcessTests.fresh(directory)
        try RemoChildProcess.prepare([["init", "--label-key", key, "--simulation"]], database: url)
        return (url, ["--label-key", key])
    }

    /// The ledger at `database` (a SQLite file or a `postgres://` URL).
    static func store(_ database: String) throws -> any LedgerStore {
        guard database.hasPrefix("postgres://") else { return try SQLiteLedgerStore(path: database) }
        return try PostgresLedgerStore(try #require(PostgresLocation(database)))
    }

    /// A units file of `count` units in `directory`.
    static func units(_ count: Int, in directory: TemporaryDirectory, extra: [String] = []) throws -> String {
        let rows = (0..<count).map { String(format: "WJ-NX400K/G,KL%06d,0A1B2C3D%08X,2025-%02d", $0, $0 * 7919, $0 % 12 + 1) }
        let path = directory.path("units.csv")
        try Data((["model,serial,device_id,produced"] + rows + extra).joined(separator: "\n").utf8)
            .write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The manifest entries of the units file's serials, and whether each was written.
    static func manifest(_ database: String, count: Int) async throws -> [ManifestEntry] {
        let store = try Self.store(database)
        let serials = try (0..<count).map { try SerialNumber(String(format: "KL%06d", $0)) }
        return try await store.read { records in try records.manifestEntries(serials: serials).values.flatMap { $0 } }
    }

    static func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test(arguments: stores)
    func aBatchKilledHalfWayLeavesNoManifestRowsWithoutAFinishedPDFAndTheReverse(store: String) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, options) = try Self.ledger(store, in: directory)
        let count = 1500
        let units = try Self.units(count, in: directory)
        let out = directory.path("out")
        let make = ["labels", "make", "--csv", units, "--out", out, "--today", "2025-03-10", "--json"] + options
        // Killed once its PDF is written under a temporary name, before the batch is recorded.
        let batch = try RemoChildProcess(make, database: database)
        while batch.process.isRunning, !Self.names(in: out).contains(where: { $0.hasPrefix(".labels.pdf.") }) {
            usleep(500)
        }
        kill(batch.process.processIdentifier, SIGKILL)
        let killed = batch.finish()
        #expect(killed.signalled)
        // No manifest rows without the finished PDF, and no finished PDF without its rows.
        let entries = try await Self.manifest(database, count: count)
        #expect(entries.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out + "/labels.pdf"))
        #expect(!FileManager.default.fileExists(atPath: out + "/manifest.csv"))
        #expect(Self.names(in: out).contains { $0.hasPrefix(".labels.pdf.") && $0.hasSuffix(".tmp") })
        // The same command again labels every unit once, and leaves no temporary file.
        let again = try RemoChildProcess.run(make, database: database)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(Self.names(in: out) == ["labels.pdf", "manifest.csv"])
        let after = try await Self.manifest(database, count: count)
        #expect(after.count == count && Set(after.map(\.unit.serial)).count == count)
        #expect(after.allSatisfy { $0.generation == 1 && $0.written != nil })
    }

    @Test(arguments: stores)
    func aBatchKilledBetweenRecordingAndRenamingIsRepairedByRunningItAgain(store: String) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (database, options) = try Self.ledger(store, in: directory)
        let units = try Self.units(60, in: directory)
        let out = directory.path("out")
        let make = ["labels", "make", "--csv", units, "--out", out, "--json"] + options
        let crashed = try RemoChildProcess.run(make, database: database, environment: ["REMO_FAULT": "labels-after-commit"])
        #expect(crashed.signalled)
        // Recorded, but its files are still under their temporary names: not finished.
        let recorded = try await Self.manifest(database, count: 60)
        #expect(recorded.count == 60 && recorded.allSatisfy { $0.written == nil })
        #expect(Self.names(in: out).allSatisfy { $0.hasSuffix(".tmp") })
        #expect(!Self.names(in: out).isEmpty)

        let repaired = try RemoChildProcess.run(make, database: database)
        #expect(repaired.status == 0, "\(repaired.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(repaired.stdout.utf8)) as? [String: Any])
        #expect(report["reprinted"] as? Int == 60 && report["new"] as? Int == 0)
        #expect(report["batch"] is NSNull)
        #expect(Self.names(in: out) == ["labels.pdf", "manifest.csv"])
        let after = try await Self.manifest(database, count: 60)
        #expect(after.allSatisfy { $0.written != nil })
        #expect(Set(after.map(\.claimHash)) == Set(recorded.map(\.claimHash)))
    }

    @Test(arguments: ["a4-40-48.5x25.4", "a4-24-70x37", "thermal-50x30"])
    func everyLabelOfThePrintedPDFScansToItsManifestEntry(layout: String) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        // Two pages of sheets (or a few labels), with the longest fields the formats allow.
        let longest = [
            "WWWWWWWWWWWWWWWWWWWW,SSSSSSSSSSSSSSSSSSSS,FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF,2099-12",
            "M1111111111111111111,WWWWWWWWWWWWWWWWWWWW,0000000000000000000000000000000A,2024-07",
        ]
        let count = layout.hasPrefix("thermal") ? 3 : 43
        let units = try Self.units(count, in: directory, extra: longest)
        let out = directory.path("out")
        let made = try RemoChildProcess.run(
            ["labels", "make", "--csv", units, "--out", out, "--layout", layout, "--json"], database: database)
        try #require(made.status == 0, "\(made.stderr)")

        _ = try runTool("pdftoppm", ["-r", "300", "-gray", "-png", out + "/labels.pdf", directory.path("page")])
        let pages = Self.names(in: directory.url.path).filter { $0.hasPrefix("page") }
        #expect(pages.count == (layout.hasPrefix("thermal") ? count + 2 : 2))
        var decoded: [String] = []
        for page in pages {
            let text = try runTool("zbarimg", ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", directory.path(page)])
            decoded += text.split(separator: "\n").map(String.init)
        }
        #expect(decoded.count == count + 2)
        let store = try SQLiteLedgerStore(path: database)
        var serials = Set<String>()
        for text in decoded {
            let payload = try RecorderPayload(parsing: text)
            let check = try await store.read { try $0.claimCheck(serial: payload.unit.serial, claimCode: payload.claimCode) }
            guard case .valid(let entry) = check else {
                Issue.record("\(payload.unit.serial): \(check.code)")
                continue
            }
            #expect(entry.unit == payload.unit)
            serials.insert(payload.unit.serial.rawValue)
        }
        #expect(serials.count == count + 2)
        let manifest = try CSVTable(parsing: String(contentsOfFile: out + "/manifest.csv", encoding: .utf8))
        #expect(Set(manifest.records.compactMap { $0["serial"] }) == serials)
    }
}
