import Foundation
import RemoCore
import RemoDocuments
import RemoLedger
import RemoSQLite

/// A ledger over an in-memory store, an output folder and a key file in a
/// fresh temporary folder, and units files to label.
struct LabelFixture {
    let harness: Harness
    let folder: TemporaryDirectory
    var keyFile: LabelKeyFile { LabelKeyFile(path: folder.path("remo.label-key")) }
    var output: String { folder.path("out") }

    /// A fixture over an in-memory database, or over a database file in the folder.
    init(_ store: StoreKind, onDisk: Bool = false) throws {
        folder = try TemporaryDirectory()
        harness =
            onDisk
            ? Harness(store: try SQLiteLedgerStore(path: folder.path("remo.sqlite"), opening: .new(.simulation))) : try Harness(store)
        // The ledger's key, made with the ledger as `remo init` makes it.
        _ = try LabelKeyFile(path: folder.path("remo.label-key")).create()
    }

    /// The database file, for a fixture on disk.
    var databasePath: String { folder.path("remo.sqlite") }

    /// A units file: a header and the rows, CSV, LF line ends.
    static func csv(_ rows: [String], header: String = "model,serial,device_id,produced,note") -> [UInt8] {
        Array(([header] + rows).joined(separator: "\n").utf8)
    }

    /// `count` valid rows: serials `<prefix>0001`... of model WJ-NX400K/G.
    static func rows(_ count: Int, prefix: String = "AB", model: String = "WJ-NX400K/G") -> [String] {
        (1...max(1, count)).prefix(count).map { index in
            String(format: "%@,%@%04d,0A1B2C3D4E5F%04X,2025-%02d,倉庫 %d", model, prefix, index, index, index % 12 + 1, index)
        }
    }

    func request(
        _ units: [UInt8], layout: LabelLayout = .standard, skipInvalid: Bool = false, reissue: Bool = false,
        files: LabelBatchRequest.LabelFiles? = nil, keyFile: LabelKeyFile? = nil, newKey: Bool = false,
        output: String? = nil, encoding: SpreadsheetEncoding? = nil
    ) -> LabelBatchRequest {
        LabelBatchRequest(
            units: units, source: "units.csv", encoding: encoding, output: output ?? self.output, layout: layout,
            skipInvalid: skipInvalid, reissue: reissue, labelFiles: files, keyFile: keyFile ?? self.keyFile, newKey: newKey)
    }

    @discardableResult
    func make(_ request: LabelBatchRequest, on day: String = "2025-03-10") async throws -> LabelBatchResult {
        try await harness.ledger.makeLabels(request, by: Harness.acting(on: day))
    }

    /// Every manifest entry, current and revoked, by serial.
    func manifest(_ serials: [String]) async throws -> [SerialNumber: [ManifestEntry]] {
        let parsed = try serials.map { try SerialNumber($0) }
        return try await harness.store.read { records in try records.manifestEntries(serials: parsed) }
    }

    /// The names in the output folder (and its subfolders), hidden ones too, sorted.
    func outputFiles() -> [String] {
        guard let names = FileManager.default.enumerator(atPath: output)?.allObjects as? [String] else { return [] }
        return names.sorted()
    }

    /// The claim code a unit's label of a generation carries, made with the fixture's key.
    func claimCode(_ serial: String, generation: Int = 1) throws -> ClaimCode {
        let key = try require(try keyFile.load(), "the label key")
        return key.claimCode(serial: try SerialNumber(serial), generation: generation)
    }

    func remove() { folder.remove() }
}

/// `#require` outside a test function's macro context.
func require<T>(_ value: T?, _ what: String = "value") throws -> T {
    guard let value else { throw FixtureError.missing(what) }
    return value
}

enum FixtureError: Error {
    case missing(String)
}
