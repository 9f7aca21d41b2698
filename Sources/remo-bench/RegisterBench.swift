import ArgumentParser
import Foundation
import RemoCore
import RemoImaging
import RemoLedger
import RemoSQLite

/// `remo-bench register`: registering 1,000 recorders with 8 cameras each from
/// typed registration codes (a fresh database on disk per run, or, with
/// `--postgres URL`, a fresh schema of that PostgreSQL database), and the time
/// per photo from a folder of label photos, decoding included.
struct RegisterBench: AsyncParsableCommand, TimedBench {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract:
            "Registering 1,000 recorders × 8 cameras from typed codes, and per photo from a folder, on SQLite or "
            + "PostgreSQL (medians of several runs)."
    )

    @Option(help: "Runs per figure.")
    var runs = 5

    @Option(help: "Recorders registered per run.")
    var recorders = 1_000

    @Option(help: "Cameras per recorder.")
    var cameras = 8

    @Option(help: "A folder of label photos (their units labeled with --label-key from --units).")
    var photos = "samples/photos"

    @Option(help: "The units file of the photos' labels.")
    var units = "samples/units.csv"

    @Option(help: "The label key the photos' labels were made with.")
    var labelKey = "samples/demo.label-key"

    @Flag(help: "Only the typed codes: no photos.")
    var noPhotos = false

    @OptionGroup var store: BenchStore

    func run() async throws {
        let folder = try store.folder("register")
        defer { try? FileManager.default.removeItem(at: folder) }
        print("remo-bench register: \(runs) runs each, \(store.describe(folder))")

        var times: [Double] = []
        var size: Int?
        for run in 0..<runs {
            let path = folder.appendingPathComponent("codes-\(run).sqlite").path
            let bench = try store.ledger(path)
            let key = LabelKey.generate()
            let serials = try (0..<recorders).map { try SerialNumber(String(format: "BR%06d", $0)) }
            try await bench.setUpRegistration(licenses: recorders * cameras, units: serials.map { try unit($0) }, key: key)
            let inputs = serials.map { serial in
                let code = RegistrationCode(serial: serial, claimCode: key.claimCode(serial: serial, generation: 1)).description
                return RegistrationInput(input: code, kind: .typed(code))
            }
            let request = RegistrationRequest(customer: bench.customer, inputs: inputs, cameras: cameras)
            var result: RegistrationResult?
            times.append(try await measure { result = try await bench.ledger.register(request, by: bench.acting(on: "2025-03-10")) })
            guard result?.count(.registered) == recorders else { throw ValidationError("not every recorder registered") }
            size = bench.size
        }
        report("register \(recorders) recorders × \(cameras) cameras from typed codes, one transaction each", times, size: size)
        guard !noPhotos else { return }

        // Photos: each decoded and registered on its own, to a database that holds their labels.
        let files = RegistrationPhotos.files([photos])
        guard !files.isEmpty else { throw ValidationError("no photos in \(photos)") }
        guard let photoKey = try LabelKeyFile(path: labelKey).load() else { throw ValidationError("no key in \(labelKey)") }
        let table = try CSVTable(parsing: String(decoding: try Data(contentsOf: URL(fileURLWithPath: units)), as: UTF8.self))
        let labeled = table.records.compactMap { record -> RecorderUnit? in
            guard let unit = try? RecorderUnit(
                model: record["model"] ?? "", serial: record["serial"] ?? "", deviceID: record["device_id"] ?? "",
                produced: record["produced"] ?? ""), unit.hasQRLabel
            else { return nil }
            return unit
        }
        var perPhoto: [Double] = []
        var statuses: [String: Int] = [:]
        for run in 0..<runs {
            let path = folder.appendingPathComponent("photos-\(run).sqlite").path
            let bench = try store.ledger(path)
            try await bench.setUpRegistration(licenses: files.count * 4 * cameras, units: labeled, key: photoKey)
            for file in files {
                var result: RegistrationResult?
                let time = try await measure {
                    let inputs = await RegistrationPhotos().inputs([file])
                    let request = RegistrationRequest(customer: bench.customer, inputs: inputs, cameras: cameras)
                    result = try await bench.ledger.register(request, by: bench.acting(on: "2025-03-10"))
                }
                perPhoto.append(time)
                if run == 0 { for item in result?.items ?? [] { statuses[item.status.code, default: 0] += 1 } }
            }
        }
        let found = statuses.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        report("per photo (\(files.count) photos in \(photos): \(found)), decoding and registering", perPhoto, size: nil)
    }

    private func unit(_ serial: SerialNumber) throws -> RecorderUnit {
        RecorderUnit(
            model: try ModelNumber("WJ-NX400K/G"), serial: serial, deviceID: try DeviceID("0A1B2C3D4E5F6071"),
            produced: try YearMonth(year: 2025, month: 1))
    }
}

extension BenchLedger {
    /// A partner, a customer holding `licenses` edge-storage 1-year licenses
    /// (assigned 2025-03-01), and a manifest of `units` labeled with `key`.
    func setUpRegistration(licenses: Int, units: [RecorderUnit], key: LabelKey) async throws {
        try await setUp(stock: licenses)
        _ = try await ledger.assignLicenses(
            partner: partner, customer: customer, part: "DG-JLE101W", count: licenses, confirmed: true,
            by: acting(on: "2025-03-01"))
        try await ledger.store.write { records in
            let batch = try records.insertLabelBatch(
                madeOn: CalendarDate("2025-03-01")!, at: Date(), source: "bench", layout: "a4", keyID: key.id)
            _ = try records.insertManifestEntries(
                units.enumerated().map { index, unit in
                    NewManifestEntry(
                        unit: unit, generation: 1,
                        claimHash: ClaimCodeHash(claimCode: key.claimCode(serial: unit.serial, generation: 1), serial: unit.serial),
                        line: index + 2)
                }, batch: batch)
        }
    }
}
