import ArgumentParser
import Foundation
import RemoCommands
import RemoCore
import RemoDocuments
import RemoLedger
import Testing

struct LabelsCommandTests {
    @Test func pngAndSVGTogetherOrAnUnknownLayoutAreCommandLineErrors() throws {
        #expect {
            try LabelsCommand.Make.parse(["--csv", "u.csv", "--out", "o", "--png", "--svg"])
        } throws: { error in
            LabelsCommand.Make.exitCode(for: error).rawValue == 64
        }
        #expect {
            try LabelsCommand.Make.parse(["--csv", "u.csv", "--out", "o", "--layout", "a4-99"])
        } throws: { error in
            LabelsCommand.Make.exitCode(for: error).rawValue == 64
                && LabelsCommand.Make.message(for: error).contains("a4-24-70x37")
        }
        let parsed = try LabelsCommand.Make.parse(["--csv", "u.csv", "--out", "o", "--layout", "THERMAL-50x30", "--png"])
        #expect(parsed.layout.name == "thermal-50x30" && parsed.png)
    }

    @Test func catalogueIsSoundInBothLanguages() {
        #expect(LabelCommandText.problems().isEmpty)
    }

    @Test func theLabelKeyIsTheOptionsElseTheEnvironmentsElseBesideTheDatabase() throws {
        let given = try LabelsCommand.Make.parse(["--csv", "u", "--out", "o", "--label-key", "/k/key", "--db", "/d/remo.sqlite"])
        let none = ["XDG_CONFIG_HOME": "/nonexistent/remo-config"]
        #expect(try given.keyFile(environment: none.merging(["REMO_LABEL_KEY": "/e/key"]) { $1 }).path == "/k/key")
        let environment = try LabelsCommand.Make.parse(["--csv", "u", "--out", "o", "--db", "/d/remo.sqlite"])
        #expect(try environment.keyFile(environment: none.merging(["REMO_LABEL_KEY": "/e/key"]) { $1 }).path == "/e/key")
        #expect(try environment.keyFile(environment: none).path == "/d/remo.sqlite.label-key")
        let neither = try LabelsCommand.Make.parse(["--csv", "u", "--out", "o"])
        #expect(try neither.keyFile(environment: none.merging(["REMO_DB": "/x/ledger.db"]) { $1 }).path == "/x/ledger.db.label-key")
    }

    @Test func theLayoutsAreListedForPeopleAndAsJSON() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let json = try RemoChildProcess.run(["labels", "layouts", "--json"], database: directory.path("remo.sqlite"))
        #expect(json.status == 0)
        let layouts = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(layouts.compactMap { $0["name"] as? String } == [
            "a4-40-48.5x25.4", "a4-24-70x37", "thermal-50x30", "thermal-62x29",
        ])
        #expect(layouts.filter { $0["default"] as? Bool == true }.count == 1)
        let forty = try #require(layouts.first)
        #expect((forty["label"] as? [String: Double]) == ["width": 48.5, "height": 25.4])
        #expect(forty["labelsPerPage"] as? Int == 40 && forty["dotsPerInch"] as? Int == 300)
        let text = try RemoChildProcess.run(["labels", "layouts", "--lang", "ja"], database: directory.path("remo.sqlite"))
        #expect(text.stdout.contains("a4-40-48.5x25.4 (既定)") && text.stdout.contains("48.5 × 25.4 mm"))
    }

    @Test func aRefusedRowIsReportedWithItsLineAndExitStatus1() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let units = directory.path("units.csv")
        try Data("model,serial,device_id,produced\nWJ-NX400,AB1,0A1B2C3D,2025-01\nWJ-NX200,OLD1,0A1B2C3E,2023-11\n".utf8)
            .write(to: URL(fileURLWithPath: units))
        let refused = try RemoChildProcess.run(
            ["labels", "make", "--csv", units, "--out", directory.path("out")], database: directory.path("remo.sqlite"))
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("3  OLD1") && refused.stdout.contains("produced 2023-11, before 2024-07"))
        // The refusal summary goes to stderr, where a script sees it also with --json.
        #expect(refused.stderr.contains("No labels were made and nothing was recorded: 1 row was refused"))
        #expect(!refused.stdout.contains("No labels were made"))
        let skipped = try RemoChildProcess.run(
            ["labels", "make", "--csv", units, "--out", directory.path("out"), "--skip-invalid", "--json"],
            database: directory.path("remo.sqlite"))
        #expect(skipped.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(skipped.stdout.utf8)) as? [String: Any])
        #expect(report["labels"] as? Int == 1 && report["skipped"] as? Int == 1 && report["keyCreated"] as? Bool == false)
        let rows = try #require(report["rows"] as? [[String: Any]])
        #expect(rows.last?["status"] as? String == "pre-qr-unit" && rows.last?["skipped"] as? Bool == true)
        #expect(rows.first?["page"] as? Int == 1 && rows.first?["position"] as? Int == 1)
        #expect(FileManager.default.fileExists(atPath: directory.path("remo.sqlite.label-key")))
    }
}
