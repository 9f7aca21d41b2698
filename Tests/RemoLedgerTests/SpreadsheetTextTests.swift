import RemoCore
import RemoLedger
import Testing

struct SpreadsheetTextTests {
    /// `①,髙,㈱,ｱｲｳ` in CP932: NEC and IBM extensions and half-width katakana.
    static let cp932Row: [UInt8] = [0x87, 0x40, 0x2C, 0xFB, 0xFC, 0x2C, 0x87, 0x8A, 0x2C, 0xB1, 0xB2, 0xB3]

    @Test func readsCP932AsJapaneseExcelSavesItDetectingIt() throws {
        let bytes = Array("activation_id,name\r\n".utf8) + SpreadsheetTextTests.cp932Row + [0x0D, 0x0A]
        let decoded = try SpreadsheetText.decode(bytes, source: "cards.csv")
        #expect(decoded.encoding == .cp932)
        #expect(decoded.text == "activation_id,name\r\n①,髙,㈱,ｱｲｳ\r\n")
    }

    @Test func roundTripsCP932ExtensionsAndHalfWidthKatakana() throws {
        let text = "山田,①②,髙橋,㈱アイ,ｶﾀｶﾅ混在,～\n"
        let bytes = try SpreadsheetText.encode(text, as: .cp932)
        #expect(bytes.starts(with: [0x8E, 0x52, 0x93, 0x63]))  // 山田
        #expect(try SpreadsheetText.decode(bytes, source: "x.csv", encoding: .cp932).text == text)
        #expect(try SpreadsheetText.decode(bytes, source: "x.csv").text == text)
    }

    @Test func aRowOfHalfWidthKatakanaRoundTripsThroughCP932AndIsDetected() throws {
        let text = "model,serial,device_id,produced,備考\r\nWJ-NX400K,JP0001,0A1B2C3D,2024-07,ｶﾒﾗ ①号 髙島屋㈱\r\n"
        let bytes = try SpreadsheetText.encode(text, as: .cp932)
        // ｶﾒﾗ is three single bytes; ① 髙 ㈱ are CP932's NEC and IBM extensions.
        #expect(bytes.count == text.unicodeScalars.filter { $0.isASCII || (0xFF61...0xFF9F).contains($0.value) }.count
            + 2 * text.unicodeScalars.filter { !$0.isASCII && !(0xFF61...0xFF9F).contains($0.value) }.count)
        let katakana: [UInt8] = [0xB6, 0xD2, 0xD7]
        #expect((0...(bytes.count - 3)).contains { Array(bytes[$0..<($0 + 3)]) == katakana })
        let decoded = try SpreadsheetText.decode(bytes, source: "units.csv")
        #expect(decoded.encoding == .cp932 && decoded.text == text)
    }

    @Test func halfWidthKatakanaThatAlsoSpellsUTF8IsReadAsCP932ButAccentedLatinStaysUTF8() throws {
        // ﾒｶ,ﾘｽ is D2 B6 2C D8 BD in CP932: valid UTF-8 too, as Cyrillic and Arabic letters (Ҷ, ؽ).
        let katakana = try SpreadsheetText.encode("name\nﾒｶ,ﾘｽ\n", as: .cp932)
        #expect(String(validating: katakana, as: UTF8.self) != nil)
        let decoded = try SpreadsheetText.decode(katakana, source: "u.csv")
        #expect(decoded.encoding == .cp932 && decoded.text == "name\nﾒｶ,ﾘｽ\n")
        // café and ñ in UTF-8 are valid CP932 too (ﾃｩ...), but read as the Latin letters they are.
        let latin = Array("name\ncafé,niño\n".utf8)
        #expect(try SpreadsheetText.decode(latin, source: "u.csv") == .init(text: "name\ncafé,niño\n", encoding: .utf8, hadByteOrderMark: false))
        // Chosen with --encoding, either reading is taken as asked.
        #expect(try SpreadsheetText.decode(katakana, source: "u.csv", encoding: .utf8).encoding == .utf8)
    }

    @Test func dropsAUTF8ByteOrderMarkAndReadsUTF8() throws {
        let decoded = try SpreadsheetText.decode([0xEF, 0xBB, 0xBF] + Array("名前\n".utf8), source: "a.csv")
        #expect(decoded == .init(text: "名前\n", encoding: .utf8, hadByteOrderMark: true))
        #expect(try SpreadsheetText.decode(Array("名前\n".utf8), source: "a.csv").encoding == .utf8)
        #expect(try SpreadsheetText.encode("a", as: .utf8, byteOrderMark: true) == [0xEF, 0xBB, 0xBF, 0x61])
    }

    @Test func aStrayInvalidByteInCP932IsNamedByLine() {
        // Line 3 holds 0x81 0x20: a lead byte followed by a byte no CP932 character has.
        let bytes = Array("a,b\nc,d\n".utf8) + [0x81, 0x20] + Array("\ne\n".utf8)
        #expect(throws: SpreadsheetTextError.undecodable(source: "units.csv", line: 3, encoding: .cp932)) {
            try SpreadsheetText.decode(bytes, source: "units.csv", encoding: .cp932)
        }
        #expect(throws: SpreadsheetTextError.undecodable(source: "units.csv", line: 3, encoding: .utf8)) {
            try SpreadsheetText.decode(bytes, source: "units.csv", encoding: .utf8)
        }
    }

    @Test func bytesThatAreNeitherEncodingAreNamedByTheLineTheBetterGuessStoppedAt() {
        // Valid CP932 on lines 1-2 (so not UTF-8 from line 1), then an invalid byte on line 3.
        let bytes = SpreadsheetTextTests.cp932Row + [0x0A, 0x41, 0x0A, 0xFF, 0x0A]
        #expect(throws: SpreadsheetTextError.neitherEncoding(source: "u.csv", line: 3)) {
            try SpreadsheetText.decode(bytes, source: "u.csv")
        }
        let message = SpreadsheetTextError.neitherEncoding(source: "u.csv", line: 3).message
        #expect(message.rendered(in: .english).contains("Line 3 of u.csv"))
        #expect(message.rendered(in: .japanese).contains("u.csv の3行目"))
    }

    @Test func utf16IsRefusedWithAdvice() {
        #expect(throws: SpreadsheetTextError.utf16(source: "a.txt")) {
            try SpreadsheetText.decode([0xFF, 0xFE, 0x41, 0x00], source: "a.txt")
        }
    }

    @Test func aCharacterCP932CannotHoldIsNamedByItsCellNeverAQuestionMark() {
        let rows = [["serial", "name"], ["A1", "倉庫"], ["A2", "入口🎥"]]
        #expect(
            throws: SpreadsheetTextError.unrepresentable(
                row: 3, column: 2, columnName: "name", character: "🎥", encoding: .cp932)
        ) { try SpreadsheetText.requireRepresentable(rows, in: .cp932, hasHeader: true) }
        #expect(throws: SpreadsheetTextError.unrepresentable(row: 2, column: 4, columnName: nil, character: "한", encoding: .cp932)) {
            try SpreadsheetText.encode("ok\nab,한\n", as: .cp932)
        }
        #expect(throws: Never.self) { try SpreadsheetText.requireRepresentable(rows, in: .utf8, hasHeader: true) }
    }

    @Test(arguments: [("UTF8", SpreadsheetEncoding.utf8), ("Shift_JIS", .cp932), ("windows-31j", .cp932), ("cp932", .cp932)])
    func encodingsAreKnownByTheNamesPeopleUse(name: String, expected: SpreadsheetEncoding) {
        #expect(SpreadsheetEncoding(name: name) == expected)
    }
}
