import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// Registration over an in-memory store whose manifest is written directly
/// (no label sheets): units `RG0001`… with known claim codes.
struct RegistrationTests {
    let harness: Harness
    static let customer = "taro@example.jp"

    /// The same accounts over `harness`'s store (a file, for the store's own failures).
    init(harness: Harness, accounts: Bool = true) async throws {
        self.harness = harness
        guard accounts else { return }
        try await harness.partner()
        try await harness.customer(Self.customer)
        try await harness.customer("hanako@example.jp")
    }

    /// A claim code derived from the serial (any valid code will do).
    static func claim(_ serial: String) -> ClaimCode {
        ClaimCode(randomBytes: Array(serial.utf8) + [UInt8](repeating: 7, count: 8))
    }

    static func unit(_ serial: String, produced: String = "2025-01") throws -> RecorderUnit {
        try RecorderUnit(model: "WJ-NX400K/G", serial: serial, deviceID: "0A1B2C3D4E5F6071", produced: produced)
    }

    /// Labels the units (one batch) and returns each one's payload text.
    @discardableResult
    func label(_ serials: [String]) async throws -> [String] {
        let units = try serials.map { try Self.unit($0) }
        try await harness.store.write { records in
            let batch = try records.insertLabelBatch(
                madeOn: CalendarDate("2025-03-01")!, at: Harness.epoch, source: "units.csv", layout: "a4",
                keyID: "0123456789ABCDEF")
            _ = try records.insertManifestEntries(
                units.enumerated().map { index, unit in
                    NewManifestEntry(
                        unit: unit, generation: 1, claimHash: ClaimCodeHash(claimCode: Self.claim(unit.serial.rawValue), serial: unit.serial),
                        line: index + 2)
                }, batch: batch)
        }
        return try units.map { try RecorderPayload(unit: $0, claimCode: Self.claim($0.serial.rawValue)).text }
    }

    static func code(_ serial: String) throws -> String {
        RegistrationCode(serial: try SerialNumber(serial), claimCode: claim(serial)).description
    }

    func register(
        _ inputs: [RegistrationInput], cameras: Int = 1, to email: String = customer, licenses: [License.ID] = [],
        on day: String = "2025-03-10", site: String = "本社"
    ) async throws -> RegistrationResult {
        try await harness.ledger.register(
            RegistrationRequest(customer: Harness.email(email), inputs: inputs, cameras: cameras, site: site, licenses: licenses),
            by: Harness.acting(on: day))
    }

    static func photo(_ text: String, file: String = "label.jpg") -> RegistrationInput {
        RegistrationInput(input: file, kind: .scanned(text))
    }

    static func typed(_ text: String) -> RegistrationInput { RegistrationInput(input: text, kind: .typed(text)) }

    @Test(arguments: StoreKind.cases) static func aRecorderIsRegisteredWithItsCamerasEachBoundPerpetualBeforeTermOldestFirst(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        let payloads = try await tests.label(["RG0001"])
        try await harness.stock("DG-JLE101W", 2)
        // A simulation ledger's changes come in day order: the older term license is assigned first.
        try await harness.assign("DG-JLE101W", 1, to: Self.customer, on: "2025-03-01")
        try await harness.assign("DG-JLE101W", 1, to: Self.customer, on: "2025-03-05")
        _ = try await harness.cards([("CARD-0000-0000-0001", "1234-5678", "DG-JLE100W-A")])
        let result = try await tests.register([Self.photo(payloads[0])], cameras: 3)
        let item = try #require(result.items.first)
        #expect(result.succeeded && item.status == .registered && item.method == .photo)
        #expect(item.serial?.rawValue == "RG0001")
        let licenses = try await harness.store.read { records in
            try item.cameras.map { try records.license(id: #require($0.license))! }
        }
        #expect(licenses.map(\.isPerpetual) == [true, false, false])
        #expect(licenses[1].assignment!.assignedOn == CalendarDate("2025-03-01")!)
        #expect(licenses[2].assignment!.assignedOn == CalendarDate("2025-03-05")!)
        // Method, actor and day reach the report; the audit log has the registration.
        let customer = try await harness.store.read { try $0.customer(email: Harness.email(Self.customer))! }
        let registrations = try await harness.store.read { try $0.recorderRegistrations(of: customer.id) }
        #expect(registrations.values.map(\.method) == [.photo])
        #expect(registrations.values.map(\.registeredBy) == ["operator"])
        #expect(try await harness.audit().contains { $0.action == .recorderRegistered && $0.subject == "RG0001" })
    }

    @Test(arguments: StoreKind.cases) static func withoutEnoughLicensesNothingIsRegisteredAndTheRefusalSaysWhatIsMissing(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        let payloads = try await tests.label(["RG0001"])
        try await harness.stock("DG-JLE101W", 2)
        try await harness.assign("DG-JLE101W", 2, to: Self.customer)
        let result = try await tests.register([Self.photo(payloads[0])], cameras: 15)
        let item = try #require(result.items.first)
        #expect(!result.succeeded && item.status == .noLicense)
        #expect(item.missing == 13)
        #expect(item.plan?.lines.map(\.product.part) == ["DG-JLE100W-8A", "DG-JLE100W-4A", "DG-JLE100W-A"])
        #expect(item.message.rendered(in: .english).contains("13 missing"))
        let customer = try await harness.store.read { try $0.customer(email: Harness.email(Self.customer))! }
        #expect(try await harness.store.read { try $0.recorders(of: customer.id) }.isEmpty)
        #expect(try await harness.store.read { try $0.cameras(of: customer.id) }.isEmpty)
    }

    @Test(arguments: StoreKind.cases) static func theSameLabelInTwoPhotosCountsOnceAndARunAgainChangesNothing(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        let payloads = try await tests.label(["RG0001", "RG0002"])
        try await harness.stock("DG-JLE101W", 4)
        try await harness.assign("DG-JLE101W", 4, to: Self.customer)
        let inputs = [
            Self.photo(payloads[0], file: "a.jpg"), Self.photo(payloads[0], file: "b.jpg"),
            Self.typed(try Self.code("RG0001")), Self.typed(try Self.code("RG0002")),
        ]
        let first = try await tests.register(inputs, cameras: 2)
        #expect(first.items.map(\.status) == [.registered, .registered])
        #expect(first.items[0].alsoIn == ["b.jpg", try Self.code("RG0001")])
        #expect(first.items[1].method == .code)
        let again = try await tests.register(inputs, cameras: 2)
        #expect(again.succeeded && again.items.map(\.status) == [.alreadyRegistered, .alreadyRegistered])
        #expect(again.items.flatMap(\.cameras) == first.items.flatMap(\.cameras))
        let bindings = try await harness.store.read { records in
            try records.customer(email: Harness.email(Self.customer)).map { try records.bindings(of: $0.id) } ?? []
        }
        #expect(bindings.count == 4 && Set(bindings.map(\.licenseID)).count == 4)
    }

    @Test(arguments: StoreKind.cases) static func eachRefusalHasItsOwnStatus(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        let payloads = try await tests.label(["RG0001", "RG0002"])
        try await harness.stock("DG-JLE101W", 2)
        try await harness.assign("DG-JLE101W", 1, to: Self.customer)
        try await harness.assign("DG-JLE101W", 1, to: "hanako@example.jp")
        #expect(try await tests.register([Self.photo(payloads[1])], to: "hanako@example.jp").items[0].status == .registered)
        let preQR = "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-06:7K3QX9M2HT4D:A3FE2CE7"
        let wrongClaim = RegistrationCode(serial: try SerialNumber("RG0001"), claimCode: Self.claim("OTHER")).description
        let unlabeled = RegistrationCode(serial: try SerialNumber("ZZ9999"), claimCode: Self.claim("ZZ9999")).description
        let typo = String(try Self.code("RG0001").dropLast()) + "Z"
        let result = try await tests.register([
            Self.photo(payloads[1]),  // hanako's unit
            Self.photo(preQR), Self.photo("https://example.com"), Self.typed(wrongClaim), Self.typed(unlabeled),
            Self.typed(typo), RegistrationInput(input: "x.jpg", kind: .unreadablePhoto(RegistrationText.noCodeInPhoto())),
            RegistrationInput(input: "RG0001", kind: .serial(serial: "RG0001", model: "WJ-NX400K/G", deviceID: nil, produced: "2023-01")),
            RegistrationInput(input: "RG0001", kind: .addCameras(serial: "RG0001")),
        ])
        #expect(
            result.items.map(\.status) == [
                .ownedElsewhere, .preQRUnit, .invalidPayload, .wrongClaimCode, .notInManifest, .invalidPayload,
                .unreadable, .wrongClaimCode, .unknownRecorder,
            ])
        #expect(!result.succeeded)
        #expect(result.items[1].message.rendered(in: .english).contains("register it by its serial number"))
        // Nothing of it was registered to taro, and hanako's unit stays hers.
        let taro = try await harness.store.read { try $0.customer(email: Harness.email(Self.customer))! }
        #expect(try await harness.store.read { try $0.recorders(of: taro.id) }.isEmpty)
    }

    @Test(arguments: StoreKind.cases) static func aPreQRUnitRegistersByItsSerialAndTakesCamerasLater(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        try await harness.stock("DG-JLE101W", 3)
        try await harness.assign("DG-JLE101W", 3, to: Self.customer)
        let serial = RegistrationInput(input: "OLD001", kind: .serial(serial: "old001", model: "WJ-NX200K", deviceID: "1F2E3D4C", produced: "2023-05"))
        let first = try await tests.register([serial])
        #expect(first.items[0].status == .registered && first.items[0].method == .serial)
        let recorder = try await harness.store.read { try $0.recorder(serial: try SerialNumber("OLD001")) }
        let month = try YearMonth(parsing: "2023-05")
        #expect(recorder?.produced == month)
        let more = try await tests.register([RegistrationInput(input: "OLD001", kind: .addCameras(serial: "OLD001"))], cameras: 2)
        #expect(more.items[0].status == .registered && more.items[0].cameras.count == 2)
        let refused = try await tests.register([RegistrationInput(input: "OLD001", kind: .addCameras(serial: "OLD001"))], cameras: 1)
        #expect(refused.items[0].status == .noLicense && refused.items[0].missing == 1)
        let cameras = try await harness.ledger.cameras(of: Harness.email(Self.customer), by: Harness.acting())
        #expect(cameras.count == 3 && Set(cameras.compactMap(\.recorderID)).count == 1)
    }

    @Test(arguments: StoreKind.cases, ["2024-07", "2026-01"])
    static func aSerialTypedWithAMonthFromJuly2024IsRefusedAsAUnitWithAQRLabel(_ store: StoreKind, _ produced: String) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        try await harness.stock("DG-JLE101W", 1)
        try await harness.assign("DG-JLE101W", 1, to: Self.customer)
        let result = try await tests.register([
            RegistrationInput(input: "NEW001", kind: .serial(serial: "NEW001", model: "WJ-NX200K", deviceID: nil, produced: produced))
        ])
        #expect(result.items[0].status == .qrUnit && result.items[0].serial?.rawValue == "NEW001")
        let message = result.items[0].message.rendered(in: .english)
        #expect(message.contains("NEW001") && message.contains(produced) && message.contains("QR label"))
        #expect(try await harness.store.read { try $0.recorder(serial: try SerialNumber("NEW001")) } == nil)
    }

    @Test(arguments: StoreKind.cases, ["", "2023-13", "2023/05", "May 2023"])
    static func aSerialTypedWithoutAValidMonthIsRefusedNamingIt(_ store: StoreKind, _ produced: String) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        let result = try await tests.register([
            RegistrationInput(input: "OLD002", kind: .serial(serial: "OLD002", model: "WJ-NX200K", deviceID: nil, produced: produced))
        ])
        #expect(result.items[0].status == .invalidPayload)
        #expect(result.items[0].message.rendered(in: .english).contains("\"\(produced)\""))
        #expect(try await harness.store.read { try $0.recorder(serial: try SerialNumber("OLD002")) } == nil)
    }

    @Test(arguments: StoreKind.cases) static func theStoreRefusesARecorderTypedWithAMonthFromJuly2024(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        let customer = try await harness.store.read { try $0.customer(email: Harness.email(Self.customer))! }
        await #expect(throws: (any Error).self) {
            try await harness.store.write { records in
                let site = try records.insertSite(customer: customer.id, name: "x")
                _ = try records.insertRecorder(
                    customer: customer.id, site: site.id, serial: "NEW002", model: "WJ-NX200K", deviceID: nil,
                    addedOn: try CalendarDate(parsing: "2026-01-05"), produced: try YearMonth(parsing: "2024-07"))
            }
        }
    }

    @Test(arguments: StoreKind.cases) static func cameraDirectCamerasStopAtTheSiteLimit(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        try await harness.stock("DG-JLE201W", 4)
        try await harness.assign("DG-JLE201W", 4, to: Self.customer)
        let direct = RegistrationInput(input: "九州", kind: .direct)
        #expect(try await tests.register([direct], site: "九州").items[0].status == .registered)
        let over = try await tests.register([direct], cameras: 2, site: "九州")
        #expect(over.items[0].status == .siteLimit)
        #expect(over.items[0].message.rendered(in: .english).contains("limit of 2"))
        #expect(try await tests.register([direct], site: "九州").items[0].status == .registered)
        #expect(try await tests.register([direct], cameras: 2, site: "関東").items[0].status == .registered)
        // Refusals make no site: over the limit in a new one, and without a license.
        #expect(try await tests.register([direct], cameras: 3, site: "沖縄").items[0].status == .siteLimit)
        #expect(try await tests.register([direct], cameras: 1, site: "北海道").items[0].status == .noLicense)
        let sites = try await harness.ledger.sites(of: Harness.email(Self.customer), by: Harness.acting()).map(\.name)
        #expect(Set(sites) == ["九州", "関東"])
        let names = try await harness.ledger.cameras(of: Harness.email(Self.customer), by: Harness.acting()).map(\.name)
        #expect(names == ["camera-direct-1", "camera-direct-2", "camera-direct-1", "camera-direct-2"])
    }

    @Test(arguments: StoreKind.cases) static func aNamedLicenseIsBoundFirstAndAnUnusableOneIsRefused(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        let payloads = try await tests.label(["RG0001", "RG0002"])
        try await harness.stock("DG-JLE101W", 2)
        let first = try await harness.assign("DG-JLE101W", 1, to: Self.customer, on: "2025-03-01").licenses[0]
        let second = try await harness.assign("DG-JLE101W", 1, to: Self.customer, on: "2025-03-05").licenses[0]
        let result = try await tests.register([Self.photo(payloads[0])], licenses: [second])
        #expect(result.items[0].cameras.map(\.license) == [second])
        let bound = try await tests.register([Self.photo(payloads[1])], licenses: [second])
        #expect(bound.items[0].status == .noLicense)
        _ = first
    }

    @Test(arguments: StoreKind.cases) static func bindableLicensesAreTheStartOfTheAvailableOnes(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        try await harness.stock("DG-JLE101W", 6)
        try await harness.stock("DG-JLE201W", 2)
        // In day order (a simulation ledger's changes only move forward), the counts out of order.
        for (day, count) in [("2025-03-01", 2), ("2025-03-05", 3), ("2025-03-09", 1)] {
            try await harness.assign("DG-JLE101W", count, to: Self.customer, on: day)
        }
        try await harness.assign("DG-JLE201W", 2, to: Self.customer)
        _ = try await harness.cards([("CARD-0000-0000-0002", "1234-5678", "DG-JLE100W-4A")])
        let camera = try await harness.camera("c1")
        _ = try await harness.ledger.bindLicense(to: camera.id, of: Harness.email(Self.customer), by: Harness.acting())
        let customer = try await harness.store.read { try $0.customer(email: Harness.email(Self.customer))! }
        for day in ["2025-03-10", "2026-05-01", "2031-01-01"] {
            let date = CalendarDate(day)!
            try await harness.store.read { records in
                for connection in Connection.allCases {
                    let all = try records.availableLicenses(of: customer.id, for: connection, on: date)
                    for limit in [1, 3, 20] {
                        #expect(try records.bindableLicenses(of: customer.id, for: connection, on: date, limit: limit) == Array(all.prefix(limit)))
                    }
                }
            }
        }
    }

    @Test(arguments: StoreKind.cases) static func eachInputMayGiveItsOwnCameraCountInOneRequest(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let harness = tests.harness
        let payloads = try await tests.label(["RG0101", "RG0102", "RG0103"])
        // 3 + 1 cameras, and one more license available for the recorder registered with none.
        try await harness.stock("DG-JLE101W", 5)
        try await harness.assign("DG-JLE101W", 5, to: Self.customer, on: "2025-03-05")
        let result = try await tests.register([
            RegistrationInput(input: "three.jpg", kind: .scanned(payloads[0]), cameras: 3),
            Self.photo(payloads[1], file: "default.jpg"),
            RegistrationInput(input: "none.jpg", kind: .scanned(payloads[2]), cameras: 0),
        ])
        #expect(result.items.map(\.input) == ["three.jpg", "default.jpg", "none.jpg"])
        #expect(result.items.map(\.status) == [.registered, .registered, .registered])
        #expect(result.items.map(\.cameras.count) == [3, 1, 0])
        // A count out of range refuses the request before anything is registered.
        let before = try await harness.audit().count
        await #expect(throws: RegistrationError.cameraCount(65)) {
            try await tests.register([RegistrationInput(input: "x.jpg", kind: .scanned(payloads[0]), cameras: 65)])
        }
        #expect(try await harness.audit().count == before)
    }

    @Test static func registrationTextReadsInBothLanguages() {
        #expect(RegistrationText.problems().isEmpty)
        #expect(RegistrationItem.Status.allCases.map(\.code).contains("site-limit"))
    }
}
