import Foundation
import RemoCore
import RemoLedger
import Testing

struct LabelKeyTests {
    @Test func aClaimCodeDependsOnTheKeyTheSerialAndTheGeneration() throws {
        let key = LabelKey(bytes: Array(0..<32))
        let other = LabelKey(bytes: Array(1...32))
        let serial = try SerialNumber("AB1234567")
        let code = key.claimCode(serial: serial, generation: 1)
        #expect(key.claimCode(serial: serial, generation: 1) == code)
        #expect(key.claimCode(serial: serial, generation: 2) != code)
        #expect(key.claimCode(serial: try SerialNumber("AB1234568"), generation: 1) != code)
        #expect(other.claimCode(serial: serial, generation: 1) != code)
        #expect(key.id != other.id && key.id.count == 16 && key.id.allSatisfy(\.isHexDigit))
        // HMAC-SHA256 (RFC 2104) of REMO-CLAIM-CODE:1:AB1234567:1, its first 8 bytes as ClaimCode reads random bytes.
        #expect(code == ClaimCode(randomBytes: LabelKeyTests.hmac(key: Array(0..<32), message: "REMO-CLAIM-CODE:1:AB1234567:1")))
    }

    @Test func aKeyFileIsMadeOnceWithMode0600AndReadBack() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let file = LabelKeyFile(path: folder.path("remo.sqlite.label-key"))
        #expect(try file.load() == nil)
        let made = try file.create()
        #expect(try file.load() == made)
        #expect(try file.create() == made)  // made by another process first: that key
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect(attributes[.posixPermissions] as? Int == 0o600)
        let text = try String(contentsOfFile: file.path, encoding: .utf8)
        #expect(text.hasPrefix("remo label key 1\n"))
    }

    @Test func aDamagedKeyFileIsRefused() throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("key")
        for content in ["remo label key 1\nAAAA\n", "not a key\n", ""] {
            try Data(content.utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: LabelKeyError.malformed(path: path)) { try LabelKeyFile(path: path).load() }
        }
        let unwritable = LabelKeyFile(path: folder.path("missing/dir/key"))
        #expect(throws: LabelKeyError.self) { try unwritable.create() }
    }

    @Test func aClaimCodeHashRoundTripsItsStoredForm() throws {
        let serial = try SerialNumber("AB1234567")
        let code = try ClaimCode("28T5CY4TQKFF")
        let hash = ClaimCodeHash(claimCode: code, serial: serial)
        // SHA-256 of the bytes docs/qr-payload.md names.
        #expect(hash.description == "sha256:" + LabelKeyTests.sha256Hex("REMO-CLAIM:1:AB1234567:28T5CY4TQKFF"))
        #expect(ClaimCodeHash(hash.description) == hash)
        #expect(hash.matches(code, serial: serial))
        #expect(!hash.matches(code, serial: try SerialNumber("AB1234568")))
        #expect(ClaimCodeHash("sha256:00") == nil && ClaimCodeHash("scrypt$x") == nil)
    }

    // Reference implementations: the system's sha256sum, and HMAC from its definition (RFC 2104).

    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try? process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try? input.fileHandleForWriting.close()
        let hex = Array(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).prefix(64))
        process.waitUntilExit()
        return stride(from: 0, to: hex.count - 1, by: 2).map { UInt8(String(hex[$0...$0 + 1]), radix: 16) ?? 0 }
    }

    static func sha256Hex(_ text: String) -> String {
        sha256(Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    static func hmac(key: [UInt8], message: String) -> [UInt8] {
        let block = key + [UInt8](repeating: 0, count: 64 - key.count)
        let inner = sha256(block.map { $0 ^ 0x36 } + Array(message.utf8))
        return sha256(block.map { $0 ^ 0x5C } + inner)
    }
}
