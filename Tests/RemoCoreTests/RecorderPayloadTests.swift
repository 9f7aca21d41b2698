import Foundation
import RemoCore
import Testing
import RemoTestSupport

struct RecorderPayloadTests {
    static let alphanumeric = Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".unicodeScalars)

    /// A random valid unit: fields of random length and content within their rules.
    static func randomUnit(using generator: inout SeededGenerator) throws -> RecorderUnit {
        func text(_ alphabet: String, _ lengths: ClosedRange<Int>) -> String {
            let symbols = Array(alphabet)
            return String((0..<Int.random(in: lengths, using: &generator)).map { _ in symbols.randomElement(using: &generator) ?? "A" })
        }
        let alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        let model = text(alphanumeric, 1...1) + text(alphanumeric + "-/.", 0...19)
        let month = try YearMonth(year: 2024, month: 7).adding(months: Int.random(in: 0...900, using: &generator))
        return try RecorderUnit(
            model: model, serial: text(alphanumeric, 1...20), deviceID: text("0123456789ABCDEF", 8...32),
            produced: month.description)
    }

    @Test func parsingAnEncodedPayloadGivesItBack() throws {
        var generator = SeededGenerator(seed: 2024_07)
        for _ in 0..<2000 {
            let unit = try Self.randomUnit(using: &generator)
            let payload = try RecorderPayload(unit: unit, claimCode: ClaimCode(using: &generator))
            let text = payload.text
            #expect(try RecorderPayload(parsing: text) == payload)
            #expect(try RegistrationCode(payload.registrationCode.description) == payload.registrationCode)
            #expect(text.count <= RecorderPayload.maximumLength)
            #expect(text.unicodeScalars.allSatisfy(Self.alphanumeric.contains))
        }
    }

    @Test func everySingleSubstitutionInAPayloadIsDetected() throws {
        var generator = SeededGenerator(seed: 17)
        let replacements = Array(Self.alphanumeric) + ["a", "é"]
        for _ in 0..<12 {
            let payload = try RecorderPayload(
                unit: try Self.randomUnit(using: &generator), claimCode: ClaimCode(using: &generator))
            let original = Array(payload.text.unicodeScalars)
            var accepted: [String] = []
            for position in original.indices {
                for replacement in replacements where replacement != original[position] {
                    var changed = original
                    changed[position] = replacement
                    let text = String(String.UnicodeScalarView(changed))
                    if (try? RecorderPayload(parsing: text)) != nil { accepted.append(text) }
                }
            }
            #expect(accepted.isEmpty, "undetected substitutions of \(payload.text): \(accepted.prefix(3))")
        }
    }

    @Test func unitsBeforeJuly2024GetNoPayload() throws {
        var generator = SeededGenerator(seed: 1)
        let unit = try RecorderUnit(model: "WJ-NX200", serial: "AB1", deviceID: "0A1B2C3D", produced: "2024-06")
        #expect(!unit.hasQRLabel)
        #expect(throws: RecorderPayload.EncodingError.predatesQR(serial: unit.serial, produced: unit.produced)) {
            try RecorderPayload(unit: unit, claimCode: ClaimCode(using: &generator))
        }
        let july = try RecorderUnit(model: "WJ-NX200", serial: "AB1", deviceID: "0A1B2C3D", produced: "2024-07")
        #expect(july.hasQRLabel)
    }

    @Test func preQRPayloadSaysToRegisterBySerial() throws {
        let error = #expect(throws: RecorderPayload.ParseError.self) {
            try RecorderPayload(parsing: "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-06:7K3QX9M2HT4D:A3FE2CE7")
        }
        let message = try #require(error).message
        #expect(message.rendered(in: .english).contains("This unit predates QR registration: register it by its serial number"))
        #expect(message.rendered(in: .japanese).contains("製造番号で登録してください"))
        #expect(message.rendered(in: .english).contains("AB1234567"))
    }

    @Test func eachParseErrorHasItsOwnMessage() throws {
        let errors: [RecorderPayload.ParseError] = [
            .notRemoPayload("X"), .unsupportedVersion("2"), .damaged, .wrongFieldCount(4),
            .preQRUnit(produced: try YearMonth(year: 2024, month: 6), serial: "AB"),
            .malformedField(.serial, "ab", reason: PayloadText.fieldNotCanonical(["canonical": "AB"])),
        ]
        for language in Language.allCases {
            #expect(Set(errors.map { $0.message.rendered(in: language) }).count == errors.count)
        }
        #expect(Set(errors.map(\.code)).count == errors.count)
    }

    @Test func scannerNewlineIsIgnored() throws {
        let text = "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-07:28T5CY4TQKFF:AA7278AE"
        #expect(try RecorderPayload(parsing: text + "\r\n") == (try RecorderPayload(parsing: text)))
    }

    @Test func unitFieldErrorsNameTheField() {
        #expect(throws: RecorderUnit.ParseError.deviceID(.invalidCharacter("XYZ12345", character: "X"))) {
            try RecorderUnit(model: "WJ", serial: "A1", deviceID: "XYZ12345", produced: "2024-07")
        }
        #expect(throws: RecorderUnit.ParseError.produced(.malformedMonth("2024/07"))) {
            try RecorderUnit(model: "WJ", serial: "A1", deviceID: "0A1B2C3D", produced: "2024/07")
        }
    }

    @Test func payloadJSONHasTheFieldsOfTheCommandLineContract() throws {
        let payload = try RecorderPayload(
            parsing: "REMO:1:WJ-NX200:AB1234567:0A1B2C3D4E5F6071:2024-07:28T5CY4TQKFF:AA7278AE")
        let data = try JSONEncoder().encode(payload)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
        #expect(
            object == [
                "model": "WJ-NX200", "serial": "AB1234567", "deviceId": "0A1B2C3D4E5F6071", "produced": "2024-07",
                "claimCode": "28T5CY4TQKFF", "registrationCode": "AB1234567-28T5-CY4T-QKFF-C0",
            ])
        #expect(try JSONDecoder().decode(RecorderPayload.self, from: data) == payload)
    }
}
