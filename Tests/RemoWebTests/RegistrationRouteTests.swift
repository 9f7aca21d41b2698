import Foundation
import Hummingbird
import HummingbirdTesting
import RemoCore
import RemoLedger
import RemoWeb
import Testing

/// `POST /api/v1/registrations`: the `remo register --json` document, a
/// result per input, `200` even when inputs were refused.
struct RegistrationRouteTests {
    static func results(_ response: TestResponse) throws -> [[String: Any]] {
        try #require((try response.object() as? [String: Any])?["results"] as? [[String: Any]])
    }

    @Test func typedCodesAreRegisteredUntilTheLicensesRunOutAndTheRestSayWhatIsMissing() async throws {
        try await WebFixture.loggedIn(licenses: 2) { fixture, client, cookie in
            let codes = try ["NX4A2407001", "NX4A2407002", "NX4A2409013"].map { try fixture.code($0) }
            let body = #"{"customer": "taro@example.jp", "site": "本社", "items": [{"code": "\#(codes[0])", "cameras": 1}, {"code": "\#(codes[1])", "cameras": 1}, {"code": "\#(codes[2])", "cameras": 2}]}"#
            let response = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: body)
            #expect(response.status == .ok)
            let results = try Self.results(response)
            #expect(results.map { $0["status"] as? String } == ["registered", "registered", "no-license"])
            #expect(results.map { $0["input"] as? String } == codes)
            #expect(results[2]["missing"] as? Int == 2)
            #expect((results[2]["packs"] as? [[String: Any]])?.isEmpty == false)
            #expect((try response.object() as? [String: Any])?["registered"] as? Int == 2)
        }
    }

    @Test func theDocumentIsTheCommandLinesAndItsMessagesFollowTheRequestsLanguage() async throws {
        try await WebFixture.loggedIn(licenses: 0) { fixture, client, cookie in
            let body = #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#
            let english = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: body, headers: [.acceptLanguage: "en-US,en;q=0.9"])
            let japanese = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: body, headers: [.acceptLanguage: "ja,en;q=0.5"])
            let en = try Self.results(english)[0], ja = try Self.results(japanese)[0]
            #expect(en["status"] as? String == "no-license")
            #expect(ja["status"] as? String == "no-license")
            #expect(Set((en as NSDictionary).allKeys as! [String]) == ["input", "alsoIn", "serial", "method", "status", "message", "missing", "packs", "cameras"])
            #expect((en["message"] as? String)?.contains("license") == true)
            #expect((ja["message"] as? String)?.contains("ライセンス") == true)
        }
    }

    @Test func aCodeWithATypoAndAnotherCustomersRecorderAreRefusedOneByOne() async throws {
        try await WebFixture.loggedIn(licenses: 2) { fixture, client, cookie in
            var typo = try fixture.code("NX4A2407001")
            typo = String(typo.dropLast()) + (typo.last == "A" ? "B" : "A")
            let body = #"{"customer": "taro@example.jp", "codes": ["\#(typo)", "\#(try fixture.code("NX4A2407002"))"]}"#
            let response = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: body)
            #expect(response.status == .ok)
            #expect(try Self.results(response).map { $0["status"] as? String } == ["invalid-payload", "registered"])
        }
    }

    @Test(arguments: [
        (#"{"codes": ["X"]}"#, "missing-field", "customer"),
        (#"{"customer": "not an address", "codes": ["X"]}"#, "bad-field", "customer"),
        (#"{"customer": "taro@example.jp", "codes": ["X"], "cameras": 99}"#, "bad-field", "cameras"),
        (#"{"customer": "taro@example.jp", "items": [{"cameras": 1}]}"#, "missing-field", "items[0].code"),
        (#"{"customer": "taro@example.jp"}"#, "bad-field", "codes"),
        (#"{"customer": "taro@example.jp", "serials": [{"serial": "OLD1", "model": "WJ-NX200K"}]}"#, "missing-field", "serials[0].produced"),
        (#"{"customer": "taro@example.jp", "serials": [{"serial": "OLD1", "model": "WJ-NX200K", "produced": "2023-13"}]}"#, "bad-field", "serials[0].produced"),
        (#"["not", "an", "object"]"#, "bad-field", "body"),
    ])
    func aBadFieldIsRefusedWith400NamingIt(body: String, code: String, field: String) async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let response = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: body)
            #expect(response.status == .badRequest)
            #expect(try response.errorCode() == code)
            let message = try response.errorMessage() ?? ""
            #expect(message.contains(field), "\(message)")
        }
    }

    @Test func aSerialTypedOnTheWebGoesThroughTheLibrarysRuleForUnitsWithoutALabel() async throws {
        try await WebFixture.loggedIn(licenses: 2) { fixture, client, cookie in
            let body = #"{"customer": "taro@example.jp", "serials": [{"serial": "OLD001", "model": "WJ-NX200K", "produced": "2023-05"}, {"serial": "NEW001", "model": "WJ-NX200K", "produced": "2024-07"}]}"#
            let response = try await client.json(.post, "/api/v1/registrations", cookie: cookie, body: body)
            #expect(response.status == .ok)
            #expect(try Self.results(response).map { $0["status"] as? String } == ["registered", "qr-unit"])
        }
    }

    @Test func anAccountTheUserMayNotSeeIsUnknown() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let response = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie, body: #"{"customer": "hanako@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#)
            #expect(response.status == .notFound)
            #expect(try response.errorCode() == "unknown")
        }
    }

    @Test func photosOfLabelsAreRegisteredEachLabelOnceNamedByTheirFileNames() async throws {
        try await WebFixture.loggedIn(licenses: 2) { fixture, client, cookie in
            var body = MultipartBody()
            body.field("customer", "taro@example.jp")
            body.field("site", "倉庫")
            body.field("cameras", "1")
            try body.photo("two-labels.jpg", as: "IMG_0001.jpg")
            try body.photo("desk-tilted.jpg", as: "IMG_0002.jpg")
            let response = try await client.execute(
                uri: "/api/v1/registrations", method: .post, headers: [.contentType: body.contentType, .cookie: cookie],
                body: ByteBuffer(bytes: body.finished))
            #expect(response.status == .ok, "\(response.text)")
            let results = try Self.results(response)
            #expect(results.map { $0["input"] as? String } == ["IMG_0001.jpg", "IMG_0001.jpg", "IMG_0002.jpg"])
            #expect(results.map { $0["serial"] as? String } == ["NX4A2409013", "NX2B2410018", "NX4A2407001"])
            #expect(results.map { $0["status"] as? String } == ["registered", "registered", "no-license"])
            #expect(fixture.leftoverUploads().isEmpty)
        }
    }

    @Test func aRegistrationThroughTheWebIsAuditedWithTheLoggedInUserAsItsActorOnTheServersDay() async throws {
        try await WebFixture.loggedIn(licenses: 1) { fixture, client, cookie in
            _ = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie,
                body: #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#)
            let entries = try await fixture.ledger.audit(customer: WebFixture.taro, by: WebFixture.acting())
            let registration = try #require(entries.first { $0.action == .recorderRegistered })
            #expect(registration.actor.name == "taro@example.jp")
            #expect(registration.actor.kind == .customer)
            #expect(registration.on == WebFixture.day)
        }
    }
}
