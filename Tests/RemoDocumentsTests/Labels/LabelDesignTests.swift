import RemoCore
import RemoDocuments
import RemoImaging
import Testing
import RemoTestSupport

struct LabelDesignTests {
    /// A unit with these fields and a claim code from `generator`.
    static func content(
        model: String = "WJ-NX400K/G", serial: String = "AB1234567", deviceID: String = "0A1B2C3D4E5F6071",
        produced: String = "2025-03", generator: inout some RandomNumberGenerator
    ) throws -> LabelContent {
        let unit = try RecorderUnit(model: model, serial: serial, deviceID: deviceID, produced: produced)
        return try LabelContent(payload: RecorderPayload(unit: unit, claimCode: ClaimCode(using: &generator)))
    }

    /// The longest fields the formats allow, in their widest characters.
    static func longest(_ generator: inout some RandomNumberGenerator) throws -> [LabelContent] {
        try [
            content(
                model: String(repeating: "W", count: 20), serial: String(repeating: "W", count: 20),
                deviceID: String(repeating: "F", count: 32), produced: "9999-12", generator: &generator),
            content(
                model: "M1111111111111111111", serial: String(repeating: "S", count: 20),
                deviceID: String(repeating: "0", count: 32), produced: "2099-01", generator: &generator),
            content(model: "WJ-NXR100/2.LONGNAME", serial: "9", deviceID: "00000000", generator: &generator),
        ]
    }

    @Test(arguments: LabelLayout.catalogue.map(\.name))
    func theLongestFieldsFitEveryLayoutAtReadableSizes(layout name: String) throws {
        let layout = try LabelLayout.named(name)
        var generator = SeededGenerator(seed: 5)
        for language in Language.allCases {
            let design = try LabelDesign(layout: layout, language: language)
            for content in try Self.longest(&generator) {
                let artwork = try design.artwork(for: content)
                #expect(artwork.moduleDots >= 3, "\(name): modules of \(artwork.moduleDots) dots")
                for line in artwork.lines {
                    let style = line.font.weight == .bold ? LabelDesign.modelStyle : line.font.family == Canvas.Font.defaultFamily ? LabelDesign.captionStyle : LabelDesign.codeStyle
                    #expect(line.font.size >= style.minimumSize - 1e-9, "\(name): \(line.text) at \(line.font.size) pt")
                    #expect(line.font.size <= style.font.size + 1e-9)
                }
                // Every character of the model, serial and registration code is printed, in order.
                let printed = artwork.lines.map(\.text).joined(separator: " ")
                #expect(printed.replacing(" ", with: "").contains(content.registrationCode.replacing(" ", with: "")))
                #expect(printed.replacing(" ", with: "").contains(content.model))
            }
        }
    }

    @Test(arguments: LabelLayout.catalogue.map(\.name))
    func aLabelHasInkOnlyInItsContentAreaAndNoneInTheQuietZone(layout name: String) throws {
        let layout = try LabelLayout.named(name)
        let design = try LabelDesign(layout: layout, language: .japanese)
        var generator = SeededGenerator(seed: 7)
        var samples = try Self.longest(&generator)
        for _ in 0..<3 {
            let model = String((0..<Int.random(in: 1...20, using: &generator)).map { _ in "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789-/.".randomElement(using: &generator)! })
            let serial = String((0..<Int.random(in: 1...20, using: &generator)).map { _ in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".randomElement(using: &generator)! })
            samples.append(try Self.content(model: "M" + model.prefix(19), serial: serial, generator: &generator))
        }
        let frame = layout.frame(ofLabel: layout.labelsPerPage - 1).region
        let pixelsPerPoint = layout.pixelsPerPoint
        for content in samples {
            let artwork = try design.artwork(for: content)
            var canvas = try Canvas(width: layout.pageWidthPoints, height: layout.pageHeightPoints)
            artwork.draw(on: &canvas, labelAt: frame, style: .imageMask)
            let label = try canvas.rasterize(region: frame, pixelsPerUnit: pixelsPerPoint)
            let origin = frame.pixelBounds(pixelsPerUnit: pixelsPerPoint)
            let area = layout.contentArea
            let qr = artwork.qrRegion(labelAt: frame).pixelBounds(pixelsPerUnit: pixelsPerPoint)
            let quiet = LabelDesign.quietZone * artwork.moduleDots
            let inside = { (x: Int, y: Int) -> Bool in
                let px = Double(x) / pixelsPerPoint
                let py = Double(y) / pixelsPerPoint
                return px >= area.x - 0.5 && px <= area.x + area.width + 0.5 && py >= area.y - 0.5 && py <= area.y + area.height + 0.5
            }
            var stray = 0
            var inQuietZone = 0
            for y in 0..<label.height {
                for x in 0..<label.width where label[x: x, y: y] < 255 {
                    if !inside(x, y) { stray += 1 }
                    let (qx, qy) = (origin.x + x - qr.x, origin.y + y - qr.y)
                    let inBox = (0..<qr.width).contains(qx) && (0..<qr.height).contains(qy)
                    let inSymbol = (quiet..<(qr.width - quiet)).contains(qx) && (quiet..<(qr.height - quiet)).contains(qy)
                    if inBox && !inSymbol { inQuietZone += 1 }
                }
            }
            #expect(stray == 0, "\(name): \(stray) dark pixels outside the content area for \(content.serial)")
            #expect(inQuietZone == 0, "\(name): \(inQuietZone) dark pixels in the quiet zone for \(content.serial)")
            #expect(try QRDecoder().decode(label).map(\.text) == [content.payload.text])
        }
    }

    @Test func theQRCodeSitsOnThePrintersDotGridWithWholeDotModules() throws {
        var generator = SeededGenerator(seed: 11)
        for layout in LabelLayout.catalogue {
            let artwork = try LabelDesign(layout: layout).artwork(for: Self.content(generator: &generator))
            let dot = 72 / Double(layout.dotsPerInch)
            for index in [0, layout.labelsPerPage - 1] {
                let region = artwork.qrRegion(labelAt: layout.frame(ofLabel: index).region)
                for value in [region.x, region.y, region.width] {
                    #expect(abs(value / dot - (value / dot).rounded()) < 1e-6)
                }
                #expect(abs(region.width - Double((artwork.matrix.size + 8) * artwork.moduleDots) * dot) < 1e-9)
            }
            #expect(abs(artwork.moduleSize - Double(artwork.moduleDots) * dot) < 1e-12)
        }
    }

    @Test func textIsMeasuredAsCairoSetsIt() throws {
        let canvas = try Canvas(width: 10, height: 10)
        let design = try LabelDesign(layout: .standard, language: .japanese)
        for style in [LabelDesign.modelStyle, LabelDesign.codeStyle, LabelDesign.captionStyle] {
            let face = try #require(design.metrics.face(style.font))
            for text in ["WJ-NX400K/G", "AB1234567-28T5-CY4T-QKFF-C0", design.codeCaption, "S/N AB1234567"] {
                let measured = canvas.measureText(text, font: Canvas.Font(family: style.font.family, size: 7.3, weight: style.font.weight))
                #expect(abs(face.width(of: text, size: 7.3) - measured.advance) < 1e-6)
            }
        }
    }

    @Test(arguments: [
        ("WJ-NX400K/G", ["WJ-", "NX400K/G"]), ("M1111111111111111111", ["M111111111", "1111111111"]),
        ("RX.4", ["RX.", "4"]), ("AB/CD-EFGHIJ", ["AB/CD-", "EFGHIJ"]),
    ])
    func aModelIsWrappedAtTheSeparatorNearestItsMiddle(model: String, lines: [String]) {
        #expect(LabelDesign.split(model) == lines)
    }

    @Test func aLabelTooSmallForItsQRCodeOrTextIsRefusedNamingTheLayout() throws {
        var generator = SeededGenerator(seed: 13)
        let tiny = LabelLayout(
            name: "tiny", summary: LabelLayoutText.layoutThermal50x30(), page: .init(width: 12, height: 12),
            label: .init(width: 12, height: 12), columns: 1, rows: 1, firstLabelLeft: 0, firstLabelTop: 0,
            horizontalPitch: 12, verticalPitch: 12, dotsPerInch: 203, unprintableMargin: 0, padding: 1)
        let qr = #expect(throws: LabelDesign.FitError.self) {
            try LabelDesign(layout: tiny).artwork(for: Self.content(generator: &generator))
        }
        #expect(qr?.message.rendered(in: .english).contains("layout tiny") == true)
        let narrow = LabelLayout(
            name: "narrow", summary: LabelLayoutText.layoutThermal50x30(), page: .init(width: 40, height: 8),
            label: .init(width: 40, height: 8), columns: 1, rows: 1, firstLabelLeft: 0, firstLabelTop: 0,
            horizontalPitch: 40, verticalPitch: 8, dotsPerInch: 600, unprintableMargin: 0, padding: 0.2)
        let text = #expect(throws: LabelDesign.FitError.self) {
            try LabelDesign(layout: narrow).artwork(for: Self.content(generator: &generator))
        }
        guard case .textTooLong(let layout, _) = text else {
            Issue.record("expected textTooLong, got \(String(describing: text))")
            return
        }
        #expect(layout == "narrow")
    }
}
