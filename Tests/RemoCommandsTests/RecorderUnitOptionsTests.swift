import ArgumentParser
import RemoCommands
import RemoCore
import Testing

struct RecorderUnitOptionsTests {
    private let fields = ["--model", "wj-nx200", "--serial", "ab1234567", "--device-id", "0a1b-2c3d-4e5f-6071"]

    @Test func unitFieldsMakeThePayloadOfTheSpecification() throws {
        let options = try RecorderUnitOptions.parse(fields + ["--produced", "2024-07", "--claim-code", "28t5-cy4t-qkff"])
        var generator = SystemRandomNumberGenerator()
        let payload = try options.payload(using: &generator)
        #expect(payload.text == "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-07:28T5CY4TQKFF:AA7278AE")
    }

    @Test func missingClaimCodeIsMadeFromTheGenerator() throws {
        let options = try RecorderUnitOptions.parse(fields + ["--produced", "2025-01"])
        var first = SystemRandomNumberGenerator()
        let payload = try options.payload(using: &first)
        #expect(try RecorderPayload(parsing: payload.text) == payload)
        #expect(try options.payload(using: &first).claimCode != payload.claimCode)
    }

    @Test func noFieldsIsNotAUnit() throws {
        #expect(try !RecorderUnitOptions.parse([]).isGiven)
    }

    @Test(arguments: [
        (["--model", "WJ"], "--serial, --device-id, --produced"),
        (["--model", "WJ", "--serial", "A1", "--device-id", "XYZ", "--produced", "2024-07"], "device ID"),
        (["--model", "WJ", "--serial", "A1", "--device-id", "0A1B2C3D", "--produced", "2024-7"], "YYYY-MM"),
        (["--model", "WJ", "--serial", "A-1", "--device-id", "0A1B2C3D", "--produced", "2024-07"], "serial number"),
        (["--model", "WJ", "--serial", "A1", "--device-id", "0A1B2C3D", "--produced", "2024-07", "--claim-code", "U"],
            "claim code"),
    ])
    func badFieldsAreCommandLineErrors(arguments: [String], says: String) {
        do {
            _ = try RecorderUnitOptions.parse(arguments)
            Issue.record("\(arguments) must be refused")
        } catch {
            #expect(RecorderUnitOptions.exitCode(for: error).rawValue == 64)
            #expect(RecorderUnitOptions.message(for: error).contains(says), "\(RecorderUnitOptions.message(for: error))")
        }
    }

    @Test func unitBeforeJuly2024IsRefusedWithTheRule() throws {
        let options = try RecorderUnitOptions.parse(fields + ["--produced", "2024-06"])
        var generator = SystemRandomNumberGenerator()
        #expect(throws: RecorderPayload.EncodingError.self) { try options.payload(using: &generator) }
    }

    @Test func catalogueIsSoundInBothLanguages() {
        #expect(UnitOptionText.problems().isEmpty)
    }
}
