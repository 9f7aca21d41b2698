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
