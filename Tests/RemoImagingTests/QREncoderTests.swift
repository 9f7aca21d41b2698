import RemoCore
import RemoImaging
import Testing
import RemoTestSupport

struct QREncoderTests {
    /// The most bytes a version 40 symbol holds in 8-bit mode (ISO/IEC 18004 table 7).
    static let byteCapacity: [(QRErrorCorrection, Int)] = [(.low, 2953), (.medium, 2331), (.quartile, 1663), (.high, 1273)]

    @Test func symbolSizeFollowsItsVersion() throws {
        for text in ["A", "remo", String(repeating: "x", count: 300)] {
            let matrix = try QREncoder.encode(text)
            #expect(matrix.size == 17 + 4 * matrix.version)
            #expect(matrix.errorCorrection == .medium)
        }
    }

    @Test func upperCaseAlphanumericTextUsesTheCompactAlphanumericMode() throws {
        // 120 characters of the QR alphanumeric set: version 5-M holds 122 of them
        // in alphanumeric mode; in 8-bit mode 120 bytes need version 7-M (122 bytes).
        let text = String(repeating: "REMO1:WJ-NX400/ABC 12$", count: 6).prefix(120)
        let compact = try QREncoder.encode(String(text), errorCorrection: .medium)
        let asBytes = try QREncoder.encode(bytes: Array(text.utf8), errorCorrection: .medium)
        #expect(compact.version == 5)
        #expect(asBytes.version == 7)
    }

    @Test func digitsUseNumericModeAndLowerCaseDoesNot() throws {
        let digits = try QREncoder.encode(String(repeating: "0123456789", count: 10), errorCorrection: .low)
        let lower = try QREncoder.encode(String(repeating: "abcdefghij", count: 10), errorCorrection: .low)
        #expect(digits.version == 3)  // 100 digits fit version 3-L (127)
        #expect(lower.version == 5)  // 100 bytes need version 5-L (106)
    }

    @Test func higherLevelsNeedLargerSymbols() throws {
        let text = String(repeating: "label-", count: 30)
        let versions = try QRErrorCorrection.allCases.map { try QREncoder.encode(text, errorCorrection: $0).version }
        #expect(versions == versions.sorted())
        #expect(versions.first! < versions.last!)
    }

    @Test(arguments: byteCapacity)
    func fullestSymbolTakesTheCapacityAndOneByteMoreIsRefused(level: QRErrorCorrection, capacity: Int) throws {
        var generator = SeededGenerator(seed: UInt64(capacity))
        let bytes = (0...capacity).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let fullest = try QREncoder.encode(bytes: Array(bytes.prefix(capacity)), errorCorrection: level)
        #expect(fullest.version == 40)
        let error = #expect(throws: ImagingError.self) { try QREncoder.encode(bytes: bytes, errorCorrection: level) }
        #expect(error?.code == .qrTextTooLong)
        let english = try #require(error?.message.rendered(in: .english))
        #expect(english.contains("\(capacity + 1) bytes"))
        #expect(english.contains("level \(level.rawValue)"))
        #expect(error?.message.rendered(in: .japanese).contains("誤り訂正レベル\(level.rawValue)") == true)
    }

    @Test func textTooLongAtTheChosenLevelMayFitALowerOne() throws {
        let text = String(repeating: "あ", count: 500)  // 1500 UTF-8 bytes
        let error = #expect(throws: ImagingError.self) { try QREncoder.encode(text, errorCorrection: .high) }
        #expect(error?.code == .qrTextTooLong)
        #expect(try QREncoder.encode(text, errorCorrection: .low).version <= 40)
    }

    @Test func emptyInputIsRefused() {
        #expect(throws: ImagingError.self) { try QREncoder.encode("") }
        let error = #expect(throws: ImagingError.self) { try QREncoder.encode(bytes: []) }
        #expect(error?.code == .qrTextEmpty)
    }

    @Test func textWithANULCharacterIsEncodedWhole() throws {
        let text = "before\u{0}after"
        let image = try Canvas.qrCode(QREncoder.encode(text), moduleSize: 4, quietZone: 4).rasterize()
        let codes = try QRDecoder().decode(image)
        #expect(codes.map(\.bytes) == [Array(text.utf8)])
    }
}
