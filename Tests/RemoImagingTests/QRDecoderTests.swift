import Foundation
import RemoImaging
import Testing
import RemoTestSupport

struct QRDecoderTests {
    @Test func findsEveryCodeInOneImageWithItsCorners() throws {
        var canvas = try Canvas(width: 640, height: 300)
        canvas.fillRectangle(x: 0, y: 0, width: 640, height: 300, color: .white)
        let placed: [(String, Double, Double)] = [("FIRST", 20, 20), ("SECOND 二番目", 240, 60), ("THIRD", 460, 120)]
        var expected: [String: [PixelPoint]] = [:]
        for (text, x, y) in placed {
            let matrix = try QREncoder.encode(text)
            canvas.drawQR(matrix, x: x, y: y, moduleSize: 6)
            let side = Double(matrix.size * 6)
            expected[text] = [(x, y), (x + side, y), (x + side, y + side), (x, y + side)].map {
                PixelPoint(x: Int($0.0), y: Int($0.1))
            }
        }
        let codes = try QRDecoder().decode(canvas.rasterize())
        #expect(Set(codes.map(\.text)) == Set(placed.map(\.0)))
        for code in codes {
            let text = try #require(code.text)
            let corners = try #require(expected[text])
            for (found, wanted) in zip(code.corners, corners) {
                #expect(abs(found.x - wanted.x) <= 3 && abs(found.y - wanted.y) <= 3, "\(code.text ?? "?"): \(code.corners)")
            }
        }
    }

    @Test(arguments: [1, 2, 3])
    func firstCornerIsTheSymbolsOwnTopLeftWhateverTheTurn(quarterTurns: Int) throws {
        let upright = try Canvas.qrCode(QREncoder.encode("TURNED"), moduleSize: 4, quietZone: 4).rasterize()
        let turned = upright.rotated(quarterTurns: quarterTurns)
        let corners = try #require(try QRDecoder().decode(turned).first?.corners)
        let centre = PixelPoint(x: turned.width / 2, y: turned.height / 2)
        // The symbol's top-left corner, turned clockwise `quarterTurns` times about the centre.
        let topLeft = try #require(try QRDecoder().decode(upright).first?.corners.first)
        var point = (x: topLeft.x - centre.x, y: topLeft.y - centre.y)
        for _ in 0..<quarterTurns { point = (-point.y, point.x) }
        #expect(abs(corners[0].x - (centre.x + point.x)) <= 3 && abs(corners[0].y - (centre.y + point.y)) <= 3)
    }

    @Test func imagesWithoutCodesGiveNone() throws {
        var random = SeededGenerator(seed: 3)
        let noise = GrayImage(width: 200, height: 150, pixels: (0..<30_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(try QRDecoder().decode(noise).isEmpty)
        #expect(try QRDecoder().decode(GrayImage(width: 1, height: 1)).isEmpty)
    }

    /// Words zbar's own charset guess reads as Shift_JIS or Big5 (zbarimg prints
    /// 逋ｻ骭ｲ for 登録 and 鞎拙ㄡ for 販売); remo asks zbar for the bytes.
    @Test(arguments: ["登録", "販売", "機器番号", "カメラ", "レコーダー", "未割り当て", "永年"])
    func utf8TextComesBackAsWrittenWhereZbarWouldGuessAnotherCharset(text: String) throws {
        let image = try Canvas.qrCode(QREncoder.encode(text), moduleSize: 4, quietZone: 4).rasterize()
        #expect(try QRDecoder().decode(image).map(\.text) == [text])
    }

    @Test(arguments: [
        ([0x93, 0xFA, 0x96, 0x7B] as [UInt8], "日本"),  // Shift_JIS, as older Japanese encoders write
        ([0x63, 0x61, 0x66, 0xE9], "café"),  // ISO 8859-1, the standard's default
    ])
    func bytesThatAreNotUTF8AreReadAsShiftJISThenLatin1(bytes: [UInt8], text: String) throws {
        let image = try Canvas.qrCode(QREncoder.encode(bytes: bytes), moduleSize: 4, quietZone: 4).rasterize()
        let code = try #require(try QRDecoder().decode(image).first)
        #expect(code.bytes == bytes)
        #expect(code.text == text)
    }

    @Test func invertedCodesAreFoundOnlyWhenAskedFor() throws {
        let image = try Canvas.qrCode(QREncoder.encode("LIGHT ON DARK"), moduleSize: 4, quietZone: 4).rasterize()
        let inverted = GrayImage(width: image.width, height: image.height, pixels: image.pixels.map { 255 - $0 })
        #expect(try QRDecoder().decode(inverted).isEmpty)
        let decoder = QRDecoder(settings: .init(findsInvertedCodes: true))
        #expect(try decoder.decode(inverted).map(\.text) == ["LIGHT ON DARK"])
    }

    @Test func oneDecoderServesManyTasksAtOnce() async throws {
        let decoder = QRDecoder()
        let images = try (0..<8).map { try Canvas.qrCode(QREncoder.encode("TASK \($0)"), moduleSize: 3, quietZone: 4).rasterize() }
        let texts = try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for (index, image) in images.enumerated() {
                group.addTask { (index, try decoder.decode(image).compactMap(\.text)) }
            }
            var texts = [[String]](repeating: [], count: images.count)
            for try await (index, found) in group { texts[index] = found }
            return texts
        }
        #expect(texts == (0..<8).map { ["TASK \($0)"] })
    }
}
