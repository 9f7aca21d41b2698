import Foundation
import RemoCore
import Testing

/// The test vectors of docs/qr-payload.md, read from the document itself so that
/// the specification and the code cannot drift apart.
struct QRPayloadSpecTests {
    /// The fenced blocks of the document whose info string is `kind`.
    static func blocks(_ kind: String) throws -> [[String]] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/qr-payload.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var blocks: [[String]] = []
        var current: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line == "```\(kind)" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current ?? [])
                current = nil
            } else if current != nil {
                current?.append(line)
            }
        }
        return blocks
    }

    static func fields(_ block: [String]) -> [String: String] {
        Dictionary(
            uniqueKeysWithValues: block.compactMap { line in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), String(line[line.index(colon, offsetBy: 2)...]))
            })
    }

    static func pairs(_ kind: String) throws -> [(String, String)] {
        try blocks(kind).flatMap { $0 }.map { line in
            let parts = line.components(separatedBy: " → ")
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    @Test func documentHasVectors() throws {
        #expect(try Self.blocks("vector").count >= 4)
        #expect(try Self.pairs("invalid").count >= 8)
        #expect(try Self.pairs("typed").count >= 5)
    }

    @Test func validVectorsEncodeAndParse() throws {
        for block in try Self.blocks("vector") {
            let vector = Self.fields(block)
            let hex = try #require(vector["random-bytes"])
            let bytes = stride(from: 0, to: hex.count, by: 2).map { offset in
                UInt8(hex.dropFirst(offset).prefix(2), radix: 16) ?? 0
            }
            let claimCode = ClaimCode(randomBytes: bytes)
            #expect(claimCode.rawValue == vector["claim-code"])
            let unit = try RecorderUnit(
                model: vector["model"] ?? "", serial: vector["serial"] ?? "", deviceID: vector["device-id"] ?? "",
                produced: vector["produced"] ?? "")
            let payload = try RecorderPayload(unit: unit, claimCode: claimCode)
            #expect(payload.text == vector["payload"])
            #expect(payload.registrationCode.description == vector["registration-code"])
            #expect(try RecorderPayload(parsing: vector["payload"] ?? "") == payload)
            #expect(try RegistrationCode(vector["registration-code"] ?? "") == payload.registrationCode)
        }
    }

    @Test func invalidVectorsFailWithTheirError() throws {
        for (payload, code) in try Self.pairs("invalid") {
            do {
                let parsed = try RecorderPayload(parsing: payload)
                Issue.record("\(payload) parsed as \(parsed)")
            } catch {
                #expect(error.code == code, "\(payload)")
            }
        }
    }

    @Test func typedRegistrationCodesReadAsDocumented() throws {
        for (typed, expected) in try Self.pairs("typed") {
            do {
                #expect(try RegistrationCode(typed).description == expected, "\(typed)")
            } catch {
                #expect(error.code == expected, "\(typed)")
            }
        }
    }

    @Test func longestPayloadIsTheDocumentedMaximumAndFitsVersionFiveAtLevelM() throws {
        let longest = try Self.blocks("vector").map { Self.fields($0)["payload"] ?? "" }.map(\.count).max()
        #expect(longest == RecorderPayload.maximumLength)
        #expect(RecorderPayload.maximumLength == 111)
        #expect(RecorderPayload.maximumLength <= 122)  // QR version 5-M, alphanumeric capacity
    }
}
