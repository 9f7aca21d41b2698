import Foundation
import RemoCore
import RemoImaging
import Testing

/// The phone-photo pipeline (``QRPhotoDecoder`` through ``QRFileScanner``) on the
/// committed seed-7 corpus photos (docs/corpus.md) and on bad photos.
struct PhotoDecodingTests {
    struct Manifest: Decodable {
        struct Photo: Decodable, CustomTestStringConvertible {
            struct Label: Decodable { let text: String }
            let file: String
            let category: String
            let labels: [Label]
            var testDescription: String { file }
        }
        let photos: [Photo]
    }

    static let manifest: [Manifest.Photo] = {
        guard let url = Bundle.module.url(forResource: "Fixtures/photos/manifest.json", withExtension: nil),
            let data = try? Data(contentsOf: url),
            let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
        else { return [] }
        return manifest.photos
    }()

    @Test func everyCategoryHasAFixture() {
        #expect(Set(PhotoDecodingTests.manifest.map(\.category)).count == 13)
    }

    /// Fixtures the pipeline does not read yet (docs/corpus.md, "Results"): a
    /// glare spot over the code. Recorded as known
    /// issues, so the test fails the day they read, to be moved out of this list.
    static let knownMisses: Set<String> = ["glare-shadow-001.jpg"]

    @Test(arguments: PhotoDecodingTests.manifest)
    func fixturePhotoReadsExactlyItsLabels(_ photo: Manifest.Photo) throws {
        let result = QRFileScanner().scan(file: try fixture("photos/" + photo.file))
        let read = Set(result.codes.map(\.text))
        let expected = Set(photo.labels.map(\.text))
        #expect(result.error == nil)
        #expect(read.isSubset(of: expected), "no wrong reads")
        #expect(result.codes.count == read.count, "each code once")
        if PhotoDecodingTests.knownMisses.contains(photo.file) {
            withKnownIssue { #expect(read == expected) }
        } else {
            #expect(read == expected)
        }
    }

    /// Fixtures only the second engine (zxing-cpp) reads: a label on a pipe whose
    /// rows bow more than zbar's sampling allows.
    static let secondEngineOnly: Set<String> = ["curved-002.jpg"]

    /// zbar stays the engine: without the second one, the pipeline still reads
    /// every fixture but those above (known issues, so the test fails the day zbar
    /// reads one), and never a wrong code.
    @Test(arguments: PhotoDecodingTests.manifest)
    func zbarAloneReadsEveryFixtureButThoseOnlyTheSecondEngineReads(_ photo: Manifest.Photo) throws {
        var decoder = QRPhotoDecoder()
        decoder.secondEngine = nil
        let result = QRFileScanner(decoder: decoder).scan(file: try fixture("photos/" + photo.file))
        let read = Set(result.codes.map(\.text))
        let expected = Set(photo.labels.map(\.text))
        #expect(result.error == nil)
        #expect(read.isSubset(of: expected), "no wrong reads")
        if PhotoDecodingTests.knownMisses.union(PhotoDecodingTests.secondEngineOnly).contains(photo.file) {
            withKnownIssue { #expect(read == expected) }
        } else {
            #expect(read == expected)
        }
    }

    /// A close-up: a sharp label whose modules are `module` pixels in a frame
    /// over 2 megapixels (so no whole-image fallback reads it), on a grey wall
    /// with a darker box beside it. Modules this large once broke the code's
    /// region into flat tiles and were wider than the finder search's window.
    @Test(arguments: [12, 20, 30, 40])
    func aSharpCloseUpReadsWithZbarAloneWhateverItsModule(module: Int) throws {
        let text = "REMO:1:WJ-NX400:AB1234567:0A1B2C3D4E5F6071:2024-07:8A391DGV1F43:68272919"
        let matrix = try QREncoder.encode(text)
        var image = GrayImage(width: 2400, height: 1800, shade: 150)
        for y in 200..<1600 { for x in 60..<300 { image[x: x, y: y] = 60 } }
        let (left, top) = (2400 - (matrix.size + 6) * module, 1800 - (matrix.size + 5) * module)
        PhotoDecodingTests.printCode(matrix, module: module, at: (left, top), on: &image, ink: 25, paper: 230)
        var decoder = QRPhotoDecoder()
        decoder.secondEngine = nil
        let codes = try decoder.decode(image)
        #expect(codes.map(\.text) == [text])
        PhotoDecodingTests.expectCorners(codes.first?.corners ?? [], near: matrix, module: module, at: (left, top), within: module)
    }

    /// `matrix` printed on `image` with modules of `module` pixels, its top-left
    /// corner at `origin`, on paper that holds its 4-module quiet zone.
    static func printCode(
        _ matrix: QRMatrix, module: Int, at origin: (x: Int, y: Int), on image: inout GrayImage, ink: UInt8, paper: UInt8
    ) {
        for y in -4 * module..<(matrix.size + 4) * module {
            for x in -4 * module..<(matrix.size + 4) * module {
                let dark =
                    x >= 0 && y >= 0 && x < matrix.size * module && y < matrix.size * module
                    && matrix[x: x / module, y: y / module]
                image[x: origin.x + x, y: origin.y + y] = dark ? ink : paper
            }
        }
    }

    /// Expects `corners` within `tolerance` pixels of those of `matrix` printed by
    /// ``printCode(_:module:at:on:ink:paper:)``, in the symbol's order.
    static func expectCorners(
        _ corners: [PixelPoint], near matrix: QRMatrix, module: Int, at origin: (x: Int, y: Int), within tolerance: Int,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let far = matrix.size * module
        let (left, top) = origin
        let expected = [(left, top), (left + far, top), (left + far, top + far), (left, top + far)]
        #expect(corners.count == 4, sourceLocation: sourceLocation)
        for (corner, point) in zip(corners, expected) {
            #expect(
                abs(corner.x - point.0) <= tolerance && abs(corner.y - point.1) <= tolerance, "\(corner)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func aPhotoWithoutALabelGivesNoCodeAndNoError() throws {
        let result = QRFileScanner().scan(file: try fixture("photos/no-label-000.jpg"))
        #expect(result.error == nil)
        #expect(result.codes.isEmpty)
    }

    @Test(arguments: [UInt8(0), 255])
    func aBlackOrWhiteFrameGivesNoCode(_ shade: UInt8) throws {
        try withTemporaryDirectory { directory in
            let file = directory + "/frame.jpg"
            try writeFile(JPEGEncoder().encode(GrayImage(width: 1600, height: 1200, shade: shade), quality: 90), to: file)
            let result = QRFileScanner().scan(file: file)
            #expect(result.error == nil)
            #expect(result.codes.isEmpty)
        }
    }

    @Test func aTruncatedOrCorruptPhotoIsReportedByName() throws {
        try withTemporaryDirectory { directory in
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: try fixture("photos/heavy-jpeg-000.jpg"))))
            let truncated = directory + "/truncated.jpg"
            try writeFile(Array(bytes.prefix(bytes.count / 2)), to: truncated)
            var corrupt = bytes
            for index in stride(from: 2000, to: corrupt.count - 2, by: 97) { corrupt[index] = 0xFF }
            let garbled = directory + "/garbled.jpg"
            try writeFile(corrupt, to: garbled)
            let heic = Array(try Data(contentsOf: URL(fileURLWithPath: try fixture("photos/rotation-002.heic"))))
            let cut = directory + "/cut.heic"
            try writeFile(Array(heic.prefix(heic.count / 3)), to: cut)
            for file in [truncated, garbled, cut] {
                let result = QRFileScanner().scan(file: file)
                #expect(result.codes.isEmpty)
                #expect(result.error?.code == .damagedImage, "\(file)")
                #expect(result.error?.message.description.contains(file) == true)
            }
        }
    }

    /// A 100-megapixel JPEG is decoded at a DCT scale (3/8, 14 megapixels), and the
    /// code's corners come back in the photo's own pixels.
    @Test func aHundredMegapixelPhotoIsReadAtAScaleWithCornersInPhotoPixels() throws {
        try withTemporaryDirectory { directory in
            let side = 10_000
            var image = GrayImage(width: side, height: side, shade: 170)
            let matrix = try QREncoder.encode("REMO HUNDRED MEGAPIXELS")
            let module = 24
            let (left, top) = (6_000, 3_000)
            PhotoDecodingTests.printCode(matrix, module: module, at: (left, top), on: &image, ink: 20, paper: 235)
            let file = directory + "/huge.jpg"
            try writeFile(JPEGEncoder().encode(image, quality: 80), to: file)
            let result = QRFileScanner().scan(file: file)
            #expect(result.error == nil)
            let code = try #require(result.codes.first)
            #expect(code.text == "REMO HUNDRED MEGAPIXELS")
            PhotoDecodingTests.expectCorners(code.corners, near: matrix, module: module, at: (left, top), within: 3 * module)
        }
    }

    /// A bright photo at the 250-megapixel limit (its tiles' means sum past 32
    /// bits) is decoded, its code read, with no arithmetic overflow: the largest
    /// image remo accepts.
    @Test func aBrightPhotoAtThePixelLimitIsDecoded() throws {
        let (width, height) = (20_000, ImageLoader.defaultPixelLimit / 20_000)
        var image = GrayImage(width: width, height: height, shade: 250)
        let matrix = try QREncoder.encode("REMO BRIGHT LIMIT")
        let module = 12
        let (left, top) = (width - 900, height - 900)
        PhotoDecodingTests.printCode(matrix, module: module, at: (left, top), on: &image, ink: 20, paper: 252)
        let codes = try QRPhotoDecoder().decode(image)
        #expect(codes.map(\.text) == ["REMO BRIGHT LIMIT"])
    }
}
