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

    /// GB2312 codes with no ECI made by other encoders (docs/fixtures.md), and
    /// their bytes: segno's "中文型号 WJ-NX300", also valid Shift_JIS
    /// ("ﾖﾐﾎﾄﾐﾍｺﾅ WJ-NX300", the text zxing-cpp 3.1 gives it), and qrencode's
    /// "录像机型号 WJ-NX300 序列号 AB1234", which is not (zxing-cpp 3.1 gives
    /// ISO 8859-1, zbarimg a Big5 guess).
    static let otherEncoders: [String: [UInt8]] = [
        "qr-gb2312-segno.png": [0xD6, 0xD0, 0xCE, 0xC4, 0xD0, 0xCD, 0xBA, 0xC5] + Array(" WJ-NX300".utf8),
        "qr-gb2312-qrencode.png": [0xC2, 0xBC, 0xCF, 0xF1, 0xBB, 0xFA, 0xD0, 0xCD, 0xBA, 0xC5] + Array(" WJ-NX300 ".utf8)
            + [0xD0, 0xF2, 0xC1, 0xD0, 0xBA, 0xC5] + Array(" AB1234".utf8),
    ]

    @Test(arguments: ["qr-gb2312-segno.png", "qr-gb2312-qrencode.png"], [true, false])
    func aGB2312CodeFromAnotherEncoderGivesNoTextButItsBytesAndTheGuesses(file: String, secondEngine: Bool) throws {
        var decoder = QRPhotoDecoder()
        if !secondEngine { decoder.secondEngine = nil }
        let codes = try decoder.decode(ImageLoader().load(path: fixture(file)))
        #expect(codes.count == 1)
        let code = try #require(codes.first)
        #expect(code.bytes == QRTextTests.otherEncoders[file])
        #expect(code.text == nil)
        #expect(code.reading.charsets.contains("GB2312"))
    }

    @Test func theGB2312TextThatIsAlsoShiftJISHasShiftJISAmongItsGuessesOnly() throws {
        let reading = QRText(bytes: try #require(QRTextTests.otherEncoders["qr-gb2312-segno.png"]))
        #expect(reading == .undecided(guesses: ["Shift_JIS", "GB2312", "Big5", "EUC-KR", "ISO-8859-1"]))
    }
}
