import RemoCore
import RemoImaging
import Testing

/// No wrong text, ever (``QRText``): a text whose character set is a guess
/// is no text, and the bytes and the guesses say what the code holds. The
/// symbols are made by libqrencode (8-bit mode, with or without an ECI
/// header) and read back through the photo decoder, as `remo qr decode` reads them.
struct QRTextTests {
    /// "中文标签" in GB2312: also valid Shift_JIS (half-width katakana and a
    /// kanji), the wrong text a guess gave.
    static let gb2312: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0xB1, 0xEA, 0xC7, 0xA9]
    /// "日本語ラベル" in Shift_JIS: lead bytes no GB2312, Big5 or EUC-KR text has.
    static let shiftJIS: [UInt8] = [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x83, 0x89, 0x83, 0x78, 0x83, 0x8B]

    static func read(_ matrix: QRMatrix) throws -> DecodedQR {
        let image = try Canvas.qrCode(matrix, moduleSize: 4, quietZone: 4).rasterize()
        let codes = try QRPhotoDecoder().decode(image)
        #expect(codes.count == 1)
        return try #require(codes.first)
    }

    @Test func aGB2312TextWithoutAnECIGivesNoTextButItsBytesAndTheGuesses() throws {
        let code = try QRTextTests.read(QREncoder.encode(bytes: QRTextTests.gb2312))
        #expect(code.text == nil)
        #expect(code.bytes == QRTextTests.gb2312)
        #expect(code.reading.charsets.contains("GB2312"))
        #expect(code.reading.charsets.count > 1)
        let why = try #require(code.whyNoText)
        #expect(why.rendered(in: .english).contains("GB2312"))
        #expect(why.rendered(in: .japanese).contains("GB2312"))
    }

    @Test func aShiftJISTextWithoutAnECIReadsAsShiftJIS() throws {
        let code = try QRTextTests.read(QREncoder.encode(bytes: QRTextTests.shiftJIS))
        #expect(code.text == "日本語ラベル")
        #expect(code.reading == .read("日本語ラベル", charset: "Shift_JIS"))
        #expect(code.whyNoText == nil)
    }

    @Test func anECIUTF8TextReadsInItsDeclaredCharacterSet() throws {
        let text = "登録コード ECI"
        let code = try QRTextTests.read(QREncoder.encode(bytes: Array(text.utf8), eci: 26))
        #expect(code.reading == .read(text, charset: "UTF-8"))
    }

    @Test func aDeclaredShiftJISSettlesBytesThatAreAlsoGB2312Shaped() throws {
        // "ﾗﾍﾞﾙ" in half-width katakana: GB2312-shaped too, so without the ECI no text.
        let bytes: [UInt8] = [0xD7, 0xCD, 0xDE, 0xD9]
        #expect(QRText(bytes: bytes).text == nil)
        let code = try QRTextTests.read(QREncoder.encode(bytes: bytes, eci: 20))
        #expect(code.reading == .read("ﾗﾍﾞﾙ", charset: "Shift_JIS"))
    }

    @Test func aCharacterSetRemoDoesNotConvertIsNamedNotGuessed() {
        let reading = QRText(bytes: QRTextTests.gb2312, eci: 29)
        #expect(reading == .unconverted(charset: "GB18030"))
        #expect(reading.whyNoText(bytes: 8)?.rendered(in: .english).contains("GB18030") == true)
    }

    @Test(arguments: [
        ([0x63, 0x61, 0x66, 0xE9] as [UInt8], "café"),  // shaped like no double-byte set: ISO 8859-1
        (Array("REMO:1".utf8), "REMO:1"),
        (Array("登録".utf8), "登録"),
    ])
    func textsThatAreNotAGuessRead(bytes: [UInt8], text: String) {
        #expect(QRText(bytes: bytes).text == text)
    }

    @Test func bytesShapedLikeSeveralDoubleByteSetsAreUndecided() {
        // Valid EUC-KR and GB2312 shapes, not Shift_JIS-only.
        let reading = QRText(bytes: [0xB0, 0xA1, 0xB0, 0xA2])
        #expect(reading.text == nil)
        #expect(reading.charsets.contains("EUC-KR"))
        #expect(reading.charsets.last == "ISO-8859-1")
    }
}
