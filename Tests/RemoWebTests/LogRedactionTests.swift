import Foundation
import Hummingbird
import HummingbirdTesting
import RemoCore
import RemoWeb
import Testing

/// Nothing secret reaches a log line: not a password, a claim code, a
/// registration code or a session ID, whatever the request and whatever fails.
struct LogRedactionTests {
    @Test func passwordsCodesAndSessionIDsNeverReachTheLog() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let code = try fixture.code("NX4A2407001")
        let wrongCode = RegistrationCode(
            serial: try SerialNumber("NX4A2407002"), claimCode: ClaimCode(randomBytes: [3, 1, 4, 1, 5, 9, 2, 6])
        ).description
        let session = try await fixture.server().application().test(.router) { client in
            _ = try await client.json(.post, "/api/v1/session", cookie: nil, body: #"{"email": "taro@example.jp", "password": "wrong-secret-42"}"#)
            let cookie = try await client.logIn()
            let session = String(cookie.dropFirst("remo_session=".count))
            for body in [
                #"{"customer": "taro@example.jp", "codes": ["\#(code)"]}"#,
                #"{"customer": "nobody@example.jp", "codes": ["\#(code)"]}"#,
                #"{"customer": "taro@example.jp", "codes": ["\#(code)"], "cameras": "\#(code)"}"#,
            ] {
                _ = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: body)
            }
            _ = try await client.json(.get, "/api/v1/customers/\(code)/report?today=\(code)", cookie: cookie)
            _ = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: #"{"customer": "taro@example.jp", "codes": ["\#(code)"]}"#, headers: [.origin: "https://evil.example"])
            // A wrong claim code (counted and audited), a partner user's login, failed logins up to the limit (429).
            _ = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: #"{"customer": "taro@example.jp", "codes": ["\#(wrongCode)"]}"#)
            _ = try await client.logIn(WebFixture.installer, password: WebFixture.partnerPassword)
            for _ in 0..<6 {
                _ = try await client.json(.post, "/api/v1/session", cookie: nil, body: #"{"email": "hanako@example.jp", "password": "wrong-secret-42"}"#)
            }
            return session
        }
        let log = fixture.logs.all
        #expect(log.contains("/api/v1/registrations"), "the requests were logged")
        #expect(log.contains("/api/v1/customers/{email}/report"), "by their route")
        let claim = String(code.split(separator: "-").dropFirst().prefix(3).joined(separator: "-"))
        #expect(log.contains("429"), "the limited logins were logged")
        for secret in [
            WebFixture.password, "wrong-secret-42", session, code, claim, code.replacingOccurrences(of: "-", with: ""),
            wrongCode, WebFixture.partnerPassword,
        ] {
            #expect(!log.contains(secret), "the log holds \(secret)")
        }
    }
}
