import RemoCore
import RemoDocuments
import RemoImaging
import RemoLedger
import RemoTestSupport
import Testing

/// The check every label passes before a batch is recorded fails when it should.
struct LabelCheckTests {
    static let pixelsPerPoint = LabelLayout.standard.pixelsPerPoint

    /// Calls `body` with a label of the standard layout and its page, the label drawn on it.
    static func withLabel(
        drawing: Bool = true, claimingAnotherPayload: Bool = false, _ body: (PressedLabel, inout Canvas) throws -> Void
    ) throws {
        var generator = SystemRandomNumberGenerator()
        let unit = try RecorderUnit(model: "WJ-NX400K/G", serial: "AB1234567", deviceID: "0A1B2C3D4E5F6071", produced: "2025-03")
        let layout = LabelLayout.standard
        let content = try LabelContent(payload: RecorderPayload(unit: unit, claimCode: ClaimCode(using: &generator)))
        let artwork = try LabelDesign(layout: layout).artwork(for: content)
        let frame = layout.frame(ofLabel: 13)
        var canvas = try Canvas(width: layout.pageWidthPoints, height: layout.pageHeightPoints)
        if drawing { artwork.draw(on: &canvas, labelAt: frame.region, style: .imageMask) }
        let claimed =
            claimingAnotherPayload
            ? try LabelContent(payload: RecorderPayload(unit: unit, claimCode: ClaimCode(using: &generator))) : content
        try body(PressedLabel(row: 0, content: claimed, artwork: artwork, frame: frame), &canvas)
    }

    @Test func aWellDrawnLabelReadsBack() throws {
        try Self.withLabel { label, canvas in
            let failure = LabelPress.check(label, on: canvas)
            #expect(failure == nil)
        }
    }

    @Test func inkInTheQuietZoneFailsTheLabelEvenWhenTheCodeStillReads() throws {
        try Self.withLabel { label, canvas in
            let region = label.artwork.qrRegion(labelAt: label.frame.region)
            // A hairline one module inside the quiet zone's edge: zbar reads past it, the check does not.
            canvas.fillRectangle(x: region.x + label.artwork.moduleSize, y: region.y + 20, width: 0.3, height: 5)
            let codes = try QRDecoder().decode(canvas.rasterize(region: region, pixelsPerUnit: Self.pixelsPerPoint))
            #expect(codes.count == 1)
            let failure = LabelPress.check(label, on: canvas)
            #expect(failure == LabelBatchText.checkQuietZone())
        }
    }

    @Test func aLabelWithoutItsCodeFails() throws {
        try Self.withLabel(drawing: false) { label, canvas in
            let failure = LabelPress.check(label, on: canvas)
            #expect(failure == LabelBatchText.checkNoCode())
        }
    }

    @Test func aLabelWhoseCodeIsNotItsPayloadFails() throws {
        try Self.withLabel(claimingAnotherPayload: true) { label, canvas in
            let failure = LabelPress.check(label, on: canvas)
            #expect(failure?.key == "LabelBatchText.checkWrongText")
            #expect(failure?.rendered(in: .english).contains("it reads \"REMO:1:WJ-NX400K/G:AB1234567:") == true)
        }
    }
}

extension LabelCheckTests {
    @Test func aMisprintedModuleFailsTheLabelEvenWhenZbarStillReadsItsPrint() throws {
        try Self.withLabel { label, canvas in
            let region = label.artwork.qrRegion(labelAt: label.frame.region)
            let matrix = label.artwork.matrix
            // The first light module of the data area's row 10, inked: error correction still reads it.
            let row = 10
            let column = try #require((9..<(matrix.size - 8)).first { !matrix[x: $0, y: row] })
            let origin = Double(LabelDesign.quietZone) * label.artwork.moduleSize
            canvas.fillRectangle(
                x: region.x + origin + Double(column) * label.artwork.moduleSize,
                y: region.y + origin + Double(row) * label.artwork.moduleSize,
                width: label.artwork.moduleSize / 2, height: label.artwork.moduleSize / 2)
            let image = try canvas.rasterize(region: region, pixelsPerUnit: Self.pixelsPerPoint)
            #expect(try QRDecoder().decode(image).first?.text == label.content.payload.text)
            let failure = LabelPress.check(label, on: canvas)
            #expect(failure == LabelBatchText.checkModules(["count": 1]))
            #expect(failure?.rendered(in: .english).hasPrefix("1 module of its QR code is not drawn as encoded") == true)
        }
    }

    @Test(arguments: LabelLayout.catalogue)
    func aLabelOfEveryLayoutReadsBack(layout: LabelLayout) throws {
        var generator = SeededGenerator(seed: 41)
        let design = try LabelDesign(layout: layout)
        var canvas = try Canvas(width: layout.pageWidthPoints, height: layout.pageHeightPoints)
        var labels: [PressedLabel] = []
        for index in 0..<layout.labelsPerPage {
            let unit = try RecorderUnit(
                model: index % 2 == 0 ? "WJ-NX400K/G" : "WJ-NX200K", serial: "BN\(100_000 + index)",
                deviceID: Self.hex16(UInt64.random(in: 0...UInt64.max, using: &generator)), produced: "2025-03")
            let content = try LabelContent(payload: RecorderPayload(unit: unit, claimCode: ClaimCode(using: &generator)))
            let label = try PressedLabel(
                row: index, content: content, artwork: design.artwork(for: content), frame: layout.frame(ofLabel: index))
            label.artwork.draw(on: &canvas, labelAt: label.frame.region, style: .imageMask)
            labels.append(label)
        }
        for label in labels {
            #expect(LabelPress.check(label, on: canvas) == nil, "\(label.row)")
            // The first way of reading back reads every label: the others are only a second opinion.
            #expect(LabelPress.check(label, on: canvas, LabelPress.readBacks[0]) == nil, "\(label.row)")
        }
    }

    static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test(arguments: LabelPress.readBacks.map { $0.modulePixels })
    func aCodeDrawnOffTheModuleGridFailsModuleByModule(pixels: Int) throws {
        // Half a module to the right: zbar still reads it, the modules are not where they were encoded.
        let text = "REMO:1:WJ-NX400K/G:AB1234567:0A1B2C3D4E5F6071:2025-03:28T5CY4TQKFF:AA7278AE"
        let matrix = try QREncoder.encode(text)
        let side = Double(matrix.size + 8)
        var canvas = try Canvas(width: side, height: side)
        canvas.drawQR(matrix, x: 4.5, y: 4, moduleSize: 1, style: .imageMask)
        let region = Canvas.Region(x: 0, y: 0, width: side, height: side)
        let shifted = try canvas.rasterizeInk(region: region, width: Int(side) * pixels, height: Int(side) * pixels)
        if pixels >= 2 { #expect(try QRDecoder().decode(shifted).map(\.text) == [text]) }
        #expect(LabelPress.misprintedModules(shifted, matrix: matrix, modulePixels: pixels, origin: 4 * pixels) > 0)
        var drawnOnTheGrid = try Canvas(width: side, height: side)
        drawnOnTheGrid.drawQR(matrix, x: 4, y: 4, moduleSize: 1, style: .imageMask)
        let clean = try drawnOnTheGrid.rasterizeInk(region: region, width: Int(side) * pixels, height: Int(side) * pixels)
        #expect(LabelPress.misprintedModules(clean, matrix: matrix, modulePixels: pixels, origin: 4 * pixels) == 0)
        if pixels == 1 { #expect(ZXingDecoder().decode(clean, pure: true, thorough: false).map(\.text) == [text]) }
    }
}
