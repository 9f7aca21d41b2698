import Foundation
import Hummingbird
import HummingbirdTesting
import RemoCore
import RemoLedger
import RemoWeb
import Testing

/// Partner users' logins, the library's attempt limits answered as 429 over
/// the real SQLite store (also across two server instances on one file),
/// sessions kept in the store, and an installer's 403s.
struct SecurityRouteTests {
    static func login(_ email: EmailAddress, _ password: String) -> String {
        #"{"email": "\#(email)", "password": "\#(password)"}"#
    }

    @Test func partnerUsersLogInWithTheirRole() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            for (email, role) in [(WebFixture.admin, "admin"), (WebFixture.installer, "installer")] {
                let response = try await client.json(
                    .post, "/api/v1/session", cookie: nil, body: Self.login(email, WebFixture.partnerPassword))
                #expect(response.status == .ok)
                let user = try #require((try response.object() as? [String: Any])?["user"] as? [String: Any])
                #expect(user["role"] as? String == role)
                #expect(user["partner"] as? String == "P001")
            }
        }
    }

    @Test func repeatedFailedLoginsAnswer429WithRetryAfterFromTheStore() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            for _ in 0..<5 {
                let wrong = try await client.json(.post, "/api/v1/session", cookie: nil, body: Self.login(WebFixture.taro, "not-it-at-all"))
                #expect(wrong.status == .unauthorized)
            }
            let limited = try await client.json(
                .post, "/api/v1/session", cookie: nil, body: Self.login(WebFixture.taro, WebFixture.password),
                headers: [.acceptLanguage: "en"])
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.retryAfter] == "900")
            #expect(try limited.errorCode() == "too-many-attempts")
            #expect(limited.headers[.setCookie] == nil)
        }
        let audit = try await fixture.ledger.audit(by: WebFixture.acting())
        #expect(audit.filter { $0.action == .loginFailed }.count == 5)
        #expect(audit.contains { $0.action == .attemptsLimited })
    }

    @Test func theLimitHoldsAcrossTwoServerInstancesOnOneFile() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let other = try fixture.server(ledger: try fixture.secondLedger())
        try await fixture.server().application().test(.router) { first in
            try await other.application().test(.router) { second in
                for client in [first, first, first, second, second] as [any TestClientProtocol] {
                    let wrong = try await client.json(
                        .post, "/api/v1/session", cookie: nil, body: Self.login(WebFixture.taro, "not-it-at-all"))
                    #expect(wrong.status == .unauthorized)
                }
                for client in [first, second] as [any TestClientProtocol] {
                    let limited = try await client.json(
                        .post, "/api/v1/session", cookie: nil, body: Self.login(WebFixture.taro, WebFixture.password))
                    #expect(limited.status == .tooManyRequests)
                }
            }
        }
    }

    @Test func aSessionHoldsOnAnotherInstanceAndALogoutEndsItThere() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let other = try fixture.server(ledger: try fixture.secondLedger())
        try await fixture.server().application().test(.router) { first in
            try await other.application().test(.router) { second in
                let cookie = try await first.logIn()
                #expect(try await second.json(.get, "/api/v1/session", cookie: cookie).status == .ok)
                #expect(try await second.json(.delete, "/api/v1/session", cookie: cookie).status == .noContent)
                #expect(try await first.json(.get, "/api/v1/session", cookie: cookie).status == .unauthorized)
            }
        }
    }

    @Test func theStoreKeepsOnlyTheSessionsHash() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let cookie = try await fixture.server().application().test(.router) { client in try await client.logIn() }
        let token = String(cookie.dropFirst("remo_session=".count))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: fixture.database))
            + ((try? Data(contentsOf: URL(fileURLWithPath: fixture.database + "-wal"))) ?? Data())
        #expect(bytes.range(of: Data(token.utf8)) == nil, "the token itself is not stored")
        #expect(bytes.range(of: Data(SessionToken(value: token).hashed.utf8)) != nil, "its hash is")
    }

    @Test func anInstallerIsRefusedThePartnerSide() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let cookie = try await client.logIn(WebFixture.installer, password: WebFixture.partnerPassword)
            let assign = try await client.json(
                .post, "/api/v1/assignments", cookie: cookie,
                body: #"{"customer": "hanako@example.jp", "part": "DG-JLE101W", "count": 1, "confirmed": true}"#)
            #expect(assign.status == .forbidden)
            #expect(try assign.errorCode() == "forbidden")
            #expect(try assign.errorMessage()?.contains("installer") == true)
            let stock = try await client.json(.get, "/admin/stock", cookie: cookie)
            #expect(stock.status == .forbidden)
            // What an installer may: the customers, a report, a registration.
            #expect(try await client.json(.get, "/api/v1/customers", cookie: cookie).status == .ok)
            #expect(try await client.json(.get, "/api/v1/customers/taro@example.jp/report", cookie: cookie).status == .ok)
            let registered = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie,
                body: #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#)
            #expect(registered.status == .ok)
            #expect(registered.text.contains(#""registered""#))
        }
        let entry = try #require(try await fixture.ledger.audit(by: WebFixture.acting()).last { $0.action == .recorderRegistered })
        #expect(entry.actor.name == WebFixture.installer.description)
    }

    @Test func anAdminMayTheStockAndTheAssignment() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let cookie = try await client.logIn(WebFixture.admin, password: WebFixture.partnerPassword)
            #expect(try await client.json(.get, "/admin/stock", cookie: cookie).status == .ok)
            let assign = try await client.json(
                .post, "/api/v1/assignments", cookie: cookie,
                body: #"{"customer": "hanako@example.jp", "part": "DG-JLE101W", "count": 1, "confirmed": true}"#)
            #expect(assign.status == .ok)
        }
    }

    @Test func wrongClaimCodesAreLimitedAndThenAnswer429() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let right = try fixture.code("NX4A2407001")
            let serial = try SerialNumber("NX4A2407001")
            for index in 0..<10 {
                let wrong = RegistrationCode(serial: serial, claimCode: ClaimCode(randomBytes: [UInt8](repeating: UInt8(index), count: 8)))
                let response = try await client.json(
                    .post, "/api/v1/registrations", cookie: cookie,
                    body: #"{"customer": "taro@example.jp", "codes": ["\#(wrong)"]}"#)
                #expect(response.status == .ok)
                #expect(response.text.contains("wrong-claim-code"))
            }
            let limited = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie, body: #"{"customer": "taro@example.jp", "codes": ["\#(right)"]}"#)
            #expect(limited.status == .tooManyRequests)
            #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 > 3000)
            let failed = try await fixture.ledger.audit(by: WebFixture.acting()).filter { $0.action == .claimCodeFailed }
            #expect(failed.count == 10)
            #expect(failed.allSatisfy { $0.actor.name == WebFixture.taro.description })
        }
    }
}
