import RemoCore
import Testing
import RemoTestSupport

struct IdentifierTests {
    @Test(arguments: [
        "ABCD-EFGH-JKLM-NP23", "abcd efgh jklm np23", "ABCDE-FGHJK-LMNP2-3", "ABCDEFGHJKLMNP23",
        "  abcd-efgh-jklm-np23\n", "ＡＢＣＤ－ＥＦＧＨ－ＪＫＬＭ－ＮＰ２３", "ABCD　EFGH ー JKLM—NP23",
    ])
    func activationIDAcceptsAnyGroupingAndCase(_ text: String) throws {
        let id = try ActivationID(text)
        #expect(id.rawValue == "ABCDEFGHJKLMNP23")
        #expect(id.description == "ABCD-EFGH-JKLM-NP23")
    }

    @Test func activationIDKeepsLettersThatLookLikeDigits() throws {
        #expect(try ActivationID("OOII-0011-OIOI-0101").rawValue == "OOII0011OIOI0101")
        #expect(try ActivationID("OOII-0011-OIOI-0101") != (try ActivationID("0011-0011-0101-0101")))
    }

    @Test func badActivationIDsEachSayWhatIsWrong() {
        #expect(throws: ActivationID.ParseError.empty) { try ActivationID(" - ") }
        #expect(throws: ActivationID.ParseError.wrongLength("ABCD-EFGH-JKLM", length: 12)) {
            try ActivationID("ABCD-EFGH-JKLM")
        }
        #expect(throws: ActivationID.ParseError.invalidCharacter("ABCD-EFGH-JKLM-NP2_", character: "_")) {
            try ActivationID("ABCD-EFGH-JKLM-NP2_")
        }
        let message = ActivationID.ParseError.wrongLength("ABCD", length: 4).message
        #expect(message.rendered(in: .english).contains("activation ID") && message.rendered(in: .english).contains("16"))
        #expect(message.rendered(in: .japanese).contains("起動ID番号"))
    }

    @Test func encryptionIDIsEightCharacters() throws {
        #expect(try EncryptionID("ab12 cd34").description == "AB12-CD34")
        #expect(throws: EncryptionID.ParseError.wrongLength("AB12-CD345", length: 9)) { try EncryptionID("AB12-CD345") }
        #expect(EncryptionID.ParseError.empty.message.rendered(in: .japanese).contains("暗号ID番号"))
    }

    @Test func deviceIDIsHexadecimalOfEightToThirtyTwo() throws {
        #expect(try DeviceID("0a1b-2c3d 4e5f").rawValue == "0A1B2C3D4E5F")
        #expect(throws: DeviceID.ParseError.invalidCharacter("0A1B2C3G", character: "G")) { try DeviceID("0A1B2C3G") }
        #expect(throws: DeviceID.ParseError.wrongLength("0A1B2C3", length: 7)) { try DeviceID("0A1B2C3") }
        #expect(throws: DeviceID.ParseError.wrongLength(String(repeating: "A", count: 33), length: 33)) {
            try DeviceID(String(repeating: "A", count: 33))
        }
        let message = DeviceID.ParseError.invalidCharacter("0A1G", character: "G").message
        #expect(message.rendered(in: .english).contains("0-9 or A-F"))
        #expect(message.rendered(in: .japanese).contains("機器ID番号"))
    }

    @Test(arguments: ["00:80:45:12:34:ab", "00-80-45-12-34-AB", "0080.4512.34ab", "008045 1234AB"])
    func macAddressAcceptsCommonGroupings(_ text: String) throws {
        let mac = try MACAddress(text)
        #expect(mac.bytes == [0x00, 0x80, 0x45, 0x12, 0x34, 0xAB])
        #expect(mac.description == "00:80:45:12:34:AB")
    }

    @Test func badMACAddressesAreRefused() {
        #expect(throws: MACAddress.ParseError.wrongLength("00:80:45:12:34", length: 10)) { try MACAddress("00:80:45:12:34") }
        #expect(throws: MACAddress.ParseError.invalidCharacter("00:80:45:12:34:ZZ", character: "Z")) {
            try MACAddress("00:80:45:12:34:ZZ")
        }
    }

    @Test func serialIsOpaqueUpperCaseAlphanumeric() throws {
        #expect(try SerialNumber(" ab1234567 ").rawValue == "AB1234567")
        #expect(try SerialNumber("O0I1").rawValue == "O0I1")
        #expect(throws: SerialNumber.ParseError.invalidCharacter("AB-123", character: "-")) { try SerialNumber("AB-123") }
        #expect(throws: SerialNumber.ParseError.invalidCharacter("AB 123", character: " ")) { try SerialNumber("AB 123") }
        #expect(SerialNumber.ParseError.invalidCharacter("AB 123", character: " ").message.rendered(in: .english)
            .contains("a space"))
        #expect(throws: SerialNumber.ParseError.wrongLength(String(repeating: "9", count: 21), length: 21)) {
            try SerialNumber(String(repeating: "9", count: 21))
        }
    }

    @Test func anIdentifierAlreadyInItsFormReadsAsItselfAndTheSameTypedAnyOtherWay() throws {
        // A canonical text takes the byte-wise shortcut; every other way of typing it goes the long way.
        for (canonical, typed) in [("AB1234567", "ab1234567"), ("AB1234567", "ＡＢ1234567 ")] {
            #expect(try SerialNumber(canonical).rawValue == canonical)
            #expect(try SerialNumber(typed).rawValue == canonical)
        }
        #expect(try ModelNumber("WJ-NX400K/G").rawValue == "WJ-NX400K/G")
        #expect(try ModelNumber("wj-nx400k/g").rawValue == "WJ-NX400K/G")
        for typed in ["0A1B2C3D00000001", "0A1B-2C3D-0000-0001", "0a1b2c3d00000001", "0A1B\t2C3D00000001"] {
            #expect(try DeviceID(typed).rawValue == "0A1B2C3D00000001")
        }
        for typed in ["008045123AB0", "00:80:45:12:3A:B0", "0080.4512.3ab0"] {
            #expect(try MACAddress(typed).rawValue == "00:80:45:12:3A:B0")
        }
        #expect(throws: SerialNumber.ParseError.self) { try SerialNumber("AB\u{7F}1") }
    }

    @Test func modelNumberAllowsHyphensSlashesAndDots() throws {
        #expect(try ModelNumber("wj-nx200/x.1").rawValue == "WJ-NX200/X.1")
        #expect(throws: ModelNumber.ParseError.invalidCharacter("-WJ", character: "-")) { try ModelNumber("-WJ") }
        #expect(throws: ModelNumber.ParseError.invalidCharacter("WJ:NX", character: ":")) { try ModelNumber("WJ:NX") }
        #expect(throws: ModelNumber.ParseError.empty) { try ModelNumber("") }
    }

    @Test func claimCodeForgivesConfusableCharacters() throws {
        let code = try ClaimCode("7k3q-x9m2-ht4d")
        #expect(code.rawValue == "7K3QX9M2HT4D")
        #expect(code.description == "7K3Q-X9M2-HT4D")
        #expect(try ClaimCode("OIL0 1234 5678").rawValue == "011012345678")
        #expect(throws: ClaimCode.ParseError.invalidCharacter("U23456789ABC", character: "U")) {
            try ClaimCode("U23456789ABC")
        }
    }

    @Test func claimCodesComeFromTheGivenRandomness() {
        var generator = SeededGenerator(seed: 42)
        var codes = Set<ClaimCode>()
        for _ in 0..<1000 {
            let code = ClaimCode(using: &generator)
            #expect(code.rawValue.unicodeScalars.allSatisfy { "0123456789ABCDEFGHJKMNPQRSTVWXYZ".unicodeScalars.contains($0) })
            #expect(code.rawValue.count == 12)
            codes.insert(code)
        }
        #expect(codes.count == 1000)
        #expect(ClaimCode(randomBytes: [0, 0, 0, 0, 0, 0, 0, 0]).rawValue == "000000000000")
        #expect(ClaimCode(randomBytes: [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]).rawValue == "ZZZZZZZZZZZZ")
    }

    @Test func claimCodeHashInputBindsTheSerial() throws {
        let code = try ClaimCode("7K3QX9M2HT4D")
        #expect(String(decoding: code.hashInput(serial: try SerialNumber("AB12")), as: UTF8.self) == "REMO-CLAIM:1:AB12:7K3QX9M2HT4D")
    }

    @Test func identifiersReadFromRawValues() throws {
        #expect(ActivationID(rawValue: "ABCD-EFGH-JKLM-NP23")?.rawValue == "ABCDEFGHJKLMNP23")
        #expect(DeviceID(rawValue: "XYZ") == nil)
    }
}
