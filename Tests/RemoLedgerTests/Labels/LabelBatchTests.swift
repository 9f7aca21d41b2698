import Foundation
import RemoCore
import RemoDocuments
import RemoImaging
import RemoLedger
import RemoSQLite
import Testing

struct LabelBatchTests {
    @Test(arguments: StoreKind.cases) func aUnitsFileBecomesSheetsAManifestAndAClaimCodeHashPerUnit(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let result = try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(45))))
        #expect(result.succeeded)
        #expect(result.labeled == 45 && result.verified == 45 && result.pages == 2 && result.count("new") == 45)
        #expect(!result.keyCreated)  // the key was made with the ledger, never by a batch
        #expect(fixture.outputFiles() == ["labels.pdf", "manifest.csv"])
        let pdf = try Data(contentsOf: URL(fileURLWithPath: fixture.output + "/labels.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))

        // The database holds each unit's claim code as a hash, and the code from the key checks.
        let serials = (1...45).map { String(format: "AB%04d", $0) }
        let manifest = try await fixture.manifest(serials)
        #expect(manifest.count == 45)
        for serial in serials {
            let entry = try #require(manifest[try SerialNumber(serial)]?.first)
            #expect(entry.generation == 1 && entry.isLive && entry.written != nil && entry.batchID == result.batch)
            let code = try fixture.claimCode(serial)
            #expect(entry.claimHash == ClaimCodeHash(claimCode: code, serial: entry.unit.serial))
            #expect(try await fixture.harness.ledger.checkClaimCode(code, serial: entry.unit.serial) == .valid(entry))
        }

        // The CSV in the folder is the manifest, with machine headers and no claim codes.
        let csv = try String(contentsOfFile: fixture.output + "/manifest.csv", encoding: .utf8)
        let table = try CSVTable(parsing: csv)
        #expect(table.header == [
            "batch_id", "line", "model", "serial", "device_id", "produced", "generation", "claim_code_hash", "status", "page",
            "position",
        ])
        #expect(table.records.count == 45)
        for record in table.records {
            let entry = try #require(manifest[try SerialNumber(record["serial"] ?? "")]?.first)
            #expect(record["claim_code_hash"] == entry.claimHash.description)
            #expect(record["batch_id"] == entry.batchID.description && record["line"] == String(entry.line))
            #expect(!csv.contains(try fixture.claimCode(entry.unit.serial.rawValue).rawValue))
        }
        #expect(table.records.last?["page"] == "2" && table.records.last?["position"] == "5")

        let audit = try await fixture.harness.audit().filter { $0.action == .labelsMade }
        #expect(audit.count == 1 && audit.first?.after?["labels"] == "45" && audit.first?.after?["new"] == "45")
        let mode = try FileManager.default.attributesOfItem(atPath: fixture.keyFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test(arguments: StoreKind.cases) func runningTheSameFileAgainPrintsTheSameLabelsAndRecordsNothing(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let units = LabelFixture.csv(LabelFixture.rows(12))
        let first = try await fixture.make(fixture.request(units))
        let before = try await fixture.manifest((1...12).map { String(format: "AB%04d", $0) })
        let again = try await fixture.make(fixture.request(units, output: fixture.folder.path("again")), on: "2025-03-11")
        #expect(again.succeeded && again.batch == nil && again.count("reprinted") == 12 && !again.keyCreated)
        #expect(try await fixture.manifest((1...12).map { String(format: "AB%04d", $0) }) == before)
        // The same claim codes: both manifest files carry the same hashes, batch and lines.
        let one = try String(contentsOfFile: fixture.output + "/manifest.csv", encoding: .utf8)
        let two = try String(contentsOfFile: fixture.folder.path("again") + "/manifest.csv", encoding: .utf8)
        #expect(one.replacing(",new,", with: ",reprinted,") == two)
        #expect(first.batch != nil)
        let actions = try await fixture.harness.audit().map(\.action)
        #expect(actions == [.labelsMade, .labelsReprinted])
    }

    @Test(arguments: StoreKind.cases) func reissuingGivesNewClaimCodesRevokesTheOldOnesAndIsAudited(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(5))))
        let old = try fixture.claimCode("AB0002")
        let result = try await fixture.make(
            fixture.request(LabelFixture.csv(Array(LabelFixture.rows(5)[1...2])), reissue: true), on: "2025-04-01")
        #expect(result.succeeded && result.count("reissued") == 2)
        #expect(result.rows.map(\.generation) == [2, 2])
        let serial = try SerialNumber("AB0002")
        let entries = try #require(try await fixture.manifest(["AB0002"])[serial])
        #expect(entries.map(\.generation) == [1, 2])
        #expect(entries[0].revocation?.batchID == result.batch && entries[0].revocation?.on == CalendarDate("2025-04-01"))
        let new = try fixture.claimCode("AB0002", generation: 2)
        #expect(new != old)
        #expect(try await fixture.harness.ledger.checkClaimCode(new, serial: serial) == .valid(entries[1]))
        #expect(try await fixture.harness.ledger.checkClaimCode(old, serial: serial) == .revoked(entries[0], current: entries[1]))
        // Units not in the reissue keep their label.
        #expect(try await fixture.manifest(["AB0001"])[try SerialNumber("AB0001")]?.count == 1)
        let audit = try #require(try await fixture.harness.audit().last)
        #expect(audit.action == .labelsReissued)
        #expect(audit.before == ["AB0002": "generation 1", "AB0003": "generation 1"])
        #expect(audit.after == ["AB0002": "generation 2", "AB0003": "generation 2"])
    }

    @Test(arguments: StoreKind.cases) func claimChecksTellAnUnknownSerialFromAWrongCode(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(2))))
        let ledger = fixture.harness.ledger
        let unknown = try SerialNumber("ZZ9999")
        #expect(try await ledger.checkClaimCode(try fixture.claimCode("AB0001"), serial: unknown) == .notInManifest(unknown))
        let serial = try SerialNumber("AB0001")
        let wrong = try await ledger.checkClaimCode(try fixture.claimCode("AB0002"), serial: serial)
        #expect(wrong.code == "wrong-claim-code")
        #expect(wrong.message.rendered(in: .english).contains("AB0001"))
        #expect(try await ledger.checkClaimCode(try fixture.claimCode("AB0001"), serial: serial).code == "valid")
        // Typed registration codes carry the serial and the code.
        let typed = try RegistrationCode(RegistrationCode(serial: serial, claimCode: try fixture.claimCode("AB0001")).description.lowercased())
        #expect(try await ledger.checkClaimCode(typed.claimCode, serial: typed.serial).code == "valid")
    }

    @Test(arguments: StoreKind.cases) func unitsProducedBeforeJuly2024AreRefusedOrSkipped(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let units = LabelFixture.csv(LabelFixture.rows(3) + ["WJ-NX200K,OLD0001,1F2E3D4C5B6A7099,2024-06,"])
        let refused = try await fixture.make(fixture.request(units))
        #expect(!refused.succeeded)
        #expect(refused.rows.map(\.status.code) == ["valid", "valid", "valid", "pre-qr-unit"])
        #expect(refused.rows[3].line == 5)
        #expect(refused.rows[3].status.message.rendered(in: .english).contains("produced 2024-06, before 2024-07"))
        #expect(fixture.outputFiles().isEmpty)
        #expect(try await fixture.manifest(["AB0001"]).isEmpty)

        let skipped = try await fixture.make(fixture.request(units, skipInvalid: true))
        #expect(skipped.succeeded && skipped.labeled == 3 && skipped.skipped == 1)
        #expect(skipped.rows[3].skipped && skipped.rows[3].page == nil)
        #expect(try await fixture.manifest(["OLD0001", "AB0003"]).keys.map(\.rawValue) == ["AB0003"])

        // Nothing left to label is no success.
        let none = try await fixture.make(
            fixture.request(LabelFixture.csv(["WJ-NX200K,OLD0001,1F2E3D4C5B6A7099,2024-06,"]), skipInvalid: true,
                output: fixture.folder.path("none")))
        #expect(!none.succeeded && none.labeled == 0 && none.skipped == 1 && none.files.isEmpty)
    }

    @Test(arguments: StoreKind.cases) func aBatchOfSeveralChunksAndGroupsGivesEveryRowItsResultInOrderAndEveryLabelItsPlace(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        // More rows than a chunk (512) and than a group of pages, a refused row near the end, skipped.
        var rows = LabelFixture.rows(700)
        rows.insert("WJ-NX200K,OLD0001,1F2E3D4C5B6A7099,2024-06,", at: 650)
        let sink = CollectedLabelRows()
        let result = try await fixture.harness.ledger.makeLabels(
            fixture.request(LabelFixture.csv(rows), skipInvalid: true), by: Harness.acting(), rows: sink)
        #expect(result.succeeded && result.rows.isEmpty && sink.rows.count == 701 && result.rowCount == 701)
        #expect(result.labeled == 700 && result.verified == 700 && result.skipped == 1 && result.count("new") == 700)
        #expect(result.noted.map(\.line) == [652] && result.notedCount == 1)
        #expect(sink.rows.map(\.line) == Array(2...702))
        let labeled = sink.rows.filter { $0.page != nil }
        let perPage = LabelLayout.standard.labelsPerPage
        #expect(labeled.count == 700)
        #expect(labeled.enumerated().allSatisfy { index, row in row.page == index / perPage + 1 && row.position == index % perPage + 1 })
        #expect(result.pages == (700 + perPage - 1) / perPage)
        #expect(try await fixture.manifest(labeled.map(\.serial)).count == 700)
        let csv = try String(contentsOfFile: fixture.output + "/manifest.csv", encoding: .utf8)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 701 && lines[1].contains(",AB0001,") && lines[700].contains(",AB0700,"))
        let pdf = try String(decoding: Data(contentsOf: URL(fileURLWithPath: fixture.output + "/labels.pdf")), as: UTF8.self)
        #expect(pdf.components(separatedBy: "/Type /Page\n").count - 1 == result.pages || pdf.contains("/Count \(result.pages)"))
        // No scratch file is left beside the sheets and the manifest.
        #expect(fixture.outputFiles() == ["labels.pdf", "manifest.csv"])
    }

    @Test(arguments: StoreKind.cases) func aSerialRegisteredByHandIsRefusedPerRowNamingIt(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let harness = fixture.harness
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 1)
        try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp")
        // A customer takes the serial the warehouse labels later, as a unit made before QR labels.
        let squatted = RegistrationInput(
            input: "AB0002", kind: .serial(serial: "AB0002", model: "WJ-NX400K/G", deviceID: nil, produced: "2023-05"))
        let registered = try await harness.ledger.register(
            RegistrationRequest(customer: Harness.email("taro@example.jp"), inputs: [squatted], site: "本社"),
            by: Harness.acting())
        #expect(registered.items[0].status == .registered)

        let units = LabelFixture.csv(LabelFixture.rows(3))
        let refused = try await fixture.make(fixture.request(units))
        #expect(!refused.succeeded)
        #expect(refused.rows.map(\.status.code) == ["valid", "registered-without-label", "valid"])
        let message = refused.rows[1].status.message.rendered(in: .english)
        #expect(message.contains("AB0002") && message.contains("2023-05") && message.contains("registered without a label"))
        #expect(fixture.outputFiles().isEmpty)
        #expect(try await fixture.manifest(["AB0001", "AB0002", "AB0003"]).isEmpty)

        let skipped = try await fixture.make(fixture.request(units, skipInvalid: true))
        #expect(skipped.succeeded && skipped.labeled == 2 && skipped.rows[1].skipped)
        #expect(try await fixture.manifest(["AB0001", "AB0002", "AB0003"]).keys.map(\.rawValue).sorted() == ["AB0001", "AB0003"])
    }

    @Test(arguments: StoreKind.cases) func aSerialRegisteredThroughItsLabelIsPrintedAgain(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let harness = fixture.harness
        let units = LabelFixture.csv(LabelFixture.rows(1))
        try await fixture.make(fixture.request(units))
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 1)
        try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp")
        let code = RegistrationCode(serial: try SerialNumber("AB0001"), claimCode: try fixture.claimCode("AB0001"))
        let registered = try await harness.ledger.register(
            RegistrationRequest(
                customer: Harness.email("taro@example.jp"),
                inputs: [RegistrationInput(input: "code", kind: .typed(code.description))], site: "本社"),
            by: Harness.acting())
        #expect(registered.items[0].status == .registered)
        let again = try await fixture.make(fixture.request(units, output: fixture.folder.path("again")))
        #expect(again.succeeded && again.rows[0].status == .reprinted)
    }

    @Test(arguments: StoreKind.cases) func aPNGOrSVGPerLabelIsWrittenOnRequest(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let thermal = try LabelLayout.named("thermal-50x30")
        let result = try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(3)), layout: thermal, files: .png))
        #expect(result.pages == 3)
        #expect(fixture.outputFiles() == ["labels.pdf", "manifest.csv", "png", "png/AB0001.png", "png/AB0002.png", "png/AB0003.png"])
        let image = try ImageLoader().load(path: fixture.output + "/png/AB0002.png")
        #expect(image.width == Int((50 / 25.4 * 203).rounded(.up)))
        let decoded = try #require(try QRDecoder().decode(image).first?.text)
        let payload = try RecorderPayload(parsing: decoded)
        let expected = try fixture.claimCode("AB0002")
        #expect(payload.unit.serial.rawValue == "AB0002" && payload.claimCode == expected)

        let svg = try await fixture.make(
            fixture.request(LabelFixture.csv(LabelFixture.rows(2)), files: .svg, output: fixture.folder.path("svg-out")))
        #expect(svg.files.filter { $0.hasSuffix(".svg") }.count == 2)
        let text = try String(contentsOfFile: fixture.folder.path("svg-out") + "/svg/AB0001.svg", encoding: .utf8)
        #expect(text.hasPrefix("<?xml") && !text.contains("<image"))
    }

    @Test(arguments: StoreKind.cases) func onlyTheLocalOperatorMakesLabels(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        try await fixture.harness.partner()
        let error = await #expect(throws: AccessError.self) {
            try await fixture.harness.ledger.makeLabels(
                fixture.request(LabelFixture.csv(LabelFixture.rows(1))),
                by: Harness.acting(.partner(Harness.code("P001"))))
        }
        #expect(error == .operatorOnly(actor: "P001", action: .labelsMade))
        #expect(fixture.outputFiles().isEmpty)
    }

    @Test func catalogueIsSoundInBothLanguages() {
        #expect(LabelBatchText.problems().isEmpty)
    }
}
