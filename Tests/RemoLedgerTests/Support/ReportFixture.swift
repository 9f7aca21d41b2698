import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// A ledger with one account (山田商事株式会社, taro@example.jp, partner P001) where, on 2026-03-20, every status appears:
///
/// | camera | site | on | license | on 2026-03-20 |
/// | --- | --- | --- | --- | --- |
/// | 入口 | 関東 | recorder ABC1234567 | 1-year, assigned 2024-01-10 | expired |
/// | =SUM(A1:A9) | 関東 | recorder | 1-year, assigned 2025-02-10 | expiring, 11 days |
/// | 倉庫, "北" | 関東 | recorder | perpetual, card AAAA-BBBB-CCCC-DDDD | perpetual |
/// | ロビー | 関東 | recorder | none | unlicensed |
/// | 駐車場 | 九州 | camera direct | DG-JLE201W, assigned 2025-06-10 | active, 133 days |
/// | 裏口 | 九州 | camera direct | none | unlicensed |
/// | 事務所 | 九州 | edge storage, no recorder | 1-year, assigned 2025-06-10 | active, 133 days |
/// | 故障 | 九州 | edge storage, no recorder | 1-year, assigned 2025-06-10 | active, failed 2026-01-15 |
/// | 受付 | 本社 | edge storage, no recorder, added 2026-03-05 | 1-year, assigned 2026-03-05 | free, 406 days |
///
/// The account also holds an unbound 5-year license (assigned 2025-06-10).
struct ReportFixture {
    let harness: Harness
    let taro = Harness.email("taro@example.jp")
    let recorder: Recorder
    /// The cameras by name.
    let cameras: [String: Camera]

    static let names = ["入口", "=SUM(A1:A9)", "倉庫, \"北\"", "ロビー", "駐車場", "裏口", "事務所", "故障", "受付"]

    init(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        self.harness = harness
        try await harness.partner()
        try await harness.partner("P002")
        _ = try await harness.ledger.addCustomer(
            partner: Harness.code("P001"), name: "山田商事株式会社", email: taro, password: .temporary("temporary-1"),
            by: Harness.acting(on: Harness.setUpDay))
        _ = try await harness.ledger.confirmEmail(of: taro, by: Harness.acting(on: Harness.setUpDay))
        try await harness.stock("DG-JLE101W", 5)
        try await harness.stock("DG-JLE105W", 1)
        try await harness.stock("DG-JLE201W", 1)
        let account = try await harness.ledger.customer(taro, by: Harness.acting())
        recorder = try await harness.store.write { records in
            let site = try records.insertSite(customer: account.id, name: "関東")
            return try records.insertRecorder(
                customer: account.id, site: site.id, serial: "ABC1234567", model: "WJ-NXE20",
                deviceID: "0123456789ABCDEF",
                addedOn: CalendarDate("2024-01-10")!)
        }
        // The ledger is a simulation: its changes come in the order of their days.
        var made: [String: Camera] = [:]
        let (owner, recorderID) = (taro, recorder.id)
        func add(_ name: String, site: String, _ connection: Connection, onRecorder: Bool, on day: String) async throws {
            // Unlicensed at first (as cameras added before licenses were required): bound below, on their days.
            made[name] = try await harness.unlicensedCamera(
                name, site: site, connection: connection, recorder: onRecorder ? recorderID : nil, on: day)
        }
        func bind(_ name: String, to license: License.ID, on day: String) async throws {
            _ = try await harness.ledger.bindLicense(
                to: try #require(made[name]).id, of: owner, choosing: .named(license), by: Harness.acting(on: day))
        }
        // 2024-01-10
        let expired = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2024-01-10").licenses[0]
        for (name, site, connection, onRecorder) in [
            ("入口", "関東", Connection.edgeStorage, true), ("=SUM(A1:A9)", "関東", .edgeStorage, true),
            ("倉庫, \"北\"", "関東", .edgeStorage, true), ("ロビー", "関東", .edgeStorage, true),
            ("駐車場", "九州", .cameraDirect, false), ("裏口", "九州", .cameraDirect, false),
            ("事務所", "九州", .edgeStorage, false), ("故障", "九州", .edgeStorage, false),
        ] {
            try await add(name, site: site, connection, onRecorder: onRecorder, on: "2024-01-10")
        }
        try await bind("入口", to: expired, on: "2024-01-10")
        // 2025-02-10
        let expiring = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-02-10").licenses[0]
        try await bind("=SUM(A1:A9)", to: expiring, on: "2025-02-10")
        // 2025-03-01
        let card = try await harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")], on: "2025-03-01")
        try await bind("倉庫, \"北\"", to: card.items[0].licenses[0], on: "2025-03-01")
        // 2025-06-10
        let active = try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp", on: "2025-06-10").licenses
        try await harness.assign("DG-JLE105W", 1, to: "taro@example.jp", on: "2025-06-10")
        let direct = try await harness.assign("DG-JLE201W", 1, to: "taro@example.jp", on: "2025-06-10").licenses[0]
        try await bind("駐車場", to: direct, on: "2025-06-10")
        try await bind("事務所", to: active[0], on: "2025-06-10")
        try await bind("故障", to: active[1], on: "2025-06-10")
        // 2026-01-15
        made["故障"] = try await harness.ledger.markCameraFailed(
            try #require(made["故障"]).id, of: taro, by: Harness.acting(on: "2026-01-15"))
        // 2026-03-05
        let free = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2026-03-05").licenses[0]
        try await add("受付", site: "本社", .edgeStorage, onRecorder: false, on: "2026-03-05")
        try await bind("受付", to: free, on: "2026-03-05")
        self.cameras = made
    }

    /// The report of taro's account on `day`.
    func report(
        on day: String = "2026-03-20", filter: ReportFilter = ReportFilter(), as principal: Principal = .localOperator
    )
        async throws -> ProvisioningReport
    {
        try await harness.ledger.provisioningReport(.customer(taro), filter: filter, by: Harness.acting(principal, on: day))
    }

    /// Adds `count` unlicensed edge-storage cameras to a site of taro's account, in one transaction.
    func addCameras(_ count: Int, site name: String, prefix: String) async throws {
        let account = try await harness.ledger.customer(taro, by: Harness.acting())
        try await harness.store.write { records in
            let site =
                try records.site(of: account.id, named: name) ?? records.insertSite(customer: account.id, name: name)
            for index in 0..<count {
                _ = try records.insertCamera(
                    customer: account.id, site: site.id, recorder: nil, connection: .edgeStorage,
                    name: "\(prefix)\(index)",
                    addedOn: CalendarDate("2024-01-10")!)
            }
        }
    }
}
