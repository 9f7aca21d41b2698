import Foundation
import RemoCore
import RemoImaging
import Testing
import RemoTestSupport

struct CanvasTests {
    @Test(arguments: [
        ("REMO LABEL 0001", QRErrorCorrection.low), ("レコーダー登録 WJ-NX400", .medium), ("x", .quartile),
        (String(repeating: "販売パートナー", count: 20), .high),
    ])
    func pdfRasterizedByPopplerReadsBack(text: String, level: QRErrorCorrection) throws {
        try withTemporaryDirectory { directory in
            let pdf = directory + "/code.pdf"
            try Canvas.qrCode(QREncoder.encode(text, errorCorrection: level), moduleSize: 3, quietZone: 4).write(to: pdf)
            _ = try runTool("pdftoppm", ["-r", "200", "-gray", "-png", pdf, directory + "/render"])
            let page = try #require(try contents(of: directory).first { $0.hasPrefix("render") })
            let codes = try QRDecoder().decode(ImageLoader().load(path: directory + "/" + page))
            #expect(codes.map(\.text) == [text])
        }
    }

    @Test func multiPagePDFKeepsEachPageAndItsSize() throws {
        var canvas = try Canvas(width: 200, height: 200)
        canvas.drawQR(try QREncoder.encode("PAGE 1"), x: 40, y: 40, moduleSize: 4)
        try canvas.newPage(width: 300, height: 150)
        canvas.drawQR(try QREncoder.encode("PAGE 2"), x: 20, y: 20, moduleSize: 4)
        try canvas.newPage()
        canvas.drawQR(try QREncoder.encode("PAGE 3"), x: 20, y: 20, moduleSize: 4)
        #expect(canvas.pageCount == 3)
        #expect(canvas.width == 300 && canvas.height == 150)
        try withTemporaryDirectory { directory in
            let pdf = directory + "/pages.pdf"
            try canvas.write(to: pdf)
            let info = try runTool("pdfinfo", ["-f", "1", "-l", "3", pdf]).split(separator: "\n")
                .map { $0.split(separator: " ").joined(separator: " ") }
            #expect(info.contains("Pages: 3"))
            #expect(info.contains("Page 1 size: 200 x 200 pts"))
            #expect(info.contains("Page 2 size: 300 x 150 pts"))
            #expect(info.contains("Page 3 size: 300 x 150 pts"))
            _ = try runTool("pdftoppm", ["-r", "144", "-gray", "-png", pdf, directory + "/render"])
            let pages = try contents(of: directory).filter { $0.hasPrefix("render") }
            let texts = try pages.map { try QRDecoder().decode(ImageLoader().load(path: directory + "/" + $0)).map(\.text) }
            #expect(texts == [["PAGE 1"], ["PAGE 2"], ["PAGE 3"]])
        }
        for page in 0..<3 {
            #expect(try QRDecoder().decode(canvas.rasterize(page: page, pixelsPerUnit: 2)).map(\.text) == ["PAGE \(page + 1)"])
        }
    }

    @Test func japaneseTextIsDrawnAsTextAndRasterizesWithInk() throws {
        let font = Canvas.Font(size: 24)
        let text = "契約ユーザー 有効期限 2026年4月30日"
        var canvas = try Canvas(width: 595, height: 120)
        canvas.title = "テスト"
        canvas.drawText(text, x: 20, y: 60, font: font)
        try withTemporaryDirectory { directory in
            let pdf = directory + "/text.pdf"
            try canvas.write(to: pdf)
            let extracted = try runTool("pdftotext", ["-enc", "UTF-8", pdf, "-"])
            #expect(extracted.contains(text))
            #expect(try runTool("pdffonts", [pdf]).contains("NotoSansCJK"))
            let info = try runTool("pdfinfo", [pdf]).split(separator: "\n")
            #expect(info.contains { $0.hasPrefix("Title:") && $0.hasSuffix(" テスト") })
        }
        let extents = canvas.measureText(text, font: font)
        let image = try canvas.rasterize()
        let inkColumns = (0..<image.width).filter { x in (0..<image.height).contains { image[x: x, y: $0] < 128 } }
        let first = try #require(inkColumns.first)
        let last = try #require(inkColumns.last)
        #expect(abs(Double(first) - (20 + extents.inkLeft)) <= 2)
        #expect(abs(Double(last + 1) - (20 + extents.inkLeft + extents.inkWidth)) <= 2)
    }

    @Test func measuredTextGrowsWithItsLengthAndFontSize() throws {
        let canvas = try Canvas(width: 100, height: 100)
        let small = canvas.measureText("登録", font: Canvas.Font(size: 10))
        let longer = canvas.measureText("登録登録", font: Canvas.Font(size: 10))
        let larger = canvas.measureText("登録", font: Canvas.Font(size: 20))
        #expect(abs(longer.advance - 2 * small.advance) < 0.01)
        #expect(abs(larger.advance - 2 * small.advance) < 0.01)
        #expect(abs(small.advance - 20) < 0.5)  // CJK ideographs are one em wide
        #expect(small.ascent > 0 && small.descent > 0 && small.lineHeight > small.ascent)
        let bold = canvas.measureText("Remo", font: Canvas.Font(size: 10, weight: .bold))
        #expect(bold.advance > canvas.measureText("Remo", font: Canvas.Font(size: 10)).advance)
    }

    @Test func filledRectanglesLandOnTheirPixels() throws {
        var canvas = try Canvas(width: 20, height: 10)
        canvas.fillRectangle(x: 5, y: 2, width: 4, height: 3)
        canvas.fillRectangle(x: 12, y: 2, width: 4, height: 3, color: Canvas.Color(gray: 0.5))
        let image = try canvas.rasterize()
        #expect(image[x: 5, y: 2] == 0 && image[x: 8, y: 4] == 0)
        #expect(image[x: 4, y: 2] == 255 && image[x: 9, y: 2] == 255 && image[x: 5, y: 5] == 255)
        #expect((126...129).contains(image[x: 13, y: 3]))
        let doubled = try canvas.rasterize(pixelsPerUnit: 2)
        #expect(doubled.width == 40 && doubled.height == 20)
        #expect(doubled[x: 10, y: 4] == 0 && doubled[x: 9, y: 4] == 255)
    }

    @Test func printerResolutionRasterHasTheExpectedSize() throws {
        let canvas = try Canvas(width: 144, height: 72)  // 2 × 1 inch
        let image = try canvas.rasterize(pixelsPerUnit: 300.0 / 72)
        #expect(image.width == 600 && image.height == 300)
        #expect(image.pixels.allSatisfy { $0 == 255 })  // an empty page is white
    }

    @Test func pngOutputIsTheRasterizedPage() throws {
        let canvas = try Canvas.qrCode(QREncoder.encode("PNG OUT"), moduleSize: 5, quietZone: 2)
        try withTemporaryDirectory { directory in
            try canvas.write(to: directory + "/code.PNG")
            #expect(try ImageLoader().load(path: directory + "/code.PNG") == canvas.rasterize())
            #expect(try contents(of: directory) == ["code.PNG"])
        }
    }

    @Test func svgOutputIsACompleteDocumentInPoints() throws {
        let matrix = try QREncoder.encode("SVG OUT")
        let canvas = try Canvas.qrCode(matrix, moduleSize: 4, quietZone: 4)
        let svg = String(decoding: try canvas.encoded(as: .svg), as: UTF8.self)
        let side = (matrix.size + 8) * 4
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("width=\"\(side)pt\" height=\"\(side)pt\""))
        #expect(svg.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("</svg>"))
    }

    @Test(arguments: [Canvas.OutputFormat.png, .svg])
    func oneVisiblePageFormatsRefuseMultiPageDrawings(format: Canvas.OutputFormat) throws {
        var canvas = try Canvas(width: 10, height: 10)
        try canvas.newPage()
        let error = #expect(throws: ImagingError.self) { try canvas.encoded(as: format) }
        #expect(error?.code == .onePageFormat)
        #expect(error?.message.rendered(in: .english).contains("has 2 pages") == true)
        #expect(try canvas.encoded(as: .pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test(arguments: ["label.gif", "label", "dir.png/label", "label.pdf.bak"])
    func unknownExtensionIsRefusedAndNothingIsWritten(name: String) throws {
        let canvas = try Canvas(width: 10, height: 10)
        try withTemporaryDirectory { directory in
            let error = #expect(throws: ImagingError.self) { try canvas.write(to: directory + "/" + name) }
            let left = try contents(of: directory)
            #expect(error?.code == .unknownOutputFormat || error?.code == .writeFailed)
            #expect(left.isEmpty)
        }
    }

    @Test func failedWriteLeavesNothingBehind() throws {
        let canvas = try Canvas.qrCode(QREncoder.encode("NO PARTIAL FILE"), moduleSize: 2, quietZone: 4)
        try withTemporaryDirectory { directory in
            // The destination is a non-empty directory: the rename fails after the
            // temporary file was written, which must then be removed.
            try FileManager.default.createDirectory(atPath: directory + "/code.pdf/inside", withIntermediateDirectories: true)
            let error = #expect(throws: ImagingError.self) { try canvas.write(to: directory + "/code.pdf") }
            #expect(error?.code == .writeFailed)
            #expect(error?.message.rendered(in: .english).hasSuffix("nothing was written.") == true)
            #expect(try contents(of: directory) == ["code.pdf"])
            #expect(try contents(of: directory + "/code.pdf") == ["inside"])

            let missing = #expect(throws: ImagingError.self) { try canvas.write(to: directory + "/no/such/dir/code.png") }
            #expect(missing?.code == .writeFailed)
        }
    }

    @Test func writingReplacesAnExistingFileWhole() throws {
        try withTemporaryDirectory { directory in
            let path = directory + "/code.png"
            try writeFile(Array(repeating: 0x41, count: 100_000), to: path)
            try Canvas.qrCode(QREncoder.encode("REPLACED"), moduleSize: 2, quietZone: 4).write(to: path)
            #expect(try QRDecoder().decode(ImageLoader().load(path: path)).map(\.text) == ["REPLACED"])
            #expect(try contents(of: directory) == ["code.png"])
        }
    }

    @Test func outOfRangeSizesAreRefused() throws {
        for (width, height) in [(0.0, 10.0), (10, -1), (.nan, 10), (20_000, 10)] {
            let error = #expect(throws: ImagingError.self) { _ = try Canvas(width: width, height: height) }
            #expect(error?.code == .invalidDrawing)
        }
        let canvas = try Canvas(width: 10, height: 10)
        #expect(throws: ImagingError.self) { try canvas.rasterize(pixelsPerUnit: 0) }
        #expect(throws: ImagingError.self) { try canvas.rasterize(page: 1) }
        #expect(throws: ImagingError.self) { try canvas.rasterize(pixelsPerUnit: 10_000) }
        let matrix = try QREncoder.encode("x")
        #expect(throws: ImagingError.self) { _ = try Canvas.qrCode(matrix, moduleSize: 0, quietZone: 4) }
        #expect(throws: ImagingError.self) { _ = try Canvas.qrCode(matrix, moduleSize: 1, quietZone: -1) }
    }

    @Test(arguments: [("a.png", Canvas.OutputFormat.png), ("A.SVG", .svg), ("dir.x/b.Pdf", .pdf)])
    func outputFormatFollowsTheExtension(path: String, format: Canvas.OutputFormat) {
        #expect(Canvas.OutputFormat(path: path) == format)
    }

    @Test(arguments: [(300.0, 4), (203, 3), (600, 7)])
    func anImageMaskQRCodeRasterizesToTheSameModulesAsRectangles(dotsPerInch: Double, dots: Int) throws {
        let matrix = try QREncoder.encode("REMO:1:WJ-NX400:AB1234567:0A1B2C3D4E5F6071:2024-07:28T5CY4TQKFF:AA7278AE")
        let dot = 72 / dotsPerInch
        var images: [GrayImage] = []
        for style in [Canvas.QRStyle.rectangles, .imageMask] {
            var canvas = try Canvas(width: 200, height: 200)
            // Whole printer dots from the page's corner: both styles give exact modules.
            canvas.drawQR(matrix, x: 37 * dot, y: 51 * dot, moduleSize: Double(dots) * dot, style: style)
            images.append(try canvas.rasterize(pixelsPerUnit: dotsPerInch / 72))
        }
        // Rectangles are antialiased (their corners are a fraction of a pixel off
        // in cairo's fixed point); the mask is sampled, exactly black and white.
        let same = zip(images[0].pixels, images[1].pixels).allSatisfy { ($0 < 128) == ($1 < 128) }
        #expect(same)
        #expect(images[1][x: 37, y: 51] == 0 && images[1][x: 36, y: 51] == 255)  // the finder pattern's corner
        #expect(images[1].pixels.allSatisfy { $0 == 0 || $0 == 255 })
        #expect(try QRDecoder().decode(images[1]).map(\.text) == [try #require(QRDecoder().decode(images[0]).first?.text)])
    }

    @Test func anImageMaskQRCodeIsAPDFImageMaskThatPopplerReads() throws {
        let text = "REMO:1:WJ-NX200:XK0000001:ABCDEF0123456789:2025-12:XQ5TK1V58CGG:6E807CBE"
        var canvas = try Canvas(width: 300, height: 200)
        canvas.drawQR(try QREncoder.encode(text), x: 30, y: 30, moduleSize: 3, style: .imageMask)
        canvas.drawText("WJ-NX200", x: 180, y: 60, font: Canvas.Font(size: 10))
        let pdf = try canvas.encoded(as: .pdf)
        let body = String(decoding: pdf, as: UTF8.self)
        #expect(body.contains("/ImageMask true"))
        #expect(body.contains("/Interpolate false"))
        try withTemporaryDirectory { directory in
            try writeFile(pdf, to: directory + "/mask.pdf")
            _ = try runTool("pdftoppm", ["-r", "150", "-gray", "-png", directory + "/mask.pdf", directory + "/render"])
            let page = try #require(try contents(of: directory).first { $0.hasPrefix("render") })
            #expect(try QRDecoder().decode(ImageLoader().load(path: directory + "/" + page)).map(\.text) == [text])
        }
    }

    @Test func aRegionRasterIsTheSameAsTheCropOfThePageRaster() throws {
        var generator = SeededGenerator(seed: 2024_07)
        var canvas = try Canvas(width: 300, height: 220)
        for index in 0..<6 {
            let matrix = try QREncoder.encode("REGION \(index)")
            canvas.drawQR(
                matrix, x: Double.random(in: 0...200, using: &generator), y: Double.random(in: 0...140, using: &generator),
                moduleSize: Double.random(in: 1...3, using: &generator), style: index % 2 == 0 ? .rectangles : .imageMask)
            canvas.drawText("登録 \(index)", x: Double(index) * 40, y: 200, font: Canvas.Font(size: 14))
        }
        let pixelsPerUnit = 300.0 / 72
        let page = try canvas.rasterize(pixelsPerUnit: pixelsPerUnit)
        for _ in 0..<12 {
            let region = Canvas.Region(
                x: Double.random(in: -10...250, using: &generator), y: Double.random(in: -10...180, using: &generator),
                width: Double.random(in: 1...80, using: &generator), height: Double.random(in: 1...80, using: &generator))
            let bounds = region.pixelBounds(pixelsPerUnit: pixelsPerUnit)
            let part = try canvas.rasterize(region: region, pixelsPerUnit: pixelsPerUnit)
            #expect(part.width == bounds.width && part.height == bounds.height)
            // A drawing in black: where it is inked is what it looks like, for the region of those pixels.
            let pixels = Canvas.Region(
                x: Double(bounds.x) / pixelsPerUnit, y: Double(bounds.y) / pixelsPerUnit,
                width: Double(bounds.width) / pixelsPerUnit, height: Double(bounds.height) / pixelsPerUnit)
            let ink = try canvas.rasterizeInk(region: pixels, width: bounds.width, height: bounds.height)
            #expect(zip(ink.pixels, part.pixels).allSatisfy { abs(Int($0) - Int($1)) <= 1 }, "\(region)")
            // Inside the page the pixels are the page's; outside it (a region may reach past it) white.
            for y in 0..<part.height {
                for x in 0..<part.width {
                    let (pageX, pageY) = (bounds.x + x, bounds.y + y)
                    let expected: UInt8 =
                        (0..<page.width).contains(pageX) && (0..<page.height).contains(pageY) ? page[x: pageX, y: pageY] : 255
                    guard part[x: x, y: y] == expected else {
                        Issue.record("region \(region) differs at (\(x), \(y))")
                        return
                    }
                }
            }
        }
        #expect(throws: ImagingError.self) {
            try canvas.rasterize(region: Canvas.Region(x: 10, y: 10, width: 0, height: 5), pixelsPerUnit: 1)
        }
    }

    @Test func anInkRasterCountsEveryColourAsInk() throws {
        var canvas = try Canvas(width: 40, height: 20)
        canvas.fillRectangle(x: 0, y: 0, width: 10, height: 20, color: Canvas.Color(red: 1, green: 0, blue: 0))
        canvas.fillRectangle(x: 20, y: 0, width: 10, height: 20, color: Canvas.Color(red: 1, green: 1, blue: 1))
        let region = Canvas.Region(x: 0, y: 0, width: 40, height: 20)
        let ink = try canvas.rasterizeInk(region: region, width: 80, height: 40)
        let looks = try canvas.rasterize(region: region, pixelsPerUnit: 1)
        #expect(ink[x: 10, y: 20] == 0 && ink[x: 50, y: 20] == 0 && ink[x: 30, y: 20] == 255)
        #expect(ink[x: 19, y: 5] == 0 && ink[x: 20, y: 5] == 255, "each unit is exactly 2 pixels")
        #expect(looks[x: 5, y: 10] > 0 && looks[x: 25, y: 10] == 255)
    }

    @Test func regionPixelBoundsCoverPartlyTouchedPixelsOnly() {
        let bounds = Canvas.Region(x: 2.5, y: 3, width: 4, height: 2.25).pixelBounds(pixelsPerUnit: 2)
        #expect(bounds == Canvas.Region.PixelBounds(x: 5, y: 6, width: 8, height: 5))
        // A region on whole printer dots is exactly those dots, despite rounding.
        let dot = 72.0 / 300
        let dots = Canvas.Region(x: 1234 * dot, y: 77 * dot, width: 246 * dot, height: 246 * dot)
            .pixelBounds(pixelsPerUnit: 300.0 / 72)
        #expect(dots == Canvas.Region.PixelBounds(x: 1234, y: 77, width: 246, height: 246))
    }

    @Test func textIsPlacedByItsExactAdvancesAtEverySize() throws {
        let canvas = try Canvas(width: 100, height: 100)
        let text = "SSSSSSSSSSSSSSSSSSSS-"
        for size in [5.1, 6.2, 7.7, 10.0] {
            let font = Canvas.Font(family: "Noto Sans Mono CJK JP", size: size)
            let one = canvas.measureText("S", font: font).advance
            // Glyph advances are not rounded to whole points: a line is the sum
            // of its characters, and grows in proportion to the size.
            #expect(abs(canvas.measureText(text, font: font).advance - Double(text.count) * one) < 1e-6)
            #expect(abs(one - size / 2) < 1e-6)
        }
    }
}
