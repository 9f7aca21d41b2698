import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// The report's formats, each read back: CSV through RemoCore's reader, JSON
/// against the example in docs/report.md, text for its marks.
struct ReportRenderingTests {
    func text(
        _ report: ProvisioningReport, _ format: ReportFormat,
        _ options: ReportOptions = ReportOptions(language: .english)
    )
        throws -> String
    {
        String(decoding: try report.rendered(as: format, options: options), as: UTF8.self)
    }

    @Test(arguments: StoreKind.cases) func csvHasOneRowPerCameraAndReadsBackWithNamesIntact(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let report = try await fixture.report()
        let table = try CSVTable(parsing: try text(report, .csv))
        #expect(table.header.first == "customer" && table.header.count == 24)
        #expect(table.records.count == 9)
        let indices = Dictionary(uniqueKeysWithValues: table.header.enumerated().map { ($1, $0) })
        let column = { (name: String) in indices[name] ?? 0 }
        #expect(Set(indices.keys) == Set(ReportRenderingTests.csvHeader.split(separator: ",").map(String.init)))
        let rows = Dictionary(uniqueKeysWithValues: table.records.map { ($0.fields[column("camera_id")], $0.fields) })
        let names = table.records.map { $0.fields[column("camera_name")] }
        // A comma and a quote survive quoting; a formula is shown as text.
        #expect(names.contains("倉庫, \"北\""))
        #expect(names.contains("'=SUM(A1:A9)"))
        #expect(!names.contains("=SUM(A1:A9)"))
        let expiringID = try #require(fixture.cameras["=SUM(A1:A9)"]).id.description
        let expiring = try #require(rows[expiringID])
        #expect(expiring[column("status")] == "expiring" && expiring[column("days_left")] == "11")
        #expect(expiring[column("expires")] == "2026-03-31" && expiring[column("type")] == "1y")
        #expect(expiring[column("recorder_serial")] == "ABC1234567" && expiring[column("registered")] == "2024-01-10")
        #expect(expiring[column("site")] == "関東" && expiring[column("connection")] == "edge-storage")
        let perpetualID = try #require(fixture.cameras["倉庫, \"北\""]).id.description
        let perpetual = try #require(rows[perpetualID])
        #expect(perpetual[column("card_id")] == "AAAA-BBBB-CCCC-DDDD" && perpetual[column("expires")] == "")
        #expect(perpetual[column("status_name")] == "perpetual")
        let statuses = Set(table.records.map { $0.fields[column("status")] })
        #expect(statuses == Set(LicenseStatus.allCases.map(\.rawValue)))
    }

    @Test(arguments: StoreKind.cases) func csvTakesAByteOrderMarkAndCP932(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let report = try await fixture.report()
        let marked = try report.rendered(as: .csv, options: ReportOptions(language: .japanese, byteOrderMark: true))
        #expect(Array(marked.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let cp932 = try report.rendered(as: .csv, options: ReportOptions(language: .japanese, encoding: .cp932))
        let decoded = try SpreadsheetText.decode(cp932, source: "report.csv", encoding: .cp932)
        #expect(
            decoded.text
                == String(
                    decoding: try report.rendered(as: .csv, options: ReportOptions(language: .japanese)), as: UTF8.self)
        )
        #expect(decoded.text.contains("期限間近"))
        #expect(throws: ReportError.byteOrderMarkNeedsUTF8) {
            try report.rendered(as: .csv, options: ReportOptions(encoding: .cp932, byteOrderMark: true))
        }
        #expect(throws: ReportError.csvOptionsOnly(format: "json")) {
            try report.rendered(as: .json, options: ReportOptions(byteOrderMark: true))
        }
    }

    @Test(arguments: StoreKind.cases) func cp932OutputNamesTheCellItCannotHold(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        _ = try await fixture.harness.unlicensedCamera("屋上📷", site: "関東", on: "2024-01-10")
        let report = try await fixture.report()
        let row =
            try #require(try CSVTable(parsing: try text(report, .csv)).records.firstIndex { $0.fields.contains("屋上📷") })
            + 2
        #expect(
            throws: SpreadsheetTextError.unrepresentable(
                row: row, column: 11, columnName: "camera_name", character: "📷", encoding: .cp932)
        ) {
            try report.rendered(as: .csv, options: ReportOptions(encoding: .cp932))
        }
    }

    @Test(arguments: StoreKind.cases) func jsonHasExactlyTheDocumentedShape(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let data = try await fixture.report().rendered(as: .json)
        let document = try JSONSerialization.jsonObject(with: Data(data))
        let example = try JSONSerialization.jsonObject(with: Data(try ReportRenderingTests.documentedExample().utf8))
        var actual = Shape()
        var documented = Shape()
        actual.collect(document, path: "")
        documented.collect(example, path: "")
        // The same keys on every object, and no value of a kind the example does not show.
        #expect(actual.keys == documented.keys)
        for (path, kinds) in actual.kinds {
            #expect(kinds.isSubset(of: documented.kinds[path] ?? []), "\(path): \(kinds)")
        }

        let root = try #require(document as? [String: Any])
        let accounts = try #require(root["accounts"] as? [[String: Any]])
        let account = try #require(accounts.first)
        #expect(root["today"] as? String == "2026-03-20")
        let counts = try #require(account["counts"] as? [String: [String: Int]])
        #expect(
            counts == ["edge-storage": ["cameras": 6, "licenses": 6], "camera-direct": ["cameras": 2, "licenses": 1]])
        let recorders = try #require(account["recorders"] as? [[String: Any]])
        #expect(recorders.count == 1 && recorders[0]["serial"] as? String == "ABC1234567")
        #expect(recorders[0]["registered"] as? String == "2024-01-10")
        #expect(recorders[0]["registeredBy"] is NSNull && recorders[0]["method"] is NSNull)
        let cameras =
            (recorders[0]["cameras"] as? [[String: Any]] ?? []) + (account["directCameras"] as? [[String: Any]] ?? [])
        #expect(cameras.count == 9)
        let statuses = Set(cameras.compactMap { $0["status"] as? String })
        #expect(statuses == Set(LicenseStatus.allCases.map(\.rawValue)))
        let expiring = try #require(cameras.first { $0["name"] as? String == "=SUM(A1:A9)" })
        #expect(expiring["daysLeft"] as? Int == 11)
        let license = try #require(expiring["license"] as? [String: Any])
        #expect(license["type"] as? String == "1y" && license["expires"] as? String == "2026-03-31")
        #expect(license["freeUntil"] as? String == "2025-03-31" && license["card"] is NSNull)
        #expect(cameras.first { $0["name"] as? String == "ロビー" }?["license"] is NSNull)
        // Machine output never changes with the language.
        let japanese = try await fixture.report().rendered(as: .json, options: ReportOptions(language: .japanese))
        #expect(japanese == data)
    }

    @Test(arguments: StoreKind.cases) func textMarksUncoveredAndExpiringCamerasAndCountsPerConnectionType(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let english = try text(try await fixture.report(), .text)
        let lines = english.split(separator: "\n").map(String.init)
        func line(_ name: String) async throws -> String { try #require(lines.first { $0.contains(" \(name) ") }) }
        #expect(try await line("ロビー").hasPrefix("!! "))
        #expect(try await line("入口").hasPrefix("!! "))
        #expect(try await line("=SUM(A1:A9)").hasPrefix("!  "))
        #expect(try await line("事務所").hasPrefix("   "))
        #expect(try await line("受付").hasSuffix("free period"))
        #expect(try await line("故障").hasSuffix("active (failed 2026-01-15)"))
        #expect(english.contains("edge storage: 6 cameras connected, 6 licenses"))
        #expect(english.contains("camera direct: 2 cameras connected, 1 license"))
        #expect(english.contains("Contract user: 山田商事株式会社 <taro@example.jp>"))
        #expect(english.contains("ABC1234567  WJ-NXE20  2024-01-10  unknown"))

        let japanese = try text(try await fixture.report(), .text, ReportOptions(language: .japanese))
        #expect(japanese.contains("エッジストレージ: 接続カメラ6台、ライセンス6本"))
        #expect(japanese.contains("2026年3月31日") && japanese.contains("期限間近") && japanese.contains("無料期間中"))
        #expect(japanese.contains("永年") && japanese.contains("未割り当て") && japanese.contains("期限切れ"))
        // The legend says what stops and what goes on without a license (issue 21 item 8).
        #expect(japanese.contains("エッジストレージ録画") && japanese.contains("HDMIモニターへのイベント通知は継続します"))
        #expect(english.contains("remote maintenance stop") && english.contains("taking SD-card recordings out to a PC"))
        // Columns line up in terminal cells, Japanese counting two.
        let rows = japanese.split(separator: "\n").filter { $0.contains("DG-JLE101W") }.map(String.init)
        let ends = Set(
            rows.map {
                TextTable.displayWidth(of: String($0[..<($0.range(of: "DG-JLE101W")?.lowerBound ?? $0.endIndex)]))
            })
        #expect(rows.count == 5 && ends.count == 1)
    }

    @Test(arguments: StoreKind.cases) func anEmptyReportSaysSo(_ store: StoreKind) async throws {
        let fixture = try await ReportFixture(store)
        let report = try await fixture.report(filter: ReportFilter(expiringWithin: 0))
        #expect(report.accounts.isEmpty)
        #expect(try text(report, .text).contains("No account to report."))
        #expect(try text(report, .csv) == ReportRenderingTests.csvHeader + "\r\n")
    }

    static let csvHeader =
        "customer,customer_name,partner,site,recorder_serial,recorder_model,registered,registered_by,registration_method,camera_id,camera_name,connection,added,failed,license_id,card_id,part,type,assigned,free_until,expires,days_left,status,status_name"

    /// The first JSON example in docs/report.md.
    static func documentedExample() throws -> String {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/report.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```json\n"))
        let end = try #require(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound])
    }
}

/// The shape of a JSON document: every object's keys by its path
/// (`accounts[].recorders[].cameras[]`, connection codes as `*`), and the kinds
/// of value (`string`, `number`, `null`, `object`, `array`) each key holds.
struct Shape {
    var keys: [String: Set<String>] = [:]
    var kinds: [String: Set<String>] = [:]

    mutating func collect(_ value: Any, path: String) {
        if let object = value as? [String: Any] {
            keys[path, default: []].formUnion(object.keys)
            for (key, child) in object {
                let childPath = path.hasSuffix("counts") ? "\(path).*" : path.isEmpty ? key : "\(path).\(key)"
                kinds[childPath, default: []].insert(Shape.kind(of: child))
                collect(child, path: childPath)
            }
        } else if let array = value as? [Any] {
            for child in array { collect(child, path: path + "[]") }
        }
    }

    static func kind(of value: Any) -> String {
        switch value {
        case is NSNull: "null"
        case is String: "string"
        case is [Any]: "array"
        case is [String: Any]: "object"
        default: "number"
        }
    }
}
