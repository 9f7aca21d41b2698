import Foundation
import Hummingbird
import HummingbirdTesting
import RemoCore
import RemoLedger
import RemoWeb
import Testing

/// `POST/GET/DELETE /api/v1/session` and `GET /health`.
struct SessionRouteTests {
    @Test func healthAnswersOKWithTheVersionWithoutASession() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let response = try await client.execute(uri: "/health", method: .get)
            #expect(response.status == .ok)
            let object = try #require(try response.object() as? [String: String])
            #expect(object == ["status": "ok", "version": "test"])
        }
    }

    @Test func aRightPasswordStartsASessionWithAStrictHttpOnlyCookie() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let response = try await client.json(
                .post, "/api/v1/session", cookie: nil, body: #"{"email": "taro@example.jp", "password": "\#(WebFixture.password)"}"#)
            #expect(response.status == .ok)
            let user = try #require((try response.object() as? [String: Any])?["user"] as? [String: Any])
            #expect(user["email"] as? String == "taro@example.jp")
            #expect(user["role"] as? String == "customer")
            #expect(user["partner"] as? String == "P001")
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("remo_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"), "plain HTTP: a Secure cookie would never come back")
            let session = String(cookie.prefix { $0 != ";" })
            let me = try await client.json(.get, "/api/v1/session", cookie: session)
            #expect(me.status == .ok)
            #expect(me.text.contains("taro@example.jp"))
        }
    }

    @Test func aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let wrong = try await client.json(
                .post, "/api/v1/session", cookie: nil, body: #"{"email": "taro@example.jp", "password": "not-it-at-all"}"#)
            let unknown = try await client.json(
                .post, "/api/v1/session", cookie: nil, body: #"{"email": "nobody@example.jp", "password": "not-it-at-all"}"#)
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.text == unknown.text)
            #expect(try wrong.errorCode() == "wrong-login")
            #expect(wrong.headers[.setCookie] == nil)
        }
    }

    @Test func aLoginWithoutAPasswordNamesTheField() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let response = try await client.json(.post, "/api/v1/session", cookie: nil, body: #"{"email": "taro@example.jp"}"#)
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == "missing-field")
            #expect(try response.errorMessage()?.contains("password") == true)
        }
    }

    @Test func aLoginThatIsNotJSONIsRefusedAsUnsupported() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let response = try await client.json(
                .post, "/api/v1/session", cookie: nil, body: "email=taro@example.jp&password=x",
                headers: [.contentType: "application/x-www-form-urlencoded"])
            #expect(response.status == .unsupportedMediaType)
            #expect(try response.errorCode() == "unsupported-body")
        }
    }

    @Test func loggingOutEndsTheSession() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let out = try await client.json(.delete, "/api/v1/session", cookie: cookie)
            #expect(out.status == .noContent)
            #expect(out.headers[.setCookie]?.contains("Max-Age=0") == true)
            let after = try await client.json(.get, "/api/v1/customers", cookie: cookie)
            #expect(after.status == .unauthorized)
        }
    }

    /// The library's attempt limits answer "too many attempts, retry in N
    /// seconds"; the web answers 429 with `Retry-After`.
    @Test func tooManyAttemptsAnswers429WithRetryAfter() async throws {
        struct Limited: WebAuthenticator {
            func logIn(_ email: EmailAddress, password: String, from client: ClientAddress, acting: Acting) async throws
                -> WebUser
            {
                throw WebError.tooManyAttempts(retryAfter: 600)
            }
        }
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server(authenticator: Limited()).application().test(.router) { client in
            let response = try await client.json(
                .post, "/api/v1/session", cookie: nil, body: #"{"email": "taro@example.jp", "password": "x"}"#,
                headers: [.acceptLanguage: "ja"])
            #expect(response.status == .tooManyRequests)
            #expect(response.headers[.retryAfter] == "600")
            #expect(try response.errorCode() == "too-many-attempts")
            #expect(try response.errorMessage()?.contains("10分後") == true)
        }
    }
}
