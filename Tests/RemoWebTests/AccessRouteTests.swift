import Foundation
import Hummingbird
import HummingbirdTesting
import RemoWeb
import Testing

/// Who may call what: 401 without a session, 403 from another site, the
/// pages' redirect to the login.
struct AccessRouteTests {
    static let apiRoutes: [(HTTPRequest.Method, String)] = [
        (.get, "/api/v1/session"), (.delete, "/api/v1/session"), (.post, "/api/v1/decode"),
        (.post, "/api/v1/registrations"), (.get, "/api/v1/customers"),
        (.get, "/api/v1/customers/taro@example.jp/report"), (.get, "/api/v1/licenses/expiring"),
        (.post, "/api/v1/assignments/preview"), (.post, "/api/v1/assignments"),
    ]

    @Test(arguments: apiRoutes)
    func everyAPIRouteWithoutASessionAnswers401(method: HTTPRequest.Method, path: String) async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let response = try await client.json(method, path, cookie: nil, body: method == .post ? "{}" : nil)
            #expect(response.status == .unauthorized)
            #expect(try response.errorCode() == "not-logged-in")
        }
    }

    @Test func anExpiredOrMadeUpSessionIsNoSession() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let response = try await client.json(.get, "/api/v1/customers", cookie: "remo_session=bm90LWEtc2Vzc2lvbg")
            #expect(response.status == .unauthorized)
        }
    }

    @Test func aChangeFromAnotherSiteIsRefusedEvenWithASession() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let body = #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#
            let headers: [HTTPFields] = [[.origin: "https://evil.example"], [.referer: "https://evil.example/page"], [.origin: "null"]]
            for header in headers {
                let response = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: body, headers: header)
                #expect(response.status == .forbidden, "\(header)")
                #expect(try response.errorCode() == "cross-site")
            }
            let report = try await client.json(.get, "/api/v1/customers/taro@example.jp/report", cookie: cookie)
            #expect(try (report.object() as? [String: Any])?["accounts"].map { "\($0)" }?.contains("NX4A2407001") == false,
                "nothing was registered by the refused requests")
        }
    }

    @Test func aChangeFromThisSiteOrWithoutOriginIsJudgedBySession() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let same = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie,
                body: #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#,
                headers: [.origin: "http://localhost"])
            #expect(same.status == .ok)
            let script = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie,
                body: #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407002"))"]}"#)
            #expect(script.status == .ok)
        }
    }

    @Test func aPageWithoutASessionSendsTheBrowserToTheLogin() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let response = try await client.execute(uri: "/scan", method: .get)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/?next=%2Fscan")
        }
    }

    @Test func aPathThatIsNoPageAnswers404() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let api = try await client.execute(uri: "/api/v1/nothing-here", method: .get)
            #expect(api.status == .notFound)
            #expect(try api.errorCode() == "not-found")
            let page = try await client.execute(uri: "/nothing-here", method: .get, headers: [.acceptLanguage: "ja"])
            #expect(page.status == .notFound)
            #expect(page.text.contains("/nothing-here にはページがありません"))
        }
    }

    @Test func aMethodAKnownPathDoesNotTakeAnswers405NamingTheOnesItDoes() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let api = try await client.execute(uri: "/api/v1/registrations", method: .put)
            #expect(api.status == .methodNotAllowed)
            #expect(api.headers[.allow] == "POST")
            #expect(try api.errorCode() == "method-not-allowed")
            let page = try await client.execute(uri: "/health", method: .trace)
            #expect(page.status == .methodNotAllowed)
            let head = try await client.execute(uri: "/health", method: .head)
            #expect(head.status == .ok, "HEAD is answered as GET")
        }
    }
}
