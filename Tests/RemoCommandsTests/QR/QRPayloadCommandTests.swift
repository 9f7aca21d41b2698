import ArgumentParser
import Foundation
import RemoCommands
import RemoCore
import RemoImaging
import RemoLedger
import Testing

struct QRPayloadCommandTests {
    private let unit = [
        "--model", "WJ-NX200", "--serial", "AB1234567", "--device-id", "0A1B2C3D4E5F6071", "--produced", "2024-07",
    ]
    private let expected = "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-07:28T5CY4TQKFF:AA7278AE"

    @Test func payloadPrintsTheTextOfTheSpecification() throws {
        let result = try RemoProcess.run(["qr", "payload"] + unit + ["--claim-code", "28T5-CY4T-QKFF"])
        #expect(result.status == 0)
        #expect(result.standardOutput == expected + "\n")
        #expect(result.standardError.contains("AB1234567-28T5-CY4T-QKFF-C0"))
    }

    @Test func payloadJSONHasTheTextAndTheFields() throws {
        let command = try #require(
            try RemoCommand.parseAsRoot(["qr", "payload"] + unit + ["--claim-code", "28T5CY4TQKFF"]) as? QRCommand.Payload)
        var generator = SystemRandomNumberGenerator()
        let data = try JSONEncoder().encode(try command.report(using: &generator))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(object["payload"] == expected)
        #expect(object["registrationCode"] == "AB1234567-28T5-CY4T-QKFF-C0")
        #expect(Set(object.keys) == ["payload", "model", "serial", "deviceId", "produced", "claimCode", "registrationCode"])
    }

    @Test func unitBeforeJuly2024IsRefusedWithExitStatusOne() throws {
        let result = try RemoProcess.run(["qr", "payload"] + unit.dropLast() + ["2024-06"])
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("before July 2024") || result.standardError.contains("before 2024-07"))
    }

    @Test(arguments: [
        ["qr", "payload"], ["qr", "payload", "--model", "WJ"],
        ["qr", "payload", "--model", "WJ", "--serial", "A1", "--device-id", "XYZ", "--produced", "2024-07"],
        ["qr", "encode", "--text", "x", "--model", "WJ", "--serial", "A1", "--device-id", "0A1B2C3D", "--produced", "2024-07", "-o", "a.png"],
        ["qr", "encode", "--model", "WJ", "--serial", "A1", "-o", "a.png"],
    ])
    func badUnitFieldsExitWith64(arguments: [String]) {
        do {
            _ = try RemoCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) was accepted")
        } catch {
            #expect(RemoCommand.exitCode(for: error).rawValue == 64)
        }
    }

    @Test func encodedUnitDecodesToItsPayload() throws {
        try withTemporaryDirectory { directory in
            let label = directory + "/label.png"
            let encoded = try RemoProcess.run(["qr", "encode"] + unit + ["-o", label, "--module-px", "4"])
            #expect(encoded.status == 0, "\(encoded.standardError)")
            let decoded = try RemoProcess.run(["qr", "decode", label, "--json"])
            #expect(decoded.status == 0)
            let files = try #require(
                try JSONSerialization.jsonObject(with: Data(decoded.standardOutput.utf8)) as? [[String: Any]])
            let code = try #require((files.first?["codes"] as? [[String: Any]])?.first)
            let payload = try #require(code["payload"] as? [String: String])
            #expect(payload["serial"] == "AB1234567")
            #expect(payload["deviceId"] == "0A1B2C3D4E5F6071")
            #expect(payload["produced"] == "2024-07")
            #expect(code["payloadError"] is NSNull)
            // The random claim code read back makes the registration code on standard error.
            let claimCode = try ClaimCode(payload["claimCode"] ?? "")
            let registration = RegistrationCode(serial: try SerialNumber("AB1234567"), claimCode: claimCode)
            #expect(encoded.standardError.contains(registration.description))
        }
    }

    @Test func decodeReportsWhyARemoPayloadIsInvalidAndIgnoresOtherCodes() async throws {
        try await withTemporaryDirectory { directory in
            let texts = [
                "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-06:7K3QX9M2HT4D:A3FE2CE7",
                "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-07:28T5CY4TQKFF:AA7278AF",
                "HTTPS://EXAMPLE.COM/",
            ]
            var files: [String] = []
            for (index, text) in texts.enumerated() {
                let file = directory + "/\(index).png"
                try Canvas.qrCode(QREncoder.encode(text), moduleSize: 4, quietZone: 4).write(to: file)
                files.append(file)
            }
            let report = QRDecodeReport(await QRFileScanner().scan(files: files))
            let codes = report.files.map { $0.codes.first }
            #expect(codes.allSatisfy { $0?.payload == nil })
            #expect(codes[0]?.payloadError?.contains("predates QR registration") == true)
            #expect(codes[1]?.payloadError?.contains("damaged") == true)
            #expect(codes[2]?.text == "HTTPS://EXAMPLE.COM/")
            #expect(codes[2]?.payloadError?.contains("HTTPS://EXAMPLE.COM/") == true)
        }
    }

    @Test func licenseCommandsRunEndToEnd() throws {
        let plan = try RemoProcess.run(["license", "plan", "--cameras", "15", "--json"])
        #expect(plan.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(plan.standardOutput.utf8)) as? [String: Any])
        #expect(object["registrations"] as? Int == 5)
        let bad = try RemoProcess.run(["license", "dates", "--assigned", "2025-02-29", "--term", "1y"])
        #expect(bad.status == 64)
        #expect(bad.standardOutput.isEmpty)
        #expect(bad.standardError.contains("2025-02-29"))
        let japanese = try RemoProcess.run(["license", "notices", "--expires", "2026-04-30", "--lang", "ja"])
        #expect(japanese.standardOutput.contains("販売パートナー"))
    }

    @Test func catalogueIsSound() {
        #expect(UnitOptionText.problems().isEmpty)
    }
}
