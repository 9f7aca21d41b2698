import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import RemoCore
import RemoLedger
import RemoPostgres
import RemoSQLite
import RemoWeb
import Testing

/// A ledger in a fresh folder, seeded as the demo is from `samples/`: the
/// sample units labeled with the demo label key (so the sample photos' labels
/// are in the manifest), partner P001, customer taro with two edge-storage
/// term licenses, customer hanako with none; and a web server over it. The
/// ledger is a SQLite file in the folder, or a PostgreSQL schema when one is given.
struct WebFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let samples = repository.appendingPathComponent("samples")
    static let partner = try! Partner.Code("P001")
    static let partnerEmail = try! EmailAddress("ops@tokyo-sec.example.jp")
    static let taro = try! EmailAddress("taro@example.jp")
    static let hanako = try! EmailAddress("hanako@example.jp")
    static let password = "password-taro-1"
    /// A partner admin and an installer of P001, with this password.
    static let admin = try! EmailAddress("admin@tokyo-sec.example.jp")
    static let installer = try! EmailAddress("installer@tokyo-sec.example.jp")
    static let partnerPassword = "password-p001-1"
    static let day = CalendarDate("2025-04-01")!
    /// The sample units with a QR label, by serial.
    static let labeled = [
        "NX4A2407001", "NX4A2407002", "NX4A2409013", "NX4A2411027", "NX4A2502031", "NX4A2505044", "NX2B2408005",
        "NX2B2410018", "NX2B2501022", "NX2B2503036", "NX2B2506040",
    ]

    let folder: URL
    /// The ledger's file, or its `postgres://` URL.
    let database: String
    /// The label key the sample units were labeled with.
    let keyFile: LabelKeyFile
    let ledger: Ledger
    let sessions: LedgerSessionStore
    let logs: LogCapture

    init(licenses: Int = 2, postgres: PostgresLocation? = nil) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("remo-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store: any LedgerStore
        if let postgres {
            database = postgres.description
            store = try PostgresLedgerStore(postgres, opening: .new(.simulation))
            keyFile = LabelKeyFile(path: folder.appendingPathComponent("remo.label-key").path)
        } else {
            database = folder.appendingPathComponent("remo.sqlite").path
            store = try SQLiteLedgerStore(path: database, opening: .new(.simulation))
            keyFile = LabelKeyFile.beside(database: database)
        }
        ledger = Ledger(
            store: store, outbox: DirectoryOutbox(directory: folder.appendingPathComponent("outbox")),
            settings: LedgerSettings(passwordCost: .minimal, identifierCost: .minimal))
        sessions = LedgerSessionStore(ledger: ledger)
        logs = LogCapture()
        try FileManager.default.copyItem(atPath: Self.samples.appendingPathComponent("demo.label-key").path, toPath: keyFile.path)
        try await seed(licenses: licenses)
    }

    static func acting(_ principal: Principal = .localOperator, on day: String = "2025-03-12") -> Acting {
        Acting(principal, day: CalendarDate(day)!, now: Date())
    }

    private func seed(licenses: Int) async throws {
        let units = try [UInt8](Data(contentsOf: Self.samples.appendingPathComponent("units.csv")))
        _ = try await ledger.makeLabels(
            LabelBatchRequest(
                units: units, source: "units.csv", output: folder.appendingPathComponent("labels").path, skipInvalid: true,
                keyFile: keyFile),
            by: Self.acting(on: "2025-03-10"))
        _ = try await ledger.addPartner(code: Self.partner, name: "東京セキュリティ", email: Self.partnerEmail, by: Self.acting())
        for email in [Self.taro, Self.hanako] {
            _ = try await ledger.addCustomer(
                partner: Self.partner, name: email == Self.taro ? "山田商事" : "花子商店", email: email,
                password: .temporary(Self.password), by: Self.acting(.partner(Self.partner)))
            _ = try await ledger.confirmEmail(of: email, by: Self.acting(.partner(Self.partner)))
        }
        for (email, role) in [(Self.admin, PartnerUser.Role.admin), (Self.installer, .installer)] {
            _ = try await ledger.addPartnerUser(
                partner: Self.partner, email: email, role: role, password: Self.partnerPassword, by: Self.acting())
        }
        _ = try await ledger.addStock(partner: Self.partner, part: "DG-JLE101W", count: licenses + 2, order: nil, by: Self.acting())
        if licenses > 0 {
            _ = try await ledger.assignLicenses(
                partner: Self.partner, customer: Self.taro, part: "DG-JLE101W", count: licenses, confirmed: true,
                by: Self.acting(.partner(Self.partner)))
        }
    }

    /// A unit's registration code, as printed on its label.
    func code(_ serial: String) throws -> String {
        let key = try #require(try keyFile.load())
        let parsed = try SerialNumber(serial)
        return RegistrationCode(serial: parsed, claimCode: key.claimCode(serial: parsed, generation: 1)).description
    }

    /// The web server over the fixture's ledger.
    func server(
        limits: UploadLimits = UploadLimits(), authenticator: (any WebAuthenticator)? = nil, ledger: Ledger? = nil,
        ledgerKind: LedgerKind = .simulation
    ) throws -> WebServer {
        let ledger = ledger ?? self.ledger
        return try WebServer(
            ledger: ledger,
            settings: WebSettings(
                port: 0, day: .given(Self.day), limits: limits, uploadFolder: uploads.path, version: "test", ledger: ledgerKind),
            sessions: LedgerSessionStore(ledger: ledger), authenticator: authenticator, logger: logs.logger)
    }

    /// Where the server writes uploads.
    var uploads: URL {
        let url = folder.appendingPathComponent("uploads")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// What is left in the upload folder (nothing, once every request is done).
    func leftoverUploads() -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: uploads.path)) ?? []
    }

    /// A session for the partner's own login address, as an admin (the
    /// partner itself has no password; its users log in: ``admin``, ``installer``).
    func partnerAdminCookie() async throws -> String {
        let session = try await sessions.start(
            for: WebUser(email: Self.partnerEmail, role: .admin, partner: Self.partner), language: nil, at: Date())
        return "remo_session=" + session.token.value
    }

    /// A second ledger handle on the fixture's file (another process or server instance).
    func secondLedger() throws -> Ledger {
        Ledger(
            store: try SQLiteLedgerStore(path: database), outbox: DirectoryOutbox(directory: folder.appendingPathComponent("outbox")),
            settings: LedgerSettings(passwordCost: .minimal, identifierCost: .minimal))
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `body` against a server (in process, no socket) over a fresh
    /// fixture, with taro logged in (the session's `Cookie` value), and
    /// removes the fixture after it.
    static func loggedIn(
        licenses: Int = 2, limits: UploadLimits = UploadLimits(),
        _ body: @Sendable (WebFixture, any TestClientProtocol, String) async throws -> Void
    ) async throws {
        let fixture = try await WebFixture(licenses: licenses)
        defer { fixture.remove() }
        try await fixture.server(limits: limits).application().test(.router) { client in
            try await body(fixture, client, try await client.logIn())
        }
    }
}

extension TestClientProtocol {
    /// Logs in and returns the `Cookie` header value of the session.
    func logIn(_ email: EmailAddress = WebFixture.taro, password: String = WebFixture.password) async throws -> String {
        let response = try await execute(
            uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
            body: ByteBuffer(string: #"{"email": "\#(email)", "password": "\#(password)"}"#))
        try #require(response.status == .ok, "login: \(String(buffer: response.body))")
        let cookie = try #require(response.headers[.setCookie])
        return String(cookie.prefix { $0 != ";" })
    }

    /// A JSON request with a session cookie.
    func json(
        _ method: HTTPRequest.Method, _ uri: String, cookie: String?, body: String? = nil, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var fields = headers
        if let cookie { fields[.cookie] = cookie }
        if body != nil, fields[.contentType] == nil { fields[.contentType] = "application/json" }
        return try await execute(uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    /// The body as a JSON object or array.
    func object() throws -> Any {
        try JSONSerialization.jsonObject(with: Data(body.readableBytesView))
    }

    /// `error.code` of an error answer.
    func errorCode() throws -> String? {
        ((try object() as? [String: Any])?["error"] as? [String: Any])?["code"] as? String
    }

    func errorMessage() throws -> String? {
        ((try object() as? [String: Any])?["error"] as? [String: Any])?["message"] as? String
    }

    var text: String { String(buffer: body) }
}
