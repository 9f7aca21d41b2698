import Foundation
import RemoCore
import RemoDocuments
import RemoLedger
import RemoSQLite
import Testing

/// The bad units files and output folders of issue 5, each refused with what is
/// wrong and where, and nothing written or recorded.
struct LabelBatchInputTests {
    /// Makes labels of `units` and checks that nothing was made: no files, no manifest entries.
    func refusedRows(_ units: [UInt8], _ fixture: LabelFixture) async throws -> [LabelRow] {
        let result = try await fixture.make(fixture.request(units))
        #expect(!result.succeeded && result.batch == nil && result.files.isEmpty)
        #expect(fixture.outputFiles().isEmpty)
        #expect(try await fixture.harness.store.read { try $0.labelKeyUse() }.isEmpty)
        return result.rows
    }

    @Test(arguments: StoreKind.cases) func missingColumnsAreNamedAndExtraColumnsIgnored(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let error = await #expect(throws: CSVError.self) {
            try await fixture.make(fixture.request(LabelFixture.csv(["WJ-NX400,AB1,2025-01"], header: "model,serial,produced")))
        }
        #expect(error == .missingColumns(["device_id"], found: ["model", "serial", "produced"]))
        #expect(error?.message.rendered(in: .english).contains("device_id") == true)
        // Columns in another order, in another case, with others between them.
        let units = Array("Serial,備考,MODEL,extra,Produced,Device_ID\nAB1,東京,WJ-NX400,x,2025-01,0A1B2C3D\n".utf8)
        let result = try await fixture.make(fixture.request(units))
        #expect(result.succeeded && result.rows.first?.serial == "AB1" && result.rows.first?.model == "WJ-NX400")
    }

    @Test(arguments: StoreKind.cases) func anEmptyFileOrOneWithoutUnitsIsRefused(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        await #expect(throws: CSVError.noHeader) { try await fixture.make(fixture.request([])) }
        let error = await #expect(throws: LabelBatchError.self) {
            try await fixture.make(fixture.request(Array("model,serial,device_id,produced\r\n".utf8)))
        }
        #expect(error == .noUnits(source: "units.csv"))
        #expect(error?.message.rendered(in: .japanese).contains("units.csv には見出し行だけで機器がありません") == true)
        #expect(fixture.outputFiles().isEmpty)
    }

    @Test(arguments: StoreKind.cases) func aSerialTwiceInTheFileIsRefusedNamingBothLines(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let rows = try await refusedRows(
            LabelFixture.csv(LabelFixture.rows(2) + ["WJ-NX200K,ab0001,1F2E3D4C5B6A7985,2025-02,"]), fixture)
        #expect(rows.map(\.status) == [.valid, .valid, .duplicated(firstLine: 2)])
        #expect(rows[2].line == 4)
        #expect(rows[2].status.message.rendered(in: .english) == "the same serial number is on line 2")
    }

    @Test(arguments: StoreKind.cases, [
        ("WJ-NX400,AB1,0A1B2C3G,2025-01,", "device ID"), ("WJ-NX400,AB1,0A1B2C,2025-01,", "device ID"),
        ("WJ-NX400,AB1,0A1B2C3D4E,2025-13,", "2025-13"), ("WJ-NX400,AB1,0A1B2C3D4E,25-01,", "25-01"),
        ("WJ-NX400,AB 1,0A1B2C3D4E,2025-01,", "serial"), ("-WJ,AB1,0A1B2C3D4E,2025-01,", "model"),
    ])
    func aMalformedFieldIsRefusedWithItsLine(_ store: StoreKind, _ example: (row: String, named: String)) async throws {
        let (row, named) = example
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let rows = try await refusedRows(LabelFixture.csv(LabelFixture.rows(1) + [row]), fixture)
        #expect(rows[1].status.code == "malformed" && rows[1].line == 3)
        let message = rows[1].status.message.rendered(in: .english)
        #expect(message.localizedCaseInsensitiveContains(named), "\(message)")
    }

    @Test(arguments: StoreKind.cases) func aSerialLabeledBeforeWithAnotherModelIsRefusedUntilReissued(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let first = try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(2))))
        let changed = LabelFixture.csv(LabelFixture.rows(2, model: "WJ-NX200K"))
        let result = try await fixture.make(fixture.request(changed, output: fixture.folder.path("second")))
        #expect(!result.succeeded)
        let batch = try #require(first.batch)
        #expect(result.rows[0].status == .conflict(field: .model, labeled: "WJ-NX400K/G", batch: batch))
        #expect(result.rows[0].status.message.rendered(in: .english).contains("the model number WJ-NX400K/G"))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.path("second")))
        let reissued = try await fixture.make(fixture.request(changed, reissue: true, output: fixture.folder.path("second")))
        #expect(reissued.succeeded && reissued.count("reissued") == 2)
        #expect(try await fixture.manifest(["AB0001"])[try SerialNumber("AB0001")]?.last?.unit.model.rawValue == "WJ-NX200K")
    }

    @Test(arguments: StoreKind.cases) func aCP932FileFromJapaneseExcelIsRead(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let text = "model,serial,device_id,produced,備考\r\nWJ-NX400K/G,JP0001,0A1B2C3D4E5F6071,2024-07,東京倉庫・初回ロット\r\n"
            + "WJ-NX200K,JP0002,1F2E3D4C5B6A7985,2025-01,ｶﾀｶﾅ半角と①\r\n"
        let bytes = try SpreadsheetText.encode(text, as: .cp932)
        #expect(String(validating: bytes, as: UTF8.self) == nil)  // really CP932, not UTF-8
        let result = try await fixture.make(fixture.request(bytes))
        #expect(result.succeeded && result.encoding == .cp932 && result.labeled == 2)
        let forced = try await fixture.make(fixture.request(bytes, output: fixture.folder.path("again"), encoding: .cp932))
        #expect(forced.count("reprinted") == 2)
        await #expect(throws: SpreadsheetTextError.self) {
            try await fixture.make(fixture.request(bytes, output: fixture.folder.path("utf8"), encoding: .utf8))
        }
    }

    @Test(arguments: StoreKind.cases) func aUTF8FileWithABOMAndQuotedFieldsIsRead(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let text = "\u{FEFF}\"model\",\"serial\",\"device_id\",\"produced\",\"note\"\r\n"
            + "\"WJ-NX400K/G\",\"Q0001\",\"0A1B-2C3D-4E5F-6071\",\"2024-07\",\"棚 B-3, 上段\"\r\n"
            + "\"WJ-NX200K\",\" q0002 \",\"1f2e3d4c5b6a7985\",\"2025-01\",\"two\nlines, \"\"quoted\"\"\"\r\n"
            + "WJ-NX200K,Q0003,1F2E3D4C5B6A7986,2025-02,plain\r\n"
        let result = try await fixture.make(fixture.request(Array(text.utf8)))
        #expect(result.succeeded && result.encoding == .utf8)
        #expect(result.rows.map(\.line) == [2, 3, 5])
        let entry = try #require(try await fixture.manifest(["Q0002"])[try SerialNumber("Q0002")]?.first)
        #expect(entry.unit.deviceID.rawValue == "1F2E3D4C5B6A7985" && entry.line == 3)
        #expect(try await fixture.manifest(["Q0001"])[try SerialNumber("Q0001")]?.first?.unit.deviceID.rawValue == "0A1B2C3D4E5F6071")
    }

    @Test(arguments: StoreKind.cases) func anOutputFolderThatIsAFileOrCannotBeMadeIsRefusedWithNothingRecorded(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let units = LabelFixture.csv(LabelFixture.rows(3))
        let file = fixture.folder.path("a-file")
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: file))
        let notFolder = await #expect(throws: LabelBatchError.self) { try await fixture.make(fixture.request(units, output: file)) }
        #expect(notFolder == .outputNotFolder(path: file))
        let under = await #expect(throws: LabelBatchError.self) {
            try await fixture.make(fixture.request(units, output: file + "/out"))
        }
        guard case .cannotWrite(let path, _) = under else {
            Issue.record("expected cannotWrite, got \(String(describing: under))")
            return
        }
        #expect(path == file + "/out")
        #expect(try await fixture.harness.store.read { try $0.labelKeyUse() }.isEmpty)
        #expect(try await fixture.harness.audit().isEmpty)
    }

    @Test(arguments: StoreKind.cases) func aFolderInTheWayOfAFileLeavesNothingHalfWritten(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        // manifest.csv is a folder: the PDF is written (under its temporary name) first,
        // then the batch is refused before it is recorded, and the PDF removed.
        try FileManager.default.createDirectory(atPath: fixture.output + "/manifest.csv/kept", withIntermediateDirectories: true)
        let error = await #expect(throws: LabelBatchError.self) {
            try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(3))))
        }
        #expect(error == .outputIsFolder(path: fixture.output + "/manifest.csv"))
        #expect(fixture.outputFiles() == ["manifest.csv", "manifest.csv/kept"])
        #expect(try await fixture.manifest(["AB0001"]).isEmpty)
        #expect(try await fixture.harness.audit().isEmpty)
        // Out of the way, the same file makes its labels.
        try FileManager.default.removeItem(atPath: fixture.output + "/manifest.csv")
        #expect(try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(3)))).succeeded)
    }

    @Test(arguments: StoreKind.cases) func aReadOnlyOutputFolderIsRefusedWithNothingLeft(_ store: StoreKind) async throws {
        // Root writes anywhere; the check needs an ordinary user.
        guard geteuid() != 0 else { return }
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.output, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: fixture.output)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixture.output) }
        await #expect(throws: LabelBatchError.self) { try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(2)))) }
        #expect(fixture.outputFiles().isEmpty)
        #expect(try await fixture.manifest(["AB0001"]).isEmpty)
    }

    @Test(arguments: StoreKind.cases) func temporaryFilesOfAKilledRunAreRemovedByTheNextRun(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.output, withIntermediateDirectories: true)
        // A process id that does not exist (above the kernel's maximum), and one that does (ours is excluded, so init's).
        let abandoned = fixture.output + "/.labels.pdf.4194305.abc.tmp"
        let alive = fixture.output + "/.labels.pdf.1.abc.tmp"
        for path in [abandoned, alive] { try Data("partial".utf8).write(to: URL(fileURLWithPath: path)) }
        try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(1))))
        #expect(fixture.outputFiles() == [".labels.pdf.1.abc.tmp", "labels.pdf", "manifest.csv"])
    }
}
