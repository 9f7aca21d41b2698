import RemoCore
import RemoImaging
import RemoTestSupport
import Testing

/// The kinds of image issue 19 names, each read to its exact text by the photo
/// decoder: inverted codes (light on dark), mirrored codes, pure symbols with
/// no quiet zone at 1 to 4 pixels a module, small codes in small images. Each
/// made in the test from remo's own encoder with a simple seeded transform.
struct PhotoKindsTests {
    static let text = "REMO:1:WJ-NX400:AB1234567:0A1B2C3D4E5F6071:2024-07:8A391DGV1F43:68272919"

    /// `matrix` with modules of `module` pixels and a quiet zone of `quiet` modules, dark on light.
    static func image(_ matrix: QRMatrix, module: Int, quiet: Int, ink: UInt8 = 20, paper: UInt8 = 235) -> GrayImage {
        let side = (matrix.size + 2 * quiet) * module
        var image = GrayImage(width: side, height: side, shade: paper)
        for y in 0..<matrix.size * module {
            for x in 0..<matrix.size * module where matrix[x: x / module, y: y / module] {
                image[x: quiet * module + x, y: quiet * module + y] = ink
            }
        }
        return image
    }

    /// `image` mirrored left to right.
    static func mirrored(_ image: GrayImage) -> GrayImage {
        var out = image
        for y in 0..<image.height {
            for x in 0..<image.width { out[x: image.width - 1 - x, y: y] = image[x: x, y: y] }
        }
        return out
    }

    /// `image` with seeded noise of up to `amplitude` shades either way.
    static func noisy(_ image: GrayImage, amplitude: Int, seed: UInt64) -> GrayImage {
        var random = SeededGenerator(seed: seed)
        return GrayImage(
            width: image.width, height: image.height,
            pixels: image.pixels.map { UInt8(clamping: Int($0) + Int.random(in: -amplitude...amplitude, using: &random)) })
    }

    @Test(arguments: [2, 4, 6])
    func anInvertedCodeReadsToItsText(module: Int) throws {
        let printed = PhotoKindsTests.image(try QREncoder.encode(PhotoKindsTests.text), module: module, quiet: 4)
        let codes = try QRPhotoDecoder().decode(PhotoKindsTests.noisy(printed.inverted(), amplitude: 12, seed: 19))
        #expect(codes.map(\.text) == [PhotoKindsTests.text])
    }

    /// A laser-marked code in a photo too large to be read whole (2.4
    /// megapixels): light modules on a dark body, with noise, beside a light
    /// panel that is no code.
    static func darkBodyPhoto(module: Int, seed: UInt64) throws -> (GrayImage, left: Int, top: Int, side: Int) {
        let (photo, left, top, side) = try darkBody(
            width: 2000, height: 1200, panel: (1500..<1900, 100..<400), marked: (100..<1400, 100..<1100), module: module,
            seed: seed)
        return (noisy(photo, amplitude: 10, seed: seed), left, top, side)
    }

    /// A dark body of `width` × `height` with a light panel (`panel`: its
    /// columns and rows) and a laser-marked code of ``text`` at a seeded place
    /// within `marked` (columns and rows), without noise; the symbol's place.
    static func darkBody(
        width: Int, height: Int, panel: (Range<Int>, Range<Int>), marked area: (Range<Int>, Range<Int>), module: Int,
        seed: UInt64
    ) throws -> (GrayImage, left: Int, top: Int, side: Int) {
        var random = SeededGenerator(seed: seed)
        let marked = image(try QREncoder.encode(text), module: module, quiet: 3, ink: 40, paper: 200).inverted()
        var photo = GrayImage(width: width, height: height, shade: 28)
        for y in panel.1 { for x in panel.0 { photo[x: x, y: y] = 210 } }
        let left = Int.random(in: area.0.lowerBound..<(area.0.upperBound - marked.width), using: &random)
        let top = Int.random(in: area.1.lowerBound..<(area.1.upperBound - marked.height), using: &random)
        paste(marked, into: &photo, left: left, top: top)
        let quiet = 3 * module
        return (photo, left + quiet, top + quiet, marked.width - 2 * quiet)
    }

    /// `image` drawn over `photo` with its top left corner at (`left`, `top`).
    static func paste(_ image: GrayImage, into photo: inout GrayImage, left: Int, top: Int) {
        for y in 0..<image.height { for x in 0..<image.width { photo[x: left + x, y: top + y] = image[x: x, y: y] } }
    }

    /// Whether `code`'s corners are those of a symbol of `side` pixels at
    /// (`left`, `top`), within two modules.
    static func expectPlaced(_ code: DecodedQR, left: Int, top: Int, side: Int, module: Int) {
        for (corner, point) in zip(code.corners, [(0, 0), (side, 0), (side, side), (0, side)]) {
            #expect(
                abs(corner.x - left - point.0) <= 2 * module && abs(corner.y - top - point.1) <= 2 * module,
                "\(code.corners)")
        }
    }

    @Test(arguments: [(3, UInt64(5)), (5, 6)])
    func anInvertedCodeInALargePhotoReadsToItsTextAtItsPlace(module: Int, seed: UInt64) throws {
        let (photo, left, top, side) = try PhotoKindsTests.darkBodyPhoto(module: module, seed: seed)
        let code = try #require(try QRPhotoDecoder(parallelism: 2).decode(photo).first)
        #expect(code.text == PhotoKindsTests.text)
        PhotoKindsTests.expectPlaced(code, left: left, top: top, side: side, module: module)
    }

    static let labelText = "REMO:1:WJ-NX300K:O4Q2F0UL:8B45DCF5B838A7DBDC2093:2027-07:E6ANA97A4QCB:932508E0"

    /// The dark-body photo with a printed label on its light panel: a dark-on-light
    /// code of ``labelText`` at 4 pixels a module, with noise of its own, beside
    /// the laser-marked light-on-dark one.
    static func mixedPhoto(module: Int, seed: UInt64) throws -> (
        GrayImage, marked: (left: Int, top: Int, side: Int), printed: (left: Int, top: Int, side: Int)
    ) {
        let (body, left, top, side) = try darkBodyPhoto(module: module, seed: seed)
        var photo = body
        let label = noisy(
            image(try QREncoder.encode(labelText), module: 4, quiet: 4, ink: 30, paper: 215), amplitude: 10,
            seed: seed + 1)
        let (labelLeft, labelTop) = (1500 + (400 - label.width) / 2, 100 + (300 - label.height) / 2)
        paste(label, into: &photo, left: labelLeft, top: labelTop)
        return (photo, (left, top, side), (labelLeft + 16, labelTop + 16, label.width - 32))
    }

    @Test(arguments: [3, 5], [1, 2])
    func aPhotoWithAPrintedAndALaserMarkedCodeReadsBothToTheirTextsAtTheirPlaces(
        module: Int, parallelism: Int
    ) throws {
        let (photo, marked, printed) = try PhotoKindsTests.mixedPhoto(module: module, seed: UInt64(module + 2))
        let codes = try QRPhotoDecoder(parallelism: parallelism).decode(photo)
        #expect(Set(codes.map(\.text)) == [PhotoKindsTests.text, PhotoKindsTests.labelText])
        #expect(codes.count == 2)
        let markedCode = try #require(codes.first { $0.text == PhotoKindsTests.text })
        PhotoKindsTests.expectPlaced(
            markedCode, left: marked.left, top: marked.top, side: marked.side, module: module)
        let printedCode = try #require(codes.first { $0.text == PhotoKindsTests.labelText })
        PhotoKindsTests.expectPlaced(printedCode, left: printed.left, top: printed.top, side: printed.side, module: 4)
    }

    /// ``mixedPhoto`` in a small image (1024 × 768, which the engines read
    /// whole first): a laser-marked code on the dark body, a printed label on
    /// a light panel beside it.
    static func smallMixedImage(module: Int, seed: UInt64) throws -> GrayImage {
        var (photo, _, _, _) = try darkBody(
            width: 1024, height: 768, panel: (560..<980, 150..<600), marked: (40..<520, 40..<728), module: module, seed: seed)
        let label = image(try QREncoder.encode(labelText), module: 4, quiet: 4, ink: 30, paper: 215)
        paste(label, into: &photo, left: 560 + (420 - label.width) / 2, top: 150 + (450 - label.height) / 2)
        return noisy(photo, amplitude: 10, seed: seed)
    }

    @Test(arguments: [3, 5])
    func aSmallImageWithAPrintedAndALaserMarkedCodeReadsBoth(module: Int) throws {
        let codes = try QRPhotoDecoder().decode(try PhotoKindsTests.smallMixedImage(module: module, seed: UInt64(module)))
        #expect(Set(codes.map(\.text)) == [PhotoKindsTests.text, PhotoKindsTests.labelText])
        #expect(codes.count == 2)
    }

    @Test func anInvertedCodeInALargePhotoReadsWithZbarAlone() throws {
        var decoder = QRPhotoDecoder()
        decoder.secondEngine = nil
        let (photo, _, _, _) = try PhotoKindsTests.darkBodyPhoto(module: 4, seed: 7)
        #expect(try decoder.decode(photo).map(\.text) == [PhotoKindsTests.text])
    }

    @Test(arguments: [3, 5])
    func aMirroredCodeReadsToItsText(module: Int) throws {
        let printed = PhotoKindsTests.image(try QREncoder.encode(PhotoKindsTests.text), module: module, quiet: 4)
        let codes = try QRPhotoDecoder().decode(PhotoKindsTests.mirrored(printed))
        #expect(codes.map(\.text) == [PhotoKindsTests.text])
    }

    @Test(arguments: [1, 2, 3, 4])
    func aPureSymbolWithoutQuietZoneReadsToItsText(module: Int) throws {
        let pure = PhotoKindsTests.image(try QREncoder.encode(PhotoKindsTests.text), module: module, quiet: 0)
        #expect(try QRPhotoDecoder().decode(pure).map(\.text) == [PhotoKindsTests.text])
        // Light on dark, too.
        #expect(try QRPhotoDecoder().decode(pure.inverted()).map(\.text) == [PhotoKindsTests.text])
    }

    @Test func aPureSymbolsCornersAreInTheImagesPixels() throws {
        let matrix = try QREncoder.encode("PURE")
        let pure = PhotoKindsTests.image(matrix, module: 2, quiet: 0)
        var decoder = QRPhotoDecoder()
        decoder.secondEngine = nil  // zbar, on the framed and enlarged image
        let code = try #require(try decoder.decode(pure).first)
        #expect(code.text == "PURE")
        let far = matrix.size * 2
        for (corner, point) in zip(code.corners, [(0, 0), (far, 0), (far, far), (0, far)]) {
            #expect(abs(corner.x - point.0) <= 2 && abs(corner.y - point.1) <= 2, "\(code.corners)")
        }
    }

    @Test(arguments: [(3, UInt64(1)), (3, 2), (4, 3)])
    func aSmallCodeInASmallImageReadsToItsText(module: Int, seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let code = PhotoKindsTests.image(try QREncoder.encode("SMALL \(seed)"), module: module, quiet: 2)
        var image = GrayImage(width: 640, height: 480, shade: 170)
        let left = Int.random(in: 0..<(640 - code.width), using: &random)
        let top = Int.random(in: 0..<(480 - code.height), using: &random)
        for y in 0..<code.height { for x in 0..<code.width { image[x: left + x, y: top + y] = code[x: x, y: y] } }
        let codes = try QRPhotoDecoder().decode(PhotoKindsTests.noisy(image, amplitude: 10, seed: seed))
        #expect(codes.map(\.text) == ["SMALL \(seed)"])
    }

    @Test func aSmallImageWithoutACodeGivesNone() throws {
        var random = SeededGenerator(seed: 23)
        let noise = GrayImage(
            width: 200, height: 150, pixels: (0..<30_000).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(try QRPhotoDecoder().decode(noise).isEmpty)
    }
}
