import ArgumentParser
import Foundation
import RemoCore
import RemoImaging
import RemoLedger
import RemoSQLite

/// `remo-bench report`: the provisioning report of one account of 10,000
/// cameras on a database on disk (or, with `--postgres URL`, in a new schema of
/// that PostgreSQL database). Prints the median of several runs of reading the
/// report, and of reading and writing it in each format.
struct ReportBench: AsyncParsableCommand, TimedBench {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "The provisioning report of 10,000 cameras on SQLite or PostgreSQL, in each format (medians of several runs)."
    )

    @Option(help: "Runs per figure.")
    var runs = 5

    @Option(help: "Cameras in the account.")
    var cameras = 10_000

    @OptionGroup var store: BenchStore

    @Flag(help: "Keep the database and the reports written, to look at them.")
    var keep = false

    func run() async throws {
        let folder = try store.folder("report")
        defer { if !keep { try? FileManager.default.removeItem(at: folder) } }
        let path = folder.appendingPathComponent("report.sqlite").path
        let bench = try store.ledger(path)
        let setUp = try await measure { try await bench.setUpReport(cameras: cameras) }
        print(
            String(
                format: "remo-bench report: %d runs each; an account of %d cameras made in %.1f s, %@",
                runs, cameras, setUp, store.describe(folder)))

        let acting = bench.acting(on: "2026-03-01")
        var report: ProvisioningReport?
        var reads: [Double] = []
        for _ in 0..<runs {
            reads.append(try await measure { report = try await bench.ledger.provisioningReport(.customer(bench.customer), by: acting) })
        }
        let counts = Dictionary(grouping: report?.cameras ?? [], by: \.status).mapValues(\.count)
        let statuses = LicenseStatus.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        self.report("read the report (\(statuses))", reads, size: bench.size)
        var partnerReads: [Double] = []
        for _ in 0..<runs {
            partnerReads.append(try await measure { _ = try await bench.ledger.provisioningReport(.partner(bench.partner), by: acting) })
        }
        self.report("read the partner's report (its one account)", partnerReads, size: nil)

        for format in ReportFormat.allCases {
            let file = folder.appendingPathComponent("report.\(format.rawValue == "text" ? "txt" : format.rawValue)")
                .path
            var bytes = 0
            var times: [Double] = []
            for _ in 0..<runs {
                times.append(try await measure {
                    let report = try await bench.ledger.provisioningReport(.customer(bench.customer), by: acting)
                    let output = try report.rendered(as: format, options: ReportOptions(language: .japanese))
                    try OutputFile.write(output, to: file)
                    bytes = output.count
                })
            }
            self.report(
                String(format: "read and write %@ (%.1f MB)", format.rawValue, Double(bytes) / 1e6), times, size: nil)
        }
    }
}

extension BenchLedger {
    /// One account with `count` cameras on 25 sites: 2 camera-direct cameras a
    /// site, the rest 8 to a recorder; licenses chosen so that on 2026-03-01
    /// every status appears (of ten cameras: four active 1-year, one active
    /// 5-year, one expiring, one free, one expired, one perpetual from a card,
    /// one unlicensed).
    func setUpReport(cameras count: Int) async throws {
        let day = { @Sendable (text: String) in CalendarDate(text)! }
        _ = try await ledger.addPartner(
            code: partner, name: "ベンチ販売", email: try EmailAddress("ops@bench.example.jp"), by: acting(on: "2023-01-01"))
        _ = try await ledger.addCustomer(
            partner: partner, name: "ベンチ商事", email: customer, password: .temporary("bench-password"),
            by: acting(on: "2023-01-01"))
        for part in ["DG-JLE101W", "DG-JLE105W", "DG-JLE201W"] {
            _ = try await ledger.addStock(
                partner: partner, part: part, count: count, order: nil, by: acting(on: "2023-01-01"))
        }
        let cardHash = try SecretHasher(cost: .minimal).hash("BENCH")
        try await ledger.store.write { records in
            let owner = try records.requirePartner(partner)
            guard let account = try records.customer(email: customer) else { return }
            let now = Date()
            var stock: [String: [License.ID]] = [:]
            for part in ["DG-JLE101W", "DG-JLE105W", "DG-JLE201W"] {
                stock[part] = try records.stockLicenses(of: owner.id, part: part, limit: count)
            }
            var cards: [License.ID] = []
            func take(_ part: String, assigned: String) throws -> License.ID {
                let license = stock[part]!.removeLast()
                let product = try Product.named(part)
                let on = day(assigned)
                let years = if case .years(let years) = product.term { years } else { 1 }
                try records.assign(
                    [license], to: account.id, on: on, dates: TermDates(assigned: on, years: years), at: now)
                return license
            }
            func perpetual() throws -> License.ID {
                if cards.isEmpty {
                    let serial = try records.cards(registeredTo: account.id).count
                    let card = try records.insertCard(
                        activationID: try ActivationID(String(format: "BNCH%012d", serial)), encryptionHash: cardHash,
                        product: try Product.named("DG-JLE100W-64A"), imported: now)
                    cards = try records.registerCard(card, to: account.id, on: day("2025-01-15"), at: now)
                }
                return cards.removeLast()
            }
            let sites = try (1...25).map {
                try records.insertSite(customer: account.id, name: String(format: "関東%02d", $0))
            }
            var index = 0
            var recorders = 0
            while index < count {
                let site = sites[(index / 8) % sites.count]
                var recorder: Recorder?
                var connection = Connection.cameraDirect
                if index >= 2 * sites.count {
                    recorders += 1
                    recorder = try records.insertRecorder(
                        customer: account.id, site: site.id, serial: String(format: "BR%08d", recorders),
                        model: "WJ-NXE20",
                        deviceID: nil, addedOn: day("2024-01-10"))
                    connection = .edgeStorage
                }
                for _ in 0..<(recorder == nil ? 1 : 8) where index < count {
                    let name =
                        index % 50 == 0 ? "正面玄関ロビー北側エレベーターホール前 camera \(index)" : String(format: "カメラ%05d", index)
                    let camera = try records.insertCamera(
                        customer: account.id, site: recorder?.siteID ?? sites[index % sites.count].id,
                        recorder: recorder?.id,
                        connection: connection, name: name, addedOn: day("2024-01-10"))
                    let term = connection == .edgeStorage ? "DG-JLE101W" : "DG-JLE201W"
                    let license: (License.ID, String)? =
                        switch index % 10 {
                        case 0, 1, 2, 3: (try take(term, assigned: "2025-06-10"), "2025-06-10")
                        case 4: (try take(term, assigned: "2025-02-10"), "2025-02-10")
                        case 5: (try take(term, assigned: "2026-02-05"), "2026-02-05")
                        case 6: (try take(term, assigned: "2024-01-10"), "2024-01-10")
                        case 7:
                            connection == .edgeStorage
                                ? (try take("DG-JLE105W", assigned: "2023-05-01"), "2023-05-01") : nil
                        case 8: connection == .edgeStorage ? (try perpetual(), "2025-01-15") : nil
                        default: nil
                        }
                    if let (id, bound) = license {
                        _ = try records.insertBinding(
                            license: id, camera: camera.id, on: day(bound), method: .registration, at: now)
                    }
                    index += 1
                }
            }
        }
    }
}
