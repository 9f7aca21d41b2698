import Foundation
import Testing

/// The accounts-and-licenses commands of docs/cli.md, end to end through the
/// executable on one database: each step's exit status and a field of its JSON.
struct LedgerFlowTests {
    @Test func aPartnerLicensesACustomersCamerasFromStockAndCards() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let cards = directory.path("cards.csv")
        // CP932, as Japanese Excel saves it.
        let csv = "activation_id,encryption_id,part,メモ\r\nABCD-EFGH-JKLM-NPQR,1234-5678,DG-JLE100W-4A,本社\r\n"
        let iconv = Process()
        iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        iconv.arguments = ["-f", "UTF-8", "-t", "CP932"]
        let input = Pipe()
        let output = Pipe()
        iconv.standardInput = input
        iconv.standardOutput = output
        try iconv.run()
        input.fileHandleForWriting.write(Data(csv.utf8))
        try input.fileHandleForWriting.close()
        try output.fileHandleForReading.readDataToEndOfFile().write(to: URL(fileURLWithPath: cards))
        iconv.waitUntilExit()

        // A simulation ledger: every change is dated, in order (its days only move forward).
        let start = ["--today", "2024-01-01"]
        let steps: [(arguments: [String], status: Int32, contains: String)] = [
            (["partner", "add", "--code", "P001", "--name", "東京", "--email", "ops@p001.example.jp"] + start, 0, "\"code\" : \"P001\""),
            (["customer", "add", "--partner", "P001", "--name", "山田", "--email", "taro@example.jp", "--outbox", directory.path("out")] + start, 0, "\"mail\" : \""),
            (["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "3"] + start, 0, "\"available\" : 3"),
            (["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", "1", "--yes"] + start, 1, ""),
            (["customer", "confirm-email", "--customer", "taro@example.jp", "--as", "ops@p001.example.jp"] + start, 0, "\"method\" : \"partner\""),
            (["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", "5", "--yes"] + start, 1, ""),
            (["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", "2", "--yes", "--today", "2024-01-10"], 0, "\"expires\" : \"2025-02-28\""),
            // A camera added by hand gets its license at once (the one named, or the first available).
            (["camera", "add", "--customer", "taro@example.jp", "--site", "本社", "--connection", "edge-storage", "--name", "入口", "--license", "1", "--today", "2024-01-10"], 0, "\"license\" : 1"),
            (["camera", "add", "--customer", "taro@example.jp", "--site", "本社", "--connection", "edge-storage", "--name", "倉庫", "--license", "2", "--today", "2024-01-10"], 0, "\"id\" : 2"),
            (["camera", "add", "--customer", "taro@example.jp", "--site", "本社", "--connection", "edge-storage", "--name", "裏口", "--today", "2024-01-10"], 1, ""),
            (["license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W", "--count", "1", "--yes", "--today", "2025-01-20"], 0, "\"licenses\" : [\n    3\n  ]"),
            (["cards", "import", cards, "--today", "2025-01-20"], 0, "\"encoding\" : \"cp932\""),
            (["cards", "register", "--customer", "taro@example.jp", "--card", "abcd efgh jklm npqr:12345679", "--today", "2025-01-20"], 1, "wrong-encryption-id"),
            (["cards", "register", "--customer", "taro@example.jp", "--card", "abcd efgh jklm npqr:12345678", "--today", "2025-01-20"], 0, "\"registered\" : true"),
            (["license", "bind", "--customer", "taro@example.jp", "--camera", "1", "--license", "3", "--today", "2025-01-20"], 1, ""),
            (["camera", "list", "--customer", "taro@example.jp"], 0, "\"site\" : \"本社\""),
            (["license", "list", "--customer", "taro@example.jp"], 0, "\"camera\" : 1"),
            (["tick", "--today", "2025-03-02"], 0, "\"boundOn\" : \"2025-03-01\""),
            (["tick", "--today", "2025-03-02"], 0, "\"bindings\" : [\n\n  ]"),
            (["customer", "hand-over", "--customer", "taro@example.jp", "--as", "ops@p001.example.jp", "--today", "2025-03-05"], 0, "\"handedOver\" : \"20"),
            (["license", "move", "--customer", "taro@example.jp", "--license", "3", "--camera", "2", "--as", "taro@example.jp", "--today", "2025-03-05"], 1, ""),
            (["license", "move", "--customer", "taro@example.jp", "--license", "3", "--camera", "2", "--as", "ops@p001.example.jp", "--today", "2025-03-05"], 0, "\"method\" : \"move\""),
            (["audit", "--customer", "taro@example.jp", "--limit", "1"], 0, "\"onBehalfOf\" : \"taro@example.jp\""),
            (["tick", "--today", "2026-02-20"], 0, "\"daysBefore\" : 14"),
            (["notices", "--write", "--outbox", directory.path("out"), "--today", "2026-02-20"], 0, "notice-"),
            (["customer", "list", "--as", "ops@p001.example.jp"], 0, "\"email\" : \"taro@example.jp\""),
        ]
        for step in steps {
            let result = try RemoChildProcess.run(step.arguments + ["--json"], database: database)
            #expect(result.status == step.status, "\(step.arguments): \(result.stderr)")
            if step.status == 0 {
                #expect(result.stdout.contains(step.contains), "\(step.arguments): \(result.stdout)")
                #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(step.arguments)")
            } else {
                #expect(result.stdout.isEmpty || result.stdout.contains(step.contains), "\(step.arguments)")
                #expect(!result.stderr.isEmpty || result.stdout.contains("\"status\""), "\(step.arguments)")
            }
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("out"))
        #expect(files.filter { $0.hasPrefix("password-") }.count == 1)
        #expect(files.filter { $0.hasPrefix("notice-") }.count == 2)
    }

    @Test func aPartnerChangesAPerpetualCameraToATermLicenseWithinThirtyDaysOnly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let cards = directory.path("cards.csv")
        try Data("activation_id,encryption_id,part\nABCD-EFGH-JKLM-NPQR,1234-5678,DG-JLE100W-A\n".utf8)
            .write(to: URL(fileURLWithPath: cards))
        let customer = ["--customer", "taro@example.jp"]
        let setup: [[String]] = [
            ["partner", "add", "--code", "P001", "--name", "東京", "--email", "ops@p001.example.jp", "--today", "2025-03-01"],
            ["customer", "add", "--partner", "P001", "--name", "山田", "--email", "taro@example.jp", "--temp-password", "correct horse", "--today", "2025-03-01"],
            ["customer", "confirm-email", "--as", "ops@p001.example.jp", "--today", "2025-03-01"] + customer,
            ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "1", "--today", "2025-03-01"],
            ["license", "assign", "--partner", "P001", "--part", "DG-JLE101W", "--count", "1", "--yes", "--today", "2025-03-01"] + customer,
            ["cards", "import", cards, "--today", "2025-03-01"],
            ["cards", "register", "--card", "ABCDEFGHJKLMNPQR:12345678", "--today", "2025-03-01"] + customer,
            ["camera", "add", "--site", "本社", "--connection", "edge-storage", "--name", "入口", "--today", "2025-03-10"] + customer,
        ]
        try RemoChildProcess.prepare(setup, database: database)
        let late = try RemoChildProcess.run(
            ["license", "change-type", "--camera", "1", "--today", "2025-04-10", "--lang", "en"] + customer, database: database)
        #expect(late.status == 1)
        #expect(late.stderr.contains("2025-04-09"), "\(late.stderr)")
        let changed = try RemoChildProcess.run(
            ["license", "change-type", "--camera", "1", "--today", "2025-04-09", "--json"] + customer, database: database)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("\"license\" : 1"), "\(changed.stdout)")
        #expect(changed.stdout.contains("\"boundOn\" : \"2025-04-09\""), "\(changed.stdout)")
        let audit = try RemoChildProcess.run(["audit", "--limit", "1", "--json"] + customer, database: database)
        #expect(audit.stdout.contains("license.change-type"), "\(audit.stdout)")
    }

    /// Issue 21 item 1: `camera add` binds as registration does, or refuses changing nothing.
    @Test func cameraAddBindsALicenseOrRefusesAndAThirdCameraDirectCameraIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let customer = ["--customer", "taro@example.jp"]
        try RemoChildProcess.prepare(
            [
                ["partner", "add", "--code", "P001", "--name", "東京", "--email", "ops@p001.example.jp"],
                ["customer", "add", "--partner", "P001", "--name", "山田", "--email", "taro@example.jp", "--temp-password", "correct horse"],
                ["customer", "confirm-email"] + customer,
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE201W", "--count", "3"],
            ], database: database, on: "2025-03-01")
        let direct = ["camera", "add", "--site", "九州", "--connection", "camera-direct", "--today", "2025-03-10", "--lang", "en"] + customer
        let unlicensed = try RemoChildProcess.run(direct + ["--name", "d1"], database: database)
        #expect(unlicensed.status == 1 && unlicensed.stderr.contains("camera direct"), "\(unlicensed.stderr)")
        let assign = ["license", "assign", "--partner", "P001", "--part", "DG-JLE201W", "--count", "3", "--yes", "--today", "2025-03-10"]
        try RemoChildProcess.prepare([assign + customer], database: database)
        for name in ["d1", "d2"] {
            let added = try RemoChildProcess.run(direct + ["--name", name, "--json"], database: database)
            #expect(added.status == 0 && added.stdout.contains("\"license\" : "), "\(added.stderr)")
        }
        let third = try RemoChildProcess.run(direct + ["--name", "d3"], database: database)
        #expect(third.status == 1 && third.stderr.contains("limit of 2"), "\(third.stderr)")
        let list = try RemoChildProcess.run(["camera", "list", "--json"] + customer, database: database)
        #expect(list.stdout.components(separatedBy: "\"connection\"").count == 3, "\(list.stdout)")
    }

    /// Issue 21 item 6: `license assign` says, per camera it renews early, the days lost.
    @Test func assigningARenewalEarlyShowsTheDaysLostPerCameraBeforeAskingForYes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let customer = ["--customer", "taro@example.jp"]
        let assign = ["license", "assign", "--partner", "P001", "--part", "DG-JLE101W", "--count", "1"] + customer
        try RemoChildProcess.prepare(
            [
                ["partner", "add", "--code", "P001", "--name", "東京", "--email", "ops@p001.example.jp"],
                ["customer", "add", "--partner", "P001", "--name", "山田", "--email", "taro@example.jp", "--temp-password", "correct horse"],
                ["customer", "confirm-email"] + customer,
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "2"],
                assign + ["--yes", "--today", "2025-03-10"],
                ["camera", "add", "--site", "本社", "--connection", "edge-storage", "--name", "入口", "--today", "2025-03-10"] + customer,
            ], database: database, on: "2025-03-01")
        let asked = try RemoChildProcess.run(assign + ["--today", "2026-02-15", "--lang", "en"], database: database)
        #expect(asked.status == 1)
        #expect(asked.stderr.contains("Camera 1 (入口)") && asked.stderr.contains("30 days"), "\(asked.stderr)")
        #expect(asked.stderr.contains("2027-05-31"), "the best window's expiry: \(asked.stderr)")
        let done = try RemoChildProcess.run(assign + ["--yes", "--today", "2026-02-15", "--json"], database: database)
        #expect(done.status == 0 && done.stdout.contains("\"daysLost\" : 30"), "\(done.stdout) \(done.stderr)")
    }
}
