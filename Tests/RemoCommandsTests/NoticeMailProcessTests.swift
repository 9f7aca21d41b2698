import Foundation
import Testing

/// Expiry notices written by the real `remo` as mail files, read back the way a
/// mail program would: RFC 2047 headers and the base64 body decoded.
struct NoticeMailProcessTests {
    /// The header fields of an RFC 5322 message, unfolded, and its body.
    static func parse(_ text: String) throws -> (headers: [String: String], body: String) {
        let parts = text.components(separatedBy: "\r\n\r\n")
        try #require(parts.count >= 2)
        var headers: [String: String] = [:]
        for line in parts[0].replacingOccurrences(of: "\r\n ", with: " ").components(separatedBy: "\r\n") {
            let field = line.split(separator: ":", maxSplits: 1).map(String.init)
            try #require(field.count == 2, "\(line)")
            headers[field[0].lowercased()] = field[1].trimmingCharacters(in: .whitespaces)
        }
        return (headers, parts.dropFirst().joined(separator: "\r\n\r\n"))
    }

    /// An unstructured header's RFC 2047 encoded words (UTF-8, B or Q) decoded;
    /// the space between two adjacent encoded words is dropped, as RFC 2047 says.
    static func decodeWords(_ value: String) throws -> String {
        var output = ""
        var previousWasEncoded = false
        for (index, token) in value.split(separator: " ").enumerated() {
            let parts = token.split(separator: "?", omittingEmptySubsequences: false)
            let encoded = parts.count == 5 && parts[0] == "=" && parts[4] == "=" && parts[1].uppercased() == "UTF-8"
            if index > 0, !(encoded && previousWasEncoded) { output += " " }
            if encoded {
                let bytes: [UInt8]
                if parts[2].uppercased() == "B" {
                    bytes = try #require(Data(base64Encoded: String(parts[3]))).map { $0 }
                } else {
                    bytes = try quotedPrintable(String(parts[3]).replacingOccurrences(of: "_", with: " "))
                }
                output += try #require(String(validating: bytes, as: UTF8.self))
            } else {
                output += token
            }
            previousWasEncoded = encoded
        }
        return output
    }

    static func quotedPrintable(_ text: String) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var rest = Array(text.utf8)[...]
        while let byte = rest.first {
            if byte == UInt8(ascii: "=") {
                let hex = String(decoding: rest.dropFirst().prefix(2), as: UTF8.self)
                bytes.append(try #require(UInt8(hex, radix: 16)))
                rest = rest.dropFirst(3)
            } else {
                bytes.append(byte)
                rest = rest.dropFirst()
            }
        }
        return bytes
    }

    /// A database where a Japanese customer's 1-year license (assigned 2024-01-10,
    /// expiring 2025-02-28) has its 14-day notices queued.
    func prepare(_ directory: TemporaryDirectory) throws -> String {
        let database = directory.path("remo.sqlite")
        try RemoChildProcess.prepare(
            [
                ["partner", "add", "--code", "P001", "--name", "東京セキュリティ販売", "--email", "ops@p001.example.jp"],
                [
                    "customer", "add", "--partner", "P001", "--name", "山田商事株式会社", "--email", "taro@example.jp",
                    "--temp-password", "temporary-1",
                ],
                ["customer", "confirm-email", "--customer", "taro@example.jp"],
                ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "1"],
                [
                    "license", "assign", "--partner", "P001", "--customer", "taro@example.jp", "--part", "DG-JLE101W",
                    "--count", "1", "--today", "2024-01-10", "--yes",
                ],
                ["tick", "--today", "2025-02-20"],
            ], database: database, on: "2024-01-01")
        return database
    }

    @Test func japaneseNoticesAreMIMEEncodedMailThatDecodesBackToJapanese() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try prepare(directory)
        let outbox = directory.path("outbox")
        let run = try RemoChildProcess.run(["notices", "--write", "--outbox", outbox, "--lang", "ja"], database: database)
        try #require(run.status == 0, "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasSuffix(".eml") }.sorted()
        #expect(files.count == 2)
        var subjects: [String] = []
        var bodies: [String] = []
        for file in files {
            let text = try String(contentsOfFile: outbox + "/" + file, encoding: .utf8)
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
            #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
            let (headers, body) = try NoticeMailProcessTests.parse(text)
            #expect(headers["mime-version"] == "1.0")
            #expect(headers["content-type"]?.lowercased() == "text/plain; charset=utf-8")
            let transfer = try #require(headers["content-transfer-encoding"]?.lowercased())
            let bytes: [UInt8]
            if transfer == "base64" {
                bytes = try #require(Data(base64Encoded: body.replacingOccurrences(of: "\r\n", with: ""))).map { $0 }
            } else {
                #expect(transfer == "quoted-printable")
                bytes = try NoticeMailProcessTests.quotedPrintable(body.replacingOccurrences(of: "=\r\n", with: ""))
            }
            bodies.append(try #require(String(validating: bytes, as: UTF8.self)))
            let subject = try #require(headers["subject"])
            #expect(subject.hasPrefix("=?UTF-8?"))
            subjects.append(try NoticeMailProcessTests.decodeWords(subject))
            let to = try #require(headers["to"])
            let name = try NoticeMailProcessTests.decodeWords(String(to[..<(to.firstIndex(of: "<") ?? to.endIndex)]))
            #expect(["山田商事株式会社", "東京セキュリティ販売"].contains(name.trimmingCharacters(in: .whitespaces)), "\(to)")
        }
        for subject in subjects {
            #expect(subject.contains("2025年2月28日"), "\(subject)")
        }
        for body in bodies {
            #expect(body.contains("有効期限") && body.contains("2025年2月28日"), "\(body)")
            #expect(!body.contains("2025-02-28"), "\(body)")
        }
        #expect(bodies.contains { $0.contains("山田商事株式会社") })
    }
}
