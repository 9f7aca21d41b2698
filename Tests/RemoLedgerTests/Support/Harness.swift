import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Synchronization
import Testing

/// A ledger over a fresh store of a kind (an in-memory SQLite database, or a
/// new PostgreSQL schema), with cheap hashing and an outbox that keeps
/// messages in memory.
struct Harness {
    let store: any LedgerStore
    let outbox = MemoryOutbox()
    let ledger: Ledger

    /// 2025-03-10T00:00:00Z, the tests' "now" unless they say otherwise.
    static let epoch = Date(timeIntervalSince1970: 1_741_564_800)

    init(_ kind: StoreKind) throws {
        store = try kind.makeStore()
        ledger = Ledger(store: store, outbox: outbox, settings: Harness.settings)
    }

    init(store: any LedgerStore, settings: LedgerSettings = Harness.settings) {
        self.store = store
        ledger = Ledger(store: store, outbox: outbox, settings: settings)
    }

    static var settings: LedgerSettings {
        LedgerSettings(passwordCost: .minimal, identifierCost: .minimal)
    }

    /// Who acts on a day, `hours` after midnight UTC.
    static func acting(_ principal: Principal = .localOperator, on day: String = "2025-03-10", hours: Double = 0) -> Acting {
        let date = CalendarDate(day)!
        let now = Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400 + hours * 3_600)
        return Acting(principal, day: date, now: now)
    }

    static func email(_ text: String) -> EmailAddress { try! EmailAddress(text) }
    static func code(_ text: String) -> Partner.Code { Partner.Code(rawValue: text)! }

    /// The day the harness's partners, customers and stock are added on unless
    /// a test says otherwise: early, since the store is a simulation ledger
    /// whose changes only move forward and tests date their changes from 2024.
    static let setUpDay = "2024-01-01"

    /// The day a set-up step is dated: `day` when the test gives one, else
    /// ``setUpDay`` or, once the ledger has later changes, its latest change's
    /// day (a simulation's days only move forward; the rule is not relaxed).
    func setUpDay(_ day: String?) async throws -> String {
        if let day { return day }
        let latest = try await store.read { try $0.clockState().latestChange }
        guard let latest, latest > CalendarDate(Harness.setUpDay)! else { return Harness.setUpDay }
        return latest.description
    }

    @discardableResult
    func partner(_ code: String = "P001", email: String? = nil) async throws -> Partner {
        try await ledger.addPartner(
            code: Harness.code(code), name: "Partner \(code)", email: Harness.email(email ?? "\(code.lowercased())@partner.example.jp"),
            by: Harness.acting(on: try await setUpDay(nil)))
    }

    /// A customer of a partner with a temporary password, its address confirmed by the partner unless told not to.
    @discardableResult
    func customer(_ email: String, of partner: String = "P001", confirmed: Bool = true, on day: String? = nil)
        async throws -> Customer
    {
        let day = try await setUpDay(day)
        let added = try await ledger.addCustomer(
            partner: Harness.code(partner), name: "Customer \(email)", email: Harness.email(email),
            password: .temporary("temporary-1"), by: Harness.acting(on: day))
        guard confirmed else { return added.customer }
        return try await ledger.confirmEmail(of: Harness.email(email), by: Harness.acting(on: day))
    }

    func stock(_ part: String, _ count: Int, partner: String = "P001", on day: String? = nil) async throws {
        _ = try await ledger.addStock(
            partner: Harness.code(partner), part: part, count: count, order: nil, by: Harness.acting(on: try await setUpDay(day)))
    }

    @discardableResult
    func assign(_ part: String, _ count: Int, to email: String, partner: String = "P001", on day: String = "2025-03-10")
        async throws -> AssignmentResult
    {
        try await ledger.assignLicenses(
            partner: Harness.code(partner), customer: Harness.email(email), part: part, count: count, confirmed: true,
            by: Harness.acting(on: day))
    }

    @discardableResult
    func camera(_ name: String, of email: String = "taro@example.jp", connection: Connection = .edgeStorage, on day: String = "2025-03-10")
        async throws -> Camera
    {
        try await unlicensedCamera(name, of: email, site: "本社", connection: connection, on: day)
    }

    /// A camera put in the account without a license, straight into the store:
    /// the state of a camera whose licenses ended, or one added before every
    /// camera entry bound a license (``Ledger/addCamera(to:site:connection:name:recorder:license:by:)``
    /// binds one at once). Tests of binding start from it.
    @discardableResult
    func unlicensedCamera(
        _ name: String, of email: String = "taro@example.jp", site: String = "本社", connection: Connection = .edgeStorage,
        recorder: Recorder.ID? = nil, on day: String = "2025-03-10"
    ) async throws -> Camera {
        let address = Harness.email(email)
        return try await store.write { records in
            let customer = try #require(try records.customer(email: address))
            let folder = try records.site(of: customer.id, named: site) ?? records.insertSite(customer: customer.id, name: site)
            return try records.insertCamera(
                customer: customer.id, site: folder.id, recorder: recorder, connection: connection, name: name,
                addedOn: CalendarDate(day)!)
        }
    }

    /// Cameras named `names`, in order.
    func cameras(_ names: [String], of email: String = "taro@example.jp") async throws -> [Camera] {
        var cameras: [Camera] = []
        for name in names { cameras.append(try await camera(name, of: email)) }
        return cameras
    }

    /// Imports cards (`activation:encryption:part` each) and registers them into an account.
    func cards(_ cards: [(String, String, String)], to email: String = "taro@example.jp", on day: String = "2025-03-10")
        async throws -> CardRegistrationResult
    {
        let csv = "activation_id,encryption_id,part\n" + cards.map { "\($0.0),\($0.1),\($0.2)" }.joined(separator: "\n")
        _ = try await ledger.importCards(Array(csv.utf8), source: "cards.csv", by: Harness.acting(on: day))
        return try await ledger.registerCards(
            cards.map { CardEntry(activationID: $0.0, encryptionID: $0.1) }, to: Harness.email(email), by: Harness.acting(on: day))
    }

    /// The license IDs bound to a camera now.
    func bound(to camera: Camera) async throws -> [License.ID] {
        try await store.read { records in try records.bindings(ofCamera: camera.id).filter(\.isCurrent).map(\.licenseID) }
    }

    /// The license IDs bound to each camera now.
    func bound(to cameras: [Camera]) async throws -> [[License.ID]] {
        var bound: [[License.ID]] = []
        for camera in cameras { bound.append(try await self.bound(to: camera)) }
        return bound
    }

    func audit() async throws -> [AuditEntry] {
        try await ledger.audit(by: Harness.acting())
    }
}

/// An outbox that keeps what it is given, for tests to read.
final class MemoryOutbox: Outbox {
    private let messages = Mutex<[(name: String, message: MailMessage)]>([])

    func deliver(_ message: MailMessage, name: String) throws -> String {
        messages.withLock { $0.append((name, message)) }
        return "memory:\(name)"
    }

    var delivered: [(name: String, message: MailMessage)] { messages.withLock { $0 } }

    /// The password in the last message to `address`.
    func password(for address: String) -> String? {
        guard let body = delivered.last(where: { $0.message.to.first?.address.description == address })?.message.body
        else { return nil }
        for line in body.split(separator: "\n") {
            for label in ["Initial password: ", "初期パスワード: "] where line.hasPrefix(label) {
                return String(line.dropFirst(label.count))
            }
        }
        return nil
    }
}
