import Foundation
import RemoLedger
import Testing

/// Spreadsheets as Japanese Excel saves them ("CSV" is CP932), through the real
/// `remo`: units for `labels make`, issued cards for `cards import`, detected or
/// chosen with `--encoding`, and a stray byte refused naming its line.
@Suite(.serialized)
struct SpreadsheetProcessTests {
    /// Units with a note column holding CP932's NEC and IBM extensions (①, 髙, ㈱)
    /// and a row of half-width katakana (ｶﾒﾗ).
    static let units =
        "model,serial,device_id,produced,備考\r\n"
        + "WJ-NX400K/G,JP0001,0A1B2C3D4E5F6071,2024-07,①号機 髙島屋㈱\r\n"
        + "WJ-NX200K,JP0002,1F2E3D4C5B6A7985,2025-01,ｶﾒﾗ用 ﾚｺｰﾀﾞｰ\r\n"

    /// `text` in CP932, checked to hold the extension characters' CP932 codes.
    static func cp932(_ text: String) throws -> [UInt8] {
        let bytes = try SpreadsheetText.encode(text, as: .cp932)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        for code: [UInt8] in [[0x87, 0x40], [0xFB, 0xFC], [0x87, 0x8A], [0xB6, 0xD2, 0xD7]] where text.contains("ｶﾒﾗ") {
            #expect((0...(bytes.count - code.count)).contains { Array(bytes[$0..<($0 + code.count)]) == code }, "\(code)")
        }
        return bytes
    }

    @Test func aUnitsSheetSavedAsCP932MakesLabelsDetectedOrChosen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let path = directory.path("units.csv")
        try Data(try Self.cp932(Self.units)).write(to: URL(fileURLWithPath: path))
        let detected = try RemoChildProcess.run(
            ["labels", "make", "--csv", path, "--out", directory.path("a"), "--today", "2025-03-10", "--json"],
            database: database)
        #expect(detected.status == 0, "\(detected.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(detected.stdout.utf8)) as? [String: Any])
        #expect(json["encoding"] as? String == "cp932")
        let manifest = try String(contentsOfFile: directory.path("a") + "/manifest.csv", encoding: .utf8)
        #expect(manifest.contains("JP0001") && manifest.contains("JP0002"))
        let chosen = try RemoChildProcess.run(
            ["labels", "make", "--csv", path, "--out", directory.path("b"), "--encoding", "cp932", "--today", "2025-03-10"],
            database: database, environment: ["REMO_LANG": "ja"])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        // Read as UTF-8 when told so, the same file is refused at its first Japanese byte.
        let wrong = try RemoChildProcess.run(
            ["labels", "make", "--csv", path, "--out", directory.path("c"), "--encoding", "utf8"], database: database)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("Line 1 of \(path) has a byte that is not valid utf-8"), "\(wrong.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("c")))
    }

    @Test func aStrayByteIsRefusedNamingItsLineInEitherLanguageAndNothingIsMade() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let path = directory.path("units.csv")
        // Line 3 has 0x81 0x20: a CP932 lead byte before a byte no character has.
        var bytes = try Self.cp932(Self.units)
        let third = try #require((0..<bytes.count).filter { bytes[$0] == 0x0A }.dropFirst().first) + 1
        bytes.insert(contentsOf: [0x81, 0x20], at: third + 12)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let make = ["labels", "make", "--csv", path, "--out", directory.path("out"), "--today", "2025-03-10"]
        for (language, expected) in [("ja", "\(path) の3行目"), ("en", "Line 3 of \(path)")] {
            let run = try RemoChildProcess.run(make, database: database, environment: ["REMO_LANG": language])
            #expect(run.status == 1)
            #expect(run.stderr.contains(expected), "\(run.stderr)")
            let forced = try RemoChildProcess.run(
                make + ["--encoding", "cp932"], database: database, environment: ["REMO_LANG": language])
            #expect(forced.status == 1)
            #expect(forced.stderr.contains(expected), "\(forced.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("out")))
    }

    @Test func anIssuedCardListSavedAsCP932IsImportedAndAStrayByteNamesItsLine() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let text =
            "起動ID番号,activation_id,encryption_id,part,メモ\r\n"
            + "①,ABCD-EFGH-JKLM-NPQR,1234-5678,DG-JLE100W-8A,髙島屋㈱\r\n"
            + "②,BCDE-FGHJ-KLMN-PQRS,2345-6789,DG-JLE100W-A,ｶﾒﾗ 1台\r\n"
        let path = directory.path("cards.csv")
        try Data(try Self.cp932(text)).write(to: URL(fileURLWithPath: path))
        let run = try RemoChildProcess.run(["cards", "import", path, "--json"], database: database)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["encoding"] as? String == "cp932")
        #expect(json["imported"] as? Int == 2)
        var broken = try Self.cp932(text.replacingOccurrences(of: "ABCD", with: "WXYZ").replacingOccurrences(of: "BCDE", with: "XYZW"))
        let second = try #require((0..<broken.count).filter { broken[$0] == 0x0A }.first) + 1
        broken.insert(0xA0, at: second)  // 0xA0 is no CP932 character
        try Data(broken).write(to: URL(fileURLWithPath: path))
        let refused = try RemoChildProcess.run(
            ["cards", "import", path, "--encoding", "cp932"], database: database, environment: ["REMO_LANG": "ja"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(path) の2行目に cp932 として正しくないバイトがあります"), "\(refused.stderr)")
    }
}
