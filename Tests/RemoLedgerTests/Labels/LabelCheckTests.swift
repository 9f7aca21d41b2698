import RemoCore
import RemoDocuments
import RemoImaging
import RemoLedger
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
            let failure = LabelPress.check(label, on: canvas, pixelsPerPoint: Self.pixelsPerPoint)
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
            let failure = LabelPress.check(label, on: canvas, pixelsPerPoint: Self.pixelsPerPoint)
            #expect(failure == LabelBatchText.checkQuietZone())
        }
    }

    @Test func aLabelWithoutItsCodeFails() throws {
        try Self.withLabel(drawing: false) { label, canvas in
            let failure = LabelPress.check(label, on: canvas, pixelsPerPoint: Self.pixelsPerPoint)
            #expect(failure == LabelBatchText.checkNoCode())
        }
    }

    @Test func aLabelWhoseCodeIsNotItsPayloadFails() throws {
        try Self.withLabel(claimingAnotherPayload: true) { label, canvas in
            let failure = LabelPress.check(label, on: canvas, pixelsPerPoint: Self.pixelsPerPoint)
            #expect(failure?.key == "LabelBatchText.checkWrongText")
            #expect(failure?.rendered(in: .english).contains("zbar read \"REMO:1:WJ-NX400K/G:AB1234567:") == true)
        }
    }
}

extension LabelCheckTests {
    @Test(arguments: [3, 4, 5, 6, 7, 8, 10])
    func aLabelReadsAtTheSparseScanDensityOfItsModuleSize(dots: Int) throws {
        // The same check at the sparse density only: it must find the code (the
        // fallback to every line is for damage, not for the usual case).
        let matrix = try QREncoder.encode("REMO:1:WJ-NX400K/G:AB1234567:0A1B2C3D4E5F6071:2025-03:28T5CY4TQKFF:AA7278AE")
        let side = Double((matrix.size + 8) * dots)
        var canvas = try Canvas(width: side, height: side)
        canvas.drawQR(matrix, x: Double(4 * dots), y: Double(4 * dots), moduleSize: Double(dots), style: .imageMask)
        let image = try canvas.rasterize()
        let density = try #require(LabelPress.scanDensities(moduleDots: dots).first)
        #expect(density <= 5)
        let codes = try QRDecoder(settings: QRDecoder.Settings(density: density, retriesSmoothed: false)).decode(image)
        #expect(codes.count == 1)
    }
}
