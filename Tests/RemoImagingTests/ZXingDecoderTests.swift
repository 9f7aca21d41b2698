import RemoImaging
import RemoTestSupport
import Testing

/// The second engine, zxing-cpp through Debian's libzxing: libqrencode → cairo →
/// zxing-cpp round trips, and the same text as zbar gives for the same symbol.
struct ZXingDecoderTests {
    @Test(arguments: ["REMO EDGE 0001", "日本語のラベル 登録コード", "x"])
    func readsBackWhatLibqrencodeWroteWithItsCorners(text: String) throws {
        let matrix = try QREncoder.encode(text)
        let module = 5
        let quiet = 4
        let image = try Canvas.qrCode(matrix, moduleSize: Double(module), quietZone: quiet).rasterize()
        let codes = ZXingDecoder().decode(image)
        let code = try #require(codes.first)
        #expect(codes.count == 1)
        #expect(code.text == text)
        #expect(code.bytes == Array(text.utf8))
        let near = quiet * module
        let far = (quiet + matrix.size) * module
        let expected = [(near, near), (far, near), (far, far), (near, far)]
        #expect(code.corners.count == 4)
        for (corner, point) in zip(code.corners, expected) {
            #expect(abs(corner.x - point.0) <= module && abs(corner.y - point.1) <= module, "\(code.corners)")
        }
    }

    @Test func everyByteValueComesBackAsZbarGivesIt() throws {
        var random = SeededGenerator(seed: 11)
        let bytes = (0...255).map { UInt8($0) }.shuffled(using: &random)
        let image = try Canvas.qrCode(QREncoder.encode(bytes: bytes), moduleSize: 4, quietZone: 4).rasterize()
        let zxing = try #require(ZXingDecoder().decode(image).first)
        let zbar = try #require(try QRDecoder().decode(image).first)
        #expect(zxing.bytes == bytes)
        #expect(zxing.text == zbar.text)
    }

    @Test(arguments: [(0, 17.0), (1, 33.0), (2, 128.0)])
    func readsATurnedCode(quarterTurns: Int, degrees: Double) throws {
        let upright = try Canvas.qrCode(QREncoder.encode("TURNED \(degrees)"), moduleSize: 6, quietZone: 6).rasterize()
        let turned = Warp.rotated(upright.rotated(quarterTurns: quarterTurns), degrees: degrees)
        #expect(ZXingDecoder().decode(turned).map(\.text) == ["TURNED \(degrees)"])
    }

    @Test func findsEveryCodeInOneImage() throws {
        var canvas = try Canvas(width: 700, height: 300)
        canvas.fillRectangle(x: 0, y: 0, width: 700, height: 300, color: .white)
        let texts = ["FIRST", "SECOND 二番目", "THIRD"]
        for (index, text) in texts.enumerated() {
            canvas.drawQR(try QREncoder.encode(text), x: 30 + Double(index) * 230, y: 40, moduleSize: 6)
        }
        let image = try canvas.rasterize()
        #expect(Set(ZXingDecoder().decode(image).map(\.text)) == Set(texts))
    }

    @Test func imagesWithoutCodesGiveNone() {
        var random = SeededGenerator(seed: 5)
        let noise = GrayImage(
            width: 300, height: 200, pixels: (0..<60_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(ZXingDecoder().decode(noise).isEmpty)
        #expect(ZXingDecoder().decode(GrayImage(width: 640, height: 480, shade: 0)).isEmpty)
        #expect(ZXingDecoder().decode(GrayImage(width: 1, height: 1)).isEmpty)
    }
}
