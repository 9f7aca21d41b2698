import Foundation
import Hummingbird
import HummingbirdTesting
import RemoCore
import RemoLedger
import RemoSQLite
import RemoTestSupport
import RemoWeb
import Testing

/// The server over a real socket: limits checked while the upload arrives, a
/// client that goes away half-way, and `remo serve` itself stopped by SIGTERM
/// while it registers.
@Suite(.serialized)
struct LiveServerTests {
    /// The recorders registered to taro, with how many of each one's cameras hold a license.
    static func recorders(_ fixture: WebFixture) async throws -> [String: (cameras: Int, bound: Int)] {
        let report = try await fixture.ledger.provisioningReport(.customer(WebFixture.taro), by: WebFixture.acting(on: "2025-04-01"))
        var found: [String: (Int, Int)] = [:]
        for site in report.accounts.flatMap(\.sites) {
            for recorder in site.recorders {
                found[recorder.serial] = (recorder.cameras.count, recorder.cameras.filter { $0.license != nil }.count)
            }
        }
        return found
    }

    @Test func aPartOverTheLimitIsRefusedAsSoonAsItPassesItNotAfterTheWholeUpload() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let limit = 2 * 1024 * 1024
        try await fixture.server(limits: UploadLimits(partBytes: limit)).application().test(.live) { client in
            let port = try #require(client.port)
            let cookie = try RawHTTP.logIn(port: port)
            let boundary = "remo-live-limit"
            let total = 256 * 1024 * 1024
            let head = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"huge.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n".utf8)
            let sender = try RawHTTP(port: port)
            var lines = [
                "POST /api/v1/decode HTTP/1.1", "Host: 127.0.0.1", "Content-Length: \(total + head.count)",
                "Content-Type: multipart/form-data; boundary=\(boundary)", "Cookie: \(cookie)",
            ]
            lines.append("")
            sender.send(Array((lines.joined(separator: "\r\n") + "\r\n").utf8) + head)
            let chunk = [UInt8](repeating: 0xFF, count: 256 * 1024)
            var sent = 0
            while sent < total, !sender.hasAnswer() {
                guard sender.send(chunk) else { break }
                sent += chunk.count
            }
            let answer = try sender.answer()
            #expect(answer.status == 413)
            #expect(sent < 64 * 1024 * 1024, "answered after \(sent / 1_048_576) MB of a 256 MB upload")
            #expect(fixture.leftoverUploads().isEmpty)
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
        }
    }

    @Test func aClientThatGoesAwayMidUploadRegistersNothingAndLeavesNoFiles() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.live) { client in
            let port = try #require(client.port)
            let cookie = try RawHTTP.logIn(port: port)
            var body = MultipartBody()
            body.field("customer", "taro@example.jp")
            try body.photo("desk-tilted.jpg")
            let complete = body.finished
            let sender = try RawHTTP(port: port)
            let request = RawHTTP.request(
                "POST", "/api/v1/registrations", headers: ["Content-Type": body.contentType, "Cookie": cookie], body: complete)
            sender.send(Array(request.prefix(request.count - complete.count / 2)))
            try await Task.sleep(for: .milliseconds(300))
            sender.close()
            // The server notices the disconnection and removes the part it spooled:
            // wait for it (a loaded machine takes longer), up to 20 s.
            let deadline = ContinuousClock.now + .seconds(20)
            try await Task.sleep(for: .milliseconds(700))
            while !fixture.leftoverUploads().isEmpty && ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(200))
            }
            #expect(try await Self.recorders(fixture).isEmpty)
            #expect(fixture.leftoverUploads().isEmpty)
            // The same upload, whole, registers the unit.
            let again = try RawHTTP(port: port)
            again.send(request)
            let answer = try again.answer()
            #expect(answer.status == 200)
            #expect(try await Self.recorders(fixture)["NX4A2407001"]?.bound == 1)
        }
    }

    @Test func remoServeStoppedBySIGTERMFinishesTheRegistrationInFlightAndExitsZero() async throws {
        let fixture = try await WebFixture(licenses: 30)
        defer { fixture.remove() }
        let server = try ServerProcess(database: fixture.database, arguments: ["--today", "2025-04-01"])
        let cookie = try RawHTTP.logIn(port: server.port)
        var body = MultipartBody()
        body.field("customer", "taro@example.jp")
        body.field("cameras", "3")
        for sample in ["two-labels.jpg", "desk-tilted.jpg", "angled.heic", "dim.jpg", "portrait-exif-rotated.jpg", "phone-nominal.jpg"] {
            try body.photo(sample)
        }
        let client = try RawHTTP(port: server.port)
        client.send(
            RawHTTP.request("POST", "/api/v1/registrations", headers: ["Content-Type": body.contentType, "Cookie": cookie], body: body.finished))
        try await Task.sleep(for: .milliseconds(150))
        #expect(!client.hasAnswer(), "the registration is still in flight when the server is told to stop")
        server.terminate()
        let answer = try client.answer()
        let result = server.finish()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(answer.status == 200)
        let object = try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
        let results = try #require(object["results"] as? [[String: Any]])
        let registered = Set(results.filter { $0["status"] as? String == "registered" }.compactMap { $0["serial"] as? String })
        #expect(registered.count == 6)
        let recorders = try await Self.recorders(fixture)
        #expect(Set(recorders.keys) == registered)
        for (serial, counts) in recorders {
            #expect(counts.cameras == 3 && counts.bound == 3, "\(serial): \(counts)")
        }
    }

    @Test func remoServePrintsTheAddressItPickedAndWarnsOfPlainHTTPOnTheNetwork() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let server = try ServerProcess(database: fixture.database, arguments: ["--host", "0.0.0.0"])
        #expect(server.port > 0)
        let health = try RawHTTP(port: server.port)
        health.send(RawHTTP.request("GET", "/health"))
        #expect(try health.answer().status == 200)
        server.interrupt()
        let result = server.finish()
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("remo: serving on http://0.0.0.0:\(server.port)\n"))
        #expect(result.stderr.contains("plain HTTP"))
    }

    @Test func overTLSTheSessionCookieIsSecure() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let key = fixture.folder.appendingPathComponent("key.pem").path
        let certificate = fixture.folder.appendingPathComponent("cert.pem").path
        _ = try runTool("openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate, "-days", "1",
            "-subj", "/CN=localhost",
        ])
        let server = try ServerProcess(
            database: fixture.database, arguments: ["--tls-cert", certificate, "--tls-key", key, "--host", "0.0.0.0"])
        defer { server.terminate() }
        let answer = try runTool("curl", [
            "--silent", "--insecure", "--include", "--header", "Content-Type: application/json", "--data",
            #"{"email": "taro@example.jp", "password": "\#(WebFixture.password)"}"#, "https://127.0.0.1:\(server.port)/api/v1/session",
        ])
        #expect(answer.hasPrefix("HTTP/1.1 200"))
        let cookie = try #require(answer.split(separator: "\r\n").first { $0.lowercased().hasPrefix("set-cookie:") })
        #expect(cookie.contains("; Secure"))
        #expect(cookie.contains("HttpOnly"))
        server.terminate()
        let result = server.finish()
        #expect(result.stdout.hasPrefix("remo: serving on https://0.0.0.0:\(server.port)"))
        #expect(!result.stderr.contains("plain HTTP"), "no warning over TLS")
    }
}
