import RemoCore
import Testing
import RemoTestSupport

struct RegistrationCodeTests {
    static let characters = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".unicodeScalars)

    /// Whether two characters mean the same in the claim-code and check part.
    static func sameInBase32(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        func canonical(_ c: Unicode.Scalar) -> Unicode.Scalar { c == "O" ? "0" : (c == "I" || c == "L") ? "1" : c }
        return canonical(a) == canonical(b)
    }

    @Test func everySingleSubstitutionIsDetected() throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<40 {
            let unit = try RecorderPayloadTests.randomUnit(using: &generator)
            let code = RegistrationCode(serial: unit.serial, claimCode: ClaimCode(using: &generator))
            let original = Array(code.rawValue.unicodeScalars)
            let serialLength = unit.serial.rawValue.count
            var accepted: [String] = []
            for position in original.indices {
                for replacement in Self.characters where replacement != original[position] {
                    if position >= serialLength, Self.sameInBase32(replacement, original[position]) { continue }
                    var changed = original
                    changed[position] = replacement
                    let text = String(String.UnicodeScalarView(changed))
                    if (try? RegistrationCode(text)) != nil { accepted.append(text) }
                }
            }
            #expect(accepted.isEmpty, "undetected substitutions of \(code): \(accepted.prefix(3))")
        }
    }

    @Test func everySwapOfNeighboursIsDetected() throws {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<100 {
            let unit = try RecorderPayloadTests.randomUnit(using: &generator)
            let code = RegistrationCode(serial: unit.serial, claimCode: ClaimCode(using: &generator))
            let original = Array(code.rawValue.unicodeScalars)
            for position in original.indices.dropLast() where original[position] != original[position + 1] {
                var swapped = original
                swapped.swapAt(position, position + 1)
                if position >= unit.serial.rawValue.count,
                    Self.sameInBase32(original[position], original[position + 1])
                {
                    continue
                }
                #expect((try? RegistrationCode(String(String.UnicodeScalarView(swapped)))) == nil)
            }
        }
    }

    @Test func typedCodeForgivesCaseSpacesHyphensAndConfusables() throws {
        let code = RegistrationCode(serial: try SerialNumber("AB1234567"), claimCode: try ClaimCode("28T5CY4TQKFF"))
        #expect(code.description == "AB1234567-28T5-CY4T-QKFF-C0")
        #expect(try RegistrationCode(" ab1234567 28t5cy4t-qkff co ") == code)
        #expect(try RegistrationCode(code.rawValue) == code)
    }

    @Test func badCodesEachSayWhatIsWrong() {
        #expect(throws: RegistrationCode.ParseError.empty) { try RegistrationCode(" -- ") }
        #expect(throws: RegistrationCode.ParseError.invalidCharacter("AB#1", character: "#")) { try RegistrationCode("AB#1") }
        #expect(throws: RegistrationCode.ParseError.wrongLength("AB-1234", length: 6)) { try RegistrationCode("AB-1234") }
        #expect(throws: RegistrationCode.ParseError.typo("AB1234567-28T5-CY4T-QKFF-C1")) {
            try RegistrationCode("AB1234567-28T5-CY4T-QKFF-C1")
        }
        let messages = [
            RegistrationCode.ParseError.empty, .invalidCharacter("x", character: "#"), .wrongLength("x", length: 3),
            .typo("x"),
        ].map { $0.message.rendered(in: .japanese) }
        #expect(Set(messages).count == 4)
    }
}
