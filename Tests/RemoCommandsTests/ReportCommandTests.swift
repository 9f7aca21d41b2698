import Foundation
import RemoCore
import RemoLedger
import RemoTestSupport
import Testing

/// `remo report` through the executable: the formats written where asked, and
/// every bad input refused with nothing written.
@Suite(.serialized)
struct ReportCommandTests {
    /// A database with partners P001 and P002, customer taro@example.jp (P001)
    /// with two cameras on 関東, one licensed (expiring on 2026-03-20), one not.
    func prepare(_ directory: TemporaryDirectory, secondName: String = "=倉庫, \"2\"") throws -> String {
        let database = directory.path("remo.sqlite")
        try RemoChildProcess.prepare(
            [
                ["partner", "add", "--code", "P001", "--name", "東京セキュリティ", "--email", "ops@p001.example.jp"],
                ["partner", "add", "--code", "P002", "--name", "Osaka", "--email", "ops@p002.example.jp"],
                [
                    "customer", "add", "--partner", "P001", "--name", "山田商事", "--email", "taro@example.jp",
                    "--temp-password", "temporary-1",
                ],
                ["customer", "confirm-email", "--customer", "taro@example.jp"],
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "2"],
                [
                    "license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W",
                    "--count", "1", "--yes", "--today", "2024-01-10",
                ],
                [
                    "license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W",
                    "--count", "1", "--yes", "--today", "2025-02-10",
                ],
                // Every camera comes in with a license: 入口 the one expiring on
                // 2026-03-31, the second the one that expired on 2025-02-28.
                [
                    "camera", "add", "--customer", "taro@example.jp", "--site", "関東", "--connection", "edge-storage",
                    "--name", "入口", "--license", "2", "--today", "2025-02-10",
                ],
                [
                    "camera", "add", "--customer", "taro@example.jp", "--site", "関東", "--connection", "edge-storage",
                    "--name", secondName, "--license", "1", "--today", "2025-02-10",
                ],
            ], database: database, on: "2024-01-01")
        return database
    }

    let report = ["report", "--customer", "taro@example.jp", "--today", "2026-03-20"]

    @Test func eachFormatGoesToStdoutOrAFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory)

        let text = try RemoChildProcess.run(report + ["--lang", "ja"], database: database)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("期限間近") && text.stdout.contains("2026年3月31日") && text.stdout.contains("期限切れ"))

        let json = try RemoChildProcess.run(report + ["--json"], database: database)
        #expect(json.status == 0)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let accounts = try #require(document?["accounts"] as? [[String: Any]])
        #expect(accounts.first?["customer"] as? String == "taro@example.jp")

        let csv = directory.path("report.csv")
        let written = try RemoChildProcess.run(report + ["--format", "csv", "--bom", "-o", csv], database: database)
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(written.stderr.contains("report.csv"))
        let bytes = try #require(FileManager.default.contents(atPath: csv))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let table = try CSVTable(parsing: String(decoding: bytes, as: UTF8.self))
        #expect(table.records.count == 2)
        #expect(table.records.contains { $0.fields.contains("'=倉庫, \"2\"") })

        let pdf = directory.path("report.pdf")
        let drawn = try RemoChildProcess.run(report + ["--format", "pdf", "-o", pdf], database: database)
        #expect(drawn.status == 0, "\(drawn.stderr)")
        #expect(FileManager.default.contents(atPath: pdf)?.starts(with: Array("%PDF-".utf8)) == true)

        let partner = try RemoChildProcess.run(
            ["report", "--partner", "P001", "--json", "--today", "2026-03-20"], database: database)
        #expect(partner.status == 0 && partner.stdout.contains("\"expiring\""))
        let filtered = try RemoChildProcess.run(report + ["--unlicensed", "--format", "csv"], database: database)
        #expect(filtered.status == 0)
        #expect(try CSVTable(parsing: filtered.stdout).records.count == 1)
    }

    @Test func badCommandLinesExitWith64() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory)
        for arguments in [
            report + ["--format", "xml"],
            ["report", "--today", "2026-03-20"],
            report + ["--partner", "P001"],
            report + ["--format", "pdf"],
            report + ["--bom"],
            report + ["--format", "csv", "--bom", "--encoding", "cp932"],
            report + ["--format", "csv", "--encoding", "latin-9"],
            report + ["--expiring-within", "-3"],
            report + ["--json", "--format", "csv"],
            ["report", "--customer", "not-an-address"],
        ] {
            let result = try RemoChildProcess.run(arguments, database: database)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func unknownAndOtherPartnersCustomersAreRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory)
        let unknown = try RemoChildProcess.run(["report", "--customer", "nobody@example.jp"], database: database)
        #expect(unknown.status == 1 && unknown.stderr.contains("nobody@example.jp") && unknown.stdout.isEmpty)
        let other = try RemoChildProcess.run(report + ["--as", "ops@p002.example.jp"], database: database)
        #expect(
            other.status == 1 && other.stderr.contains("There is no contract user taro@example.jp that you can see"))
        let otherPartner = try RemoChildProcess.run(
            ["report", "--partner", "P001", "--as", "ops@p002.example.jp"], database: database)
        #expect(otherPartner.status == 1 && otherPartner.stderr.contains("P002"))
        let site = try RemoChildProcess.run(report + ["--site", "九州"], database: database)
        #expect(site.status == 1 && site.stderr.contains("関東"))
    }

    @Test func aFileThatCannotBeWrittenLeavesNothingBehind() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory)
        let before = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
        // A folder where the file should go, and a file inside a folder that does not exist.
        for target in [directory.url.path, directory.path("missing/report.pdf")] {
            let result = try RemoChildProcess.run(report + ["--format", "pdf", "-o", target], database: database)
            #expect(result.status == 1, "\(target)")
            #expect(result.stderr.contains(target), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted() == before)
    }

    @Test func cp932OutputNamesTheCellItCannotHoldAndKeepsTheOldFile() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory, secondName: "屋上📷")
        let csv = directory.path("report.csv")
        try Data("old".utf8).write(to: URL(fileURLWithPath: csv))
        let refused = try RemoChildProcess.run(
            report + ["--format", "csv", "--encoding", "cp932", "-o", csv], database: database)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("camera_name") && refused.stderr.contains("📷"), "\(refused.stderr)")
        #expect(FileManager.default.contents(atPath: csv) == Data("old".utf8))
        // Without the camera that CP932 cannot hold, the same file is written in CP932.
        let written = try RemoChildProcess.run(
            report + ["--format", "csv", "--encoding", "cp932", "--expiring-within", "90", "-o", csv],
            database: database)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: csv))
        #expect(String(data: bytes, encoding: .utf8) == nil)
        #expect(try SpreadsheetText.decode(Array(bytes), source: csv, encoding: .cp932).text.contains("入口"))
    }

    @Test func aJapaneseLocaleGetsAJapanesePDFAndCP932CSVWithExtensionCharacters() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory, secondName: "①号 髙島屋㈱ ｶﾒﾗ")
        let japanese = ["REMO_LANG": "", "LC_ALL": "", "LANG": "ja_JP.UTF-8"]
        let pdf = directory.path("report.pdf")
        let drawn = try RemoChildProcess.run(report + ["--format", "pdf", "-o", pdf], database: database, environment: japanese)
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let text = try runTool("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"])
        for expected in [
            "機器・ライセンス一覧", "契約ユーザー: 山田商事", "販売パートナー: P001 東京セキュリティ", "日付: 2026年3月20日", "エッジストレージ",
            "期限間近", "期限切れ", "2026年3月31日", "入口", "①号", "髙島屋㈱", "ｶﾒﾗ", "1 / 1 ページ",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("2026-03-31") && !text.contains("Expiring"))
        // The same cameras as CP932 CSV for Japanese Excel: the status names in Japanese, the columns as always.
        let csv = directory.path("report.csv")
        let written = try RemoChildProcess.run(
            report + ["--format", "csv", "--encoding", "cp932", "-o", csv], database: database, environment: japanese)
        #expect(written.status == 0, "\(written.stderr)")
        let bytes = try #require(FileManager.default.contents(atPath: csv))
        for code: [UInt8] in [[0x87, 0x40], [0xFB, 0xFC], [0x87, 0x8A], [0xB6, 0xD2, 0xD7]] {
            #expect((0...(bytes.count - code.count)).contains { Array(bytes[$0..<($0 + code.count)]) == code }, "\(code)")
        }
        let table = try CSVTable(parsing: try SpreadsheetText.decode(Array(bytes), source: csv).text)
        #expect(table.header.contains("camera_name") && table.header.contains("status_name"))
        #expect(table.records.contains { $0.fields.contains("①号 髙島屋㈱ ｶﾒﾗ") && $0.fields.contains("期限切れ") })
    }
}
