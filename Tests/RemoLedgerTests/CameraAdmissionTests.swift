import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// Issue 21 item 1: `camera add` passes the checks registration passes, from one place.
struct CameraAdmissionTests {
    let taro = Harness.email("taro@example.jp")

    func harness(_ store: StoreKind) async throws -> Harness {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        try await harness.stock("DG-JLE101W", 5)
        try await harness.stock("DG-JLE201W", 5)
        return harness
    }

    func add(
        _ harness: Harness, _ name: String, site: String = "本社", connection: Connection = .edgeStorage,
        license: LicenseChoice = .automatic, on day: String = "2025-03-10"
    ) async throws -> (camera: Camera, license: License) {
        try await harness.ledger.addCamera(
            to: taro, site: site, connection: connection, name: name, license: license, by: Harness.acting(on: day))
    }

    /// What a refused addition must leave as it was.
    func snapshot(_ harness: Harness) async throws -> (cameras: Int, sites: Int, audit: Int) {
        let acting = Harness.acting()
        return (
            try await harness.ledger.cameras(of: taro, by: acting).count,
            try await harness.ledger.sites(of: taro, by: acting).count, try await harness.audit().count
        )
    }

    @Test(arguments: StoreKind.cases) func anAddedCameraIsBoundPerpetualFirstThenTermOldestFirst(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let old = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-01-10").licenses[0]
        let newer = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2025-02-10").licenses[0]
        let cards = try await harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")], on: "2025-03-01")
        let perpetual = try #require(cards.items.first?.licenses.first)
        var bound: [License.ID] = []
        for name in ["c1", "c2", "c3"] { bound.append(try await add(harness, name).license.id) }
        #expect(bound == [perpetual, old, newer])
        let cameras = try await harness.ledger.cameras(of: taro, by: Harness.acting())
        #expect(try await harness.bound(to: cameras) == [[perpetual], [old], [newer]])
        #expect(try await harness.audit().last?.after?["license"] == newer.description)
    }

    @Test(arguments: StoreKind.cases) func aNamedLicenseIsTheOneBound(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let licenses = try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp").licenses
        let added = try await add(harness, "入口", license: .named(licenses[1]))
        #expect(added.license.id == licenses[1])
        #expect(try await harness.bound(to: added.camera) == [licenses[1]])
    }

    @Test(arguments: StoreKind.cases) func withNoLicenseTheCameraIsRefusedAndNothingChanges(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let before = try await snapshot(harness)
        await #expect(throws: BindingRefusal.self) { try await add(harness, "入口", site: "新しい拠点") }
        let after = try await snapshot(harness)
        #expect(after == before)
    }

    @Test(arguments: StoreKind.cases) func aLicenseOfTheOtherConnectionTypeOrAnExpiredOneIsRefused(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        let direct = try await harness.assign("DG-JLE201W", 1, to: "taro@example.jp", on: "2024-01-10").licenses[0]
        let edge = try await harness.assign("DG-JLE101W", 1, to: "taro@example.jp", on: "2024-01-10").licenses[0]
        await #expect(throws: BindingRefusal.self) { try await add(harness, "入口").license }
        await #expect(throws: BindingRefusal.self) { try await add(harness, "入口", license: .named(direct)) }
        // Assigned 2024-01-10 for a year: the last day it can be bound is 2025-02-28.
        await #expect(
            throws: LicenseBinding.BindingError.licenseExpired(
                expires: CalendarDate("2025-02-28")!, boundOn: CalendarDate("2025-03-01")!)
        ) { try await add(harness, "入口", license: .named(edge), on: "2025-03-01") }
        #expect(try await add(harness, "入口", license: .named(edge), on: "2025-02-28").license.id == edge)
        #expect(try await snapshot(harness).cameras == 1)
    }

    @Test(arguments: StoreKind.cases) func aThirdCameraDirectCameraAtASiteIsRefusedAsRegistrationRefusesIt(_ store: StoreKind) async throws {
        let harness = try await harness(store)
        try await harness.assign("DG-JLE201W", 4, to: "taro@example.jp")
        _ = try await add(harness, "d1", site: "九州", connection: .cameraDirect)
        _ = try await add(harness, "d2", site: "九州", connection: .cameraDirect)
        let before = try await snapshot(harness)
        await #expect(throws: DeviceError.siteLimit(site: "九州", present: 2, cameras: 1, limit: 2)) {
            try await add(harness, "d3", site: "九州", connection: .cameraDirect)
        }
        #expect(try await snapshot(harness) == before)
        // Another site has room; so does this one once a camera failed.
        _ = try await add(harness, "d3", site: "関東", connection: .cameraDirect)
        let first = try #require(try await harness.ledger.cameras(of: taro, by: Harness.acting()).first)
        _ = try await harness.ledger.markCameraFailed(first.id, of: taro, by: Harness.acting(on: "2025-03-11"))
        _ = try await add(harness, "d4", site: "九州", connection: .cameraDirect, on: "2025-03-11")
        let registration = try await harness.ledger.register(
            RegistrationRequest(
                customer: taro, inputs: [RegistrationInput(input: "direct", kind: .direct)], cameras: 1, site: "九州"),
            by: Harness.acting(on: "2025-03-11"))
        #expect(registration.items.first?.status == .siteLimit)
    }
}
