import Foundation
import RemoCore
import RemoImaging
import Testing
import RemoTestSupport

struct ImageLoaderTests {
    /// A grey image with a QR code at its left, wider than high, so turns show.
    static func label(_ text: String = "LOADER TEST", moduleSize: Double = 4) throws -> GrayImage {
        let code = try Canvas.qrCode(QREncoder.encode(text), moduleSize: moduleSize, quietZone: 4).rasterize()
        var image = GrayImage(width: code.width * 2, height: code.height)
        for y in 0..<code.height {
            for x in 0..<code.width { image[x: x, y: y] = code[x: x, y: y] }
        }
        return image
    }

    // MARK: Bad input

    @Test func missingFileIsNamedAndCalledMissing() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/IMG_0001.jpg"
            let error = #expect(throws: ImagingError.self) { try ImageLoader().load(path: path) }
            #expect(error?.code == .fileNotFound)
            #expect(error?.file == path)
            #expect(error?.message.rendered(in: .english) == "\(path) does not exist: check the path and the file name.")
            #expect(error?.message.rendered(in: .japanese).contains("「\(path)」は存在しません") == true)
        }
    }

    @Test func directoryIsRefusedAsADirectory() throws {
        try withTemporaryDirectory { directory in
            let error = #expect(throws: ImagingError.self) { try ImageLoader().load(path: directory) }
            #expect(error?.code == .fileIsDirectory)
            #expect(error?.message.rendered(in: .english).contains("is a directory") == true)
        }
    }

    @Test func emptyFileIsRefusedAsEmpty() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/empty.png"
            try writeFile([], to: path)
            let error = #expect(throws: ImagingError.self) { try ImageLoader().load(path: path) }
            #expect(error?.code == .fileIsEmpty)
        }
    }

    @Test func textFileNamedJPGIsNotAnImage() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/notes.jpg"
            try writeFile(Array("These are not pixels.\n".utf8), to: path)
            let error = #expect(throws: ImagingError.self) { try ImageLoader().load(path: path) }
            #expect(error?.code == .unknownFormat)
            #expect(error?.message.rendered(in: .english).contains("is not a JPEG, PNG or HEIC image") == true)
        }
    }

    @Test func truncatedJPEGIsDamagedWithLibjpegsReason() throws {
        let jpeg = try JPEGEncoder().encode(ImageLoaderTests.label(), quality: 90)
        let error = #expect(throws: ImagingError.self) {
            try ImageLoader().load(Array(jpeg.prefix(jpeg.count / 2)), name: "cut.jpg")
        }
        #expect(error?.code == .damagedImage)
        let detail = try #require(error?.detail)
        #expect(detail.contains("Premature end"))
        #expect(error?.message.rendered(in: .english).hasPrefix("cut.jpg is a damaged or truncated JPEG image") == true)
    }

    @Test func truncatedPNGIsDamagedWithLibpngsReason() throws {
        let png = try PNGEncoder.encode(ImageLoaderTests.label())
        for cut in [png.count / 2, 40, 12] {
            let error = #expect(throws: ImagingError.self) { try ImageLoader().load(Array(png.prefix(cut)), name: "cut.png") }
            #expect(error?.code == .damagedImage)
            #expect(error?.detail?.isEmpty == false)
        }
    }

    @Test func headerOver30000By30000IsRefusedBeforeDecodingNamingTheLimit() throws {
        let image = try ImageLoaderTests.label()
        let jpeg = try ImageBytes.jpeg(JPEGEncoder().encode(image, quality: 80), declaring: 30000, 30000)
        let png = ImageBytes.png(try PNGEncoder.encode(image), declaring: 30000, 30000)
        for (name, bytes) in [("huge.jpg", jpeg), ("huge.png", png)] {
            #expect(try ImageLoader().header(bytes, name: name).width == 30000)
            let error = #expect(throws: ImagingError.self) { try ImageLoader().load(bytes, name: name) }
            #expect(error?.code == .tooManyPixels)
            #expect(
                error?.message.rendered(in: .english)
                    == "\(name) declares 30000×30000 pixels (900 megapixels), more than remo's limit of 250 megapixels: it was refused before decoding. Scale the image down and try again."
            )
            #expect(error?.message.rendered(in: .japanese).contains("上限250メガピクセル") == true)
        }
    }

    @Test func hundredMegapixelPhotoIsWithinTheDefaultLimit() throws {
        // A 12000×9000 header (108 megapixels, like a phone's 108 MP sensor) is
        // decoded, not refused: the scan data here is a small image's, so the
        // decoder runs and then finds the data short.
        let jpeg = try ImageBytes.jpeg(JPEGEncoder().encode(ImageLoaderTests.label(), quality: 80), declaring: 12000, 9000)
        let error = #expect(throws: ImagingError.self) { try ImageLoader().load(jpeg, name: "phone.jpg") }
        #expect(error?.code == .damagedImage)
        #expect(ImageLoader.defaultPixelLimit >= 200_000_000)
    }

    @Test func smallerLimitsAreEnforced() throws {
        let png = try PNGEncoder.encode(GrayImage(width: 20, height: 20))
        let pixels = #expect(throws: ImagingError.self) { try ImageLoader(pixelLimit: 399).load(png, name: "x.png") }
        #expect(pixels?.code == .tooManyPixels)
        #expect(try ImageLoader(pixelLimit: 400).load(png, name: "x.png").width == 20)
        try withTemporaryDirectory { directory in
            try writeFile(png, to: directory + "/x.png")
            let size = #expect(throws: ImagingError.self) {
                try ImageLoader(fileSizeLimit: png.count - 1).load(path: directory + "/x.png")
            }
            #expect(size?.code == .fileTooLarge)
        }
    }

    // MARK: Formats

    /// The committed fixtures (docs/fixtures.md): file, text, upright size.
    static let fixtures: [(String, String, Int, Int)] = [
        ("qr-1bit.png", "FIXTURE 1-BIT", 116, 116),
        ("qr-palette.png", "FIXTURE PALETTE", 116, 116),
        ("qr-gray-alpha.png", "FIXTURE ALPHA", 116, 116),
        ("qr-gray16.png", "FIXTURE 16-BIT GRAY", 116, 116),
        ("qr-rgba16.png", "FIXTURE 16-BIT RGBA", 116, 116),
        ("qr-cmyk.jpg", "FIXTURE CMYK", 116, 116),
        ("qr-color.jpg", "FIXTURE COLOR JPEG", 116, 116),
        ("qr-exif6.jpg", "FIXTURE EXIF 6", 360, 200),
        ("qr.heic", "FIXTURE HEIC 日本語", 198, 198),
    ]

    @Test(arguments: fixtures)
    func fixtureLoadsUprightAndItsCodeReads(name: String, text: String, width: Int, height: Int) throws {
        let image = try ImageLoader().load(path: fixture(name))
        #expect(image.width == width && image.height == height)
        let codes = try QRDecoder().decode(image)
        #expect(codes.map(\.text) == [text])
        // Dark modules on a light background, whatever the container did with
        // colour, alpha or bit depth (16-bit PNG is linear light to libpng).
        let corner = try #require(codes.first?.corners.first)
        #expect(Int(image[x: 1, y: 1]) - Int(image[x: corner.x + 2, y: corner.y + 2]) > 100)
    }

    @Test func cmykJPEGIsReadAsInvertedAdobeCMYK() throws {
        let image = try ImageLoader().load(path: fixture("qr-cmyk.jpg"))
        let white = image.pixels.filter { $0 > 200 }.count
        let black = image.pixels.filter { $0 < 55 }.count
        #expect(white + black > image.pixels.count * 9 / 10)
        #expect(white > black)  // the quiet zone is white, not black
    }

    @Test func exifOrientationSixIsTurnedUprightWithTheCodeOnTheLeft() throws {
        let header = try ImageLoader().header(path: fixture("qr-exif6.jpg"))
        #expect(header == ImageHeader(format: .jpeg, width: 360, height: 200, orientation: .right))
        let codes = try QRDecoder().decode(ImageLoader().load(path: fixture("qr-exif6.jpg")))
        let corners = try #require(codes.first?.corners)
        #expect(corners.allSatisfy { $0.x < 120 })
        // Upright, the symbol's own top-left corner is the image's top-left one.
        #expect(corners[0].x < corners[1].x && corners[0].y < corners[3].y)
    }

    @Test(arguments: ImageOrientation.allCases)
    func everyEXIFOrientationIsApplied(orientation: ImageOrientation) throws {
        let upright = try ImageLoaderTests.label("EXIF \(orientation.rawValue)")
        let inverse: ImageOrientation =
            switch orientation {
            case .right: .left
            case .left: .right
            default: orientation
            }
        let stored = upright.oriented(inverse)
        let jpeg = ImageBytes.jpeg(try JPEGEncoder().encode(stored, quality: 95), orientation: orientation.rawValue)
        let loaded = try ImageLoader().load(jpeg, name: "exif.jpg")
        #expect(loaded.width == upright.width && loaded.height == upright.height)
        let difference = zip(loaded.pixels, upright.pixels).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
        #expect(difference / upright.pixels.count < 6)
        #expect(try QRDecoder().decode(loaded).map(\.text) == ["EXIF \(orientation.rawValue)"])
    }

    @Test func greyscaleJPEGRoundTripsCloseToTheOriginal() throws {
        let image = try ImageLoaderTests.label()
        let loaded = try ImageLoader().load(JPEGEncoder().encode(image, quality: 90), name: "grey.jpg")
        #expect(loaded.width == image.width && loaded.height == image.height)
        let difference = zip(loaded.pixels, image.pixels).reduce(0) { $0 + abs(Int($1.0) - Int($1.1)) }
        #expect(difference / image.pixels.count < 6)
    }

    @Test func pngRoundTripsExactly() throws {
        var random = SeededGenerator(seed: 7)
        let image = GrayImage(width: 37, height: 11, pixels: (0..<407).map { _ in UInt8.random(in: 0...255, using: &random) })
        #expect(try ImageLoader().load(PNGEncoder.encode(image), name: "noise.png") == image)
    }

    @Test func formatIsChosenByContentNotByName() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/actually-a-png.jpg"
            try writeFile(PNGEncoder.encode(ImageLoaderTests.label("PNG IN DISGUISE")), to: path)
            #expect(try ImageLoader().header(path: path).format == .png)
            #expect(try QRDecoder().decode(ImageLoader().load(path: path)).map(\.text) == ["PNG IN DISGUISE"])
        }
    }

    @Test(arguments: [(JPEGScale.half, 2), (.quarter, 4), (.eighth, 8)])
    func jpegScaleDecodesASmallerImageInTheDCT(scale: JPEGScale, divisor: Int) throws {
        let image = try ImageLoaderTests.label("SCALED", moduleSize: 16)
        let jpeg = try JPEGEncoder().encode(image, quality: 90)
        let loaded = try ImageLoader(jpegScale: scale).load(jpeg, name: "big.jpg")
        #expect(loaded.width == (image.width + divisor - 1) / divisor)
        #expect(loaded.height == (image.height + divisor - 1) / divisor)
        if divisor <= 4 {  // modules of 16 / 4 = 4 px still read
            #expect(try QRDecoder().decode(loaded).map(\.text) == ["SCALED"])
        }
    }

    @Test func onlyScalesLibturbojpegOffersExist() {
        #expect(JPEGScale(numerator: 4, denominator: 8) == .half)
        #expect(JPEGScale(numerator: 1, denominator: 3) == nil)
        #expect(JPEGScale.supported.contains(.eighth))
        #expect(JPEGScale.supported.first == JPEGScale(numerator: 2, denominator: 1))
        #expect(JPEGScale.half.scaled(101) == 51)
    }

    @Test(arguments: [
        ([0xFF, 0xD8, 0xFF, 0xE0], ImageFormat.jpeg), ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], .png),
        (Array("\0\0\0\u{18}ftypheic".utf8), .heif), (Array("\0\0\0\u{18}ftypmif1".utf8), .heif),
    ] as [([UInt8], ImageFormat)])
    func formatIsRecognisedByItsMagicBytes(bytes: [UInt8], format: ImageFormat) {
        #expect(ImageFormat(magic: bytes) == format)
    }

    @Test func unknownMagicBytesAreNoFormat() {
        #expect(ImageFormat(magic: Array("GIF89a".utf8)) == nil)
        #expect(ImageFormat(magic: Array("\0\0\0\u{18}ftypisom".utf8)) == nil)  // an MP4 video
        #expect(ImageFormat(magic: [UInt8]()) == nil)
    }
}
