import Foundation
import Hummingbird
import HummingbirdTesting
import RemoWeb
import Testing

/// `POST /api/v1/decode`: the `remo qr decode --json` array, one object per
/// part; the limits checked while the upload is read.
struct DecodeRouteTests {
    static func post(_ body: MultipartBody, bytes: [UInt8]? = nil, cookie: String, client: some TestClientProtocol) async throws
        -> TestResponse
    {
        try await client.execute(
            uri: "/api/v1/decode", method: .post, headers: [.contentType: body.contentType, .cookie: cookie],
            body: ByteBuffer(bytes: bytes ?? body.finished))
    }

    @Test func eachPhotoGetsItsCodesWithPayloadsNamedByItsFileName() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            var body = MultipartBody()
            try body.photo("two-labels.jpg")
            try body.photo("angled.heic", as: "IMG_4410.HEIC")
            let response = try await Self.post(body, cookie: cookie, client: client)
            #expect(response.status == .ok)
            let files = try #require(try response.object() as? [[String: Any]])
            #expect(files.map { $0["file"] as? String } == ["two-labels.jpg", "IMG_4410.HEIC"])
            let codes = files.map { ($0["codes"] as? [[String: Any]]) ?? [] }
            #expect(codes.map(\.count) == [2, 1])
            let payload = try #require(codes[1].first?["payload"] as? [String: Any])
            #expect(payload["serial"] as? String == "NX4A2502031")
            #expect((payload["registrationCode"] as? String)?.hasPrefix("NX4A2502031-") == true)
            #expect((codes[0].first?["corners"] as? [[Int]])?.count == 4)
            #expect(fixture.leftoverUploads().isEmpty)
        }
    }

    @Test func aRequestWithoutAnyImageIsRefusedAsUnsupported() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            var body = MultipartBody()
            body.file("photo", fileName: "notes.txt", Array("not a photo".utf8), type: "text/plain")
            let response = try await Self.post(body, cookie: cookie, client: client)
            #expect(response.status == .unsupportedMediaType)
            #expect(try response.errorCode() == "no-image")
        }
    }

    @Test func aBadPartBesideAnImageGetsItsOwnErrorInThe200Answer() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            var body = MultipartBody()
            try body.photo("desk-tilted.jpg")
            body.file("photo", fileName: "notes.txt", Array("not a photo".utf8), type: "text/plain")
            let response = try await Self.post(body, cookie: cookie, client: client)
            #expect(response.status == .ok)
            let files = try #require(try response.object() as? [[String: Any]])
            #expect(files[0]["error"] is NSNull)
            #expect((files[1]["error"] as? String)?.isEmpty == false)
        }
    }

    @Test func aPartOverTheLimitIsRefusedWith413AndNothingIsLeftOnDisk() async throws {
        try await WebFixture.loggedIn(limits: UploadLimits(partBytes: 1024 * 1024, parts: 20)) { fixture, client, cookie in
            var body = MultipartBody()
            try body.photo("phone-nominal.jpg")  // 1.6 MB
            let response = try await Self.post(body, cookie: cookie, client: client)
            #expect(response.status == .contentTooLarge)
            #expect(try response.errorCode() == "part-too-large")
            #expect(try response.errorMessage()?.contains("1 MB") == true)
            #expect(fixture.leftoverUploads().isEmpty)
        }
    }

    @Test func morePartsThanAllowedAreRefusedWith413() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server(limits: UploadLimits(parts: 3)).application().test(.router) { client in
            let cookie = try await client.logIn()
            var body = MultipartBody()
            for index in 0..<4 { try body.photo("dim.jpg", as: "dim-\(index).jpg") }
            let response = try await Self.post(body, cookie: cookie, client: client)
            #expect(response.status == .contentTooLarge)
            #expect(try response.errorCode() == "too-many-parts")
        }
    }

    @Test func anUploadCutOffHalfWayIsRefusedAndLeavesNothing() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            var body = MultipartBody()
            try body.photo("two-labels.jpg")
            let cut = Array(body.bytes.prefix(body.bytes.count / 2))
            let response = try await Self.post(body, bytes: cut, cookie: cookie, client: client)
            #expect(response.status == .badRequest)
            #expect(try response.errorMessage()?.contains("body") == true)
            #expect(fixture.leftoverUploads().isEmpty)
        }
    }

    @Test func aBodyThatIsNotFormDataIsRefusedAsUnsupported() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let response = try await client.json(.post, "/api/v1/decode", cookie: cookie, body: "{}")
            #expect(response.status == .unsupportedMediaType)
        }
    }
}
