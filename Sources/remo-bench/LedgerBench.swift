import ArgumentParser
import Foundation
import RemoCore
import RemoLedger
import RemoPostgres
import RemoSQLite

/// `remo-bench ledger`: the ledger on a database on disk. Prints the median of
/// several runs of adding 10,000 licenses to stock and of assigning them in one go, and of `tick` over
/// 10,000 cameras, each on a fresh database file, or, with `--postgres URL`, a
/// fresh schema of that PostgreSQL database (the same figures side by side).
struct LedgerBench: AsyncParsableCommand, TimedBench {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "The ledger on SQLite on disk or on PostgreSQL: assigning licenses, tick over cameras (medians of several runs)."
    )

    @Option(help: "Runs per figure.")
    var runs = 5

    @Option(help: "Licenses assigned in one go.")
    var licenses = 10_000

    @Option(help: "Cameras tick runs over.")
    var cameras = 10_000

    @OptionGroup var store: BenchStore

    func run() async throws {
        let folder = try store.folder("ledger")
        defer { try? FileManager.default.removeItem(at: folder) }
        print("remo-bench ledger: \(runs) runs each, \(store.describe(folder))")

        var stockTimes: [Double] = []
        var stockSize: Int?
        for run in 0..<runs {
            let path = folder.appendingPathComponent("stock-\(run).sqlite").path
            let bench = try store.ledger(path)
            try await bench.setUp(stock: 1)
            stockTimes.append(
                try await measure {
                    _ = try await bench.ledger.addStock(
                        partner: bench.partner, part: "DG-JLE101W", count: licenses, order: nil, by: bench.acting(on: "2025-01-02"))
                })
            stockSize = bench.size
        }
        report("stock add \(licenses) licenses (one statement)", stockTimes, size: stockSize)

        var assignTimes: [Double] = []
        var assignSize: Int?
        for run in 0..<runs {
            let path = folder.appendingPathComponent("assign-\(run).sqlite").path
            let bench = try store.ledger(path)
            try await bench.setUp(stock: licenses)
            let seconds = try await measure {
                _ = try await bench.ledger.assignLicenses(
                    partner: bench.partner, customer: bench.customer, part: "DG-JLE101W", count: licenses,
                    confirmed: true, by: bench.acting(on: "2025-03-10"))
            }
            assignTimes.append(seconds)
            assignSize = bench.size
        }
        report("assign \(licenses) licenses (one transaction)", assignTimes, size: assignSize)

        var tickTimes: [Double] = []
        var idleTimes: [Double] = []
        var tickSize: Int?
        var bound = 0
        for run in 0..<runs {
            let path = folder.appendingPathComponent("tick-\(run).sqlite").path
            let bench = try store.ledger(path)
            try await bench.setUpExpiredCameras(cameras, accounts: max(1, cameras / 100))
            tickTimes.append(try await measure { bound = try await bench.ledger.tick(by: bench.acting(on: "2025-03-05")).bindings.count })
            idleTimes.append(try await measure { _ = try await bench.ledger.tick(by: bench.acting(on: "2025-03-05")) })
            tickSize = bench.size
        }
        report("tick over \(cameras) cameras in \(max(1, cameras / 100)) accounts (\(bound) automatic bindings)", tickTimes, size: tickSize)
        report("tick again, same day (nothing to do)", idleTimes, size: tickSize)

        for (label, cost) in [("password", SecretHasher.Cost.passwords), ("encryption ID", SecretHasher.Cost.identifiers)] {
            let hasher = SecretHasher(cost: cost)
            var times: [Double] = []
            for _ in 0..<runs { times.append(try await measure { _ = try hasher.hash("correct horse battery") }) }
            report("scrypt of one \(label) (ln=\(cost.log2N), r=\(cost.blockSize), p=\(cost.parallelism))", times, size: nil)
        }
    }
}

/// A ledger on a fresh database file (or PostgreSQL schema) with one partner and one confirmed customer.
struct BenchLedger {
    let ledger: Ledger
    let partner = Partner.Code(rawValue: "BENCH")!
    let customer = try! EmailAddress("bench@example.jp")
    /// The SQLite file, or nil on PostgreSQL.
    let file: String?

    /// A new ledger: the SQLite file `path`, or a fresh schema of `server`.
    init(path: String, server: PostgresLocation? = nil) throws {
        file = server == nil ? path : nil
        let store: any LedgerStore =
            if let server {
                try PostgresLedgerStore(
                    server.inSchema("bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)),
                    opening: .new(.simulation))
            } else {
                try SQLiteLedgerStore(path: path, opening: .new(.simulation))
            }
        let outbox = DirectoryOutbox(directory: URL(fileURLWithPath: path + ".outbox"))
        ledger = Ledger(store: store, outbox: outbox, settings: LedgerSettings(passwordCost: .minimal))
    }

    func acting(on day: String) -> Acting {
        Acting(.localOperator, day: CalendarDate(day)!, now: Date())
    }

    func setUp(stock: Int) async throws {
        _ = try await ledger.addPartner(code: partner, name: "Bench", email: try EmailAddress("ops@bench.example.jp"), by: acting(on: "2025-01-01"))
        _ = try await ledger.addCustomer(
            partner: partner, name: "Bench customer", email: customer, password: .temporary("bench-password"),
            by: acting(on: "2025-01-01"))
        _ = try await ledger.confirmEmail(of: customer, by: acting(on: "2025-01-01"))
        _ = try await ledger.addStock(partner: partner, part: "DG-JLE101W", count: stock, order: nil, by: acting(on: "2025-01-01"))
    }

    /// `count` cameras spread over `accounts` accounts, each bound to a license
    /// assigned 2024-01-10 (expired 2025-02-28), each account holding as many
    /// renewals assigned 2025-01-20: a tick on 2025-03-05 binds every camera.
    func setUpExpiredCameras(_ count: Int, accounts: Int) async throws {
        _ = try await ledger.addPartner(code: partner, name: "Bench", email: try EmailAddress("ops@bench.example.jp"), by: acting(on: "2024-01-01"))
        // In changes within the per-change limit.
        var stocked = 0
        while stocked < count * 2 {
            let lot = min(LedgerSettings.defaultMaximumLicensesPerChange, count * 2 - stocked)
            _ = try await ledger.addStock(partner: partner, part: "DG-JLE101W", count: lot, order: nil, by: acting(on: "2024-01-01"))
            stocked += lot
        }
        let perAccount = count / accounts
        try await ledger.store.write { records in
            let owner = try records.requirePartner(partner)
            let now = Date()
            for account in 0..<accounts {
                let customer = try records.insertCustomer(
                    partner: owner.id, name: "Customer \(account)", email: try EmailAddress("c\(account)@bench.example.jp"),
                    timeZone: "Asia/Tokyo", created: now)
                let site = try records.insertSite(customer: customer.id, name: "site")
                let first = CalendarDate("2024-01-10")!
                let renewal = CalendarDate("2025-01-20")!
                let licenses = try records.stockLicenses(of: owner.id, part: "DG-JLE101W", limit: perAccount * 2)
                try records.assign(Array(licenses.prefix(perAccount)), to: customer.id, on: first, dates: TermDates(assigned: first, years: 1), at: now)
                try records.assign(Array(licenses.suffix(perAccount)), to: customer.id, on: renewal, dates: TermDates(assigned: renewal, years: 1), at: now)
                for license in licenses.prefix(perAccount) {
                    let camera = try records.insertCamera(
                        customer: customer.id, site: site.id, recorder: nil, connection: .edgeStorage, name: "camera", addedOn: first)
                    _ = try records.insertBinding(license: license, camera: camera.id, on: first, method: .registration, at: now)
                }
            }
        }
    }

    /// The database file's size with its WAL, in bytes; nil on PostgreSQL.
    var size: Int? { file.map(BenchLedger.size(of:)) }

    /// The database file's size with its WAL, in bytes.
    static func size(of path: String) -> Int {
        [path, path + "-wal"].reduce(0) { total, file in
            total + ((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }
}
