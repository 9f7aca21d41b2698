import Foundation
package import RemoCore
package import RemoDocuments
package import RemoImaging

/// A label to make: the row it comes from, what it shows, how it is set, where it goes.
package struct PressedLabel: Sendable {
    /// The line of its row in the units file.
    package let row: Int
    package let content: LabelContent
    package let artwork: LabelArtwork
    package let frame: LabelLayout.Frame

    package init(row: Int, content: LabelContent, artwork: LabelArtwork, frame: LabelLayout.Frame) {
        self.row = row
        self.content = content
        self.artwork = artwork
        self.frame = frame
    }
}

/// Makes a batch's labels a page at a time: encodes each QR code, sets each
/// label, draws the page, checks every label at the printer's resolution,
/// and makes the bytes of the label files. A page is made on a thread of
/// ``pool`` (a thread per core) with its own canvas and readers; the caller
/// (``LabelBatchMaking``) keeps a few pages queued for the pool and writes
/// the finished ones, in order, to the sheets' PDF.
package struct LabelPress: Sendable {
    /// What a page made.
    struct Page: Sendable {
        /// The page's index in the batch, from 0.
        let index: Int
        /// The labels, in order.
        let labels: [PressedLabel]
        /// Why labels did not read back, by row.
        let failures: [Int: Message]
        /// Each label's own file, in order (empty when none were asked for or a label failed).
        let labelFiles: [[UInt8]]
    }

    let layout: LabelLayout
    let design: LabelDesign
    /// Where pages are made.
    let pool: WorkPool

    /// Makes the labels of one page, `payloads` (with their rows) in order, the
    /// first being the batch's label `firstLabel` (the first of a page), on a
    /// thread of the pool; with `files`, each label's own file too.
    func page(
        _ payloads: [(row: Int, payload: RecorderPayload)], index: Int, firstLabel: Int, files: LabelBatchRequest.LabelFiles?
    ) async throws -> Page {
        try await pool.run { [layout, design] in
            let (labels, failures) = try LabelPress.press(payloads, firstIndex: firstLabel, layout: layout, design: design)
            guard failures.isEmpty, let files else { return Page(index: index, labels: labels, failures: failures, labelFiles: []) }
            let made = try labels.map { try LabelPress.file(of: $0, layout: layout, format: files) }
            return Page(index: index, labels: labels, failures: failures, labelFiles: made)
        }
    }

    /// Encodes, sets, draws and checks one page's labels.
    private static func press(
        _ payloads: [(row: Int, payload: RecorderPayload)], firstIndex: Int, layout: LabelLayout, design: LabelDesign
    ) throws -> ([PressedLabel], [Int: Message]) {
        var labels: [PressedLabel] = []
        labels.reserveCapacity(payloads.count)
        var failures: [Int: Message] = [:]
        for (offset, item) in payloads.enumerated() {
            let content = try LabelContent(payload: item.payload)
            do {
                let artwork = try design.artwork(for: content)
                labels.append(PressedLabel(row: item.row, content: content, artwork: artwork, frame: layout.frame(ofLabel: firstIndex + offset)))
            } catch {
                failures[item.row] = error.message
            }
        }
        guard !labels.isEmpty else { return (labels, failures) }
        let canvas = try sheet(labels, layout: layout)
        for label in labels {
            if let failure = check(label, on: canvas) { failures[label.row] = failure }
        }
        return (labels, failures)
    }

    /// A page of the sheets with `labels` drawn in their frames, as it is
    /// checked and as it goes to the PDF (QR codes as image masks).
    static func sheet(_ labels: [PressedLabel], layout: LabelLayout) throws(ImagingError) -> Canvas {
        var canvas = try Canvas(width: layout.pageWidthPoints, height: layout.pageHeightPoints)
        for label in labels { label.artwork.draw(on: &canvas, labelAt: label.frame.region, style: .imageMask) }
        return canvas
    }

    /// Reads a label back from its page: draws its QR code with its quiet
    /// zone at a few pixels a module, each module exactly its pixels, and
    /// decodes it (``readBacks``, in order, until one finds a code). Nil when
    /// it reads as its payload, every module is as encoded and nothing is drawn
    /// in the quiet zone; else why not.
    ///
    /// The geometry at the printer's dots (each module whole dots, on the dot
    /// grid) is the artwork's, set by ``LabelDesign``; this check proves what
    /// is drawn. See docs/decisions.md, "Label verification".
    package static func check(_ label: PressedLabel, on canvas: borrowing Canvas) -> Message? {
        var failure: Message?
        for readBack in readBacks {
            failure = check(label, on: canvas, readBack)
            guard failure == LabelBatchText.checkNoCode() else { return failure }
        }
        return failure
    }

    /// One way of reading a label back: the image's pixels a module, and the engine.
    package struct ReadBack: Sendable {
        package enum Engine: Sendable {
            /// zxing-cpp's pure-symbol reader, one plain attempt.
            case zxingPure
            /// zbar, every line, no smoothing retry.
            case zbar
        }

        package let modulePixels: Int
        package let engine: Engine
    }

    /// How a label is read back, tried in order while nothing is found:
    /// zxing-cpp's pure-symbol reader at 1 pixel a module (it reads a clean
    /// upright symbol from 1 pixel a module; a label's image is one), then
    /// zbar at 2 and 4 (zbar misses most clean symbols at 1 pixel a module).
    /// Both engines are independent of the encoder (libqrencode).
    package static let readBacks = [
        ReadBack(modulePixels: 1, engine: .zxingPure), ReadBack(modulePixels: 2, engine: .zbar),
        ReadBack(modulePixels: 4, engine: .zbar),
    ]

    /// The check read back as `readBack` says.
    package static func check(_ label: PressedLabel, on canvas: borrowing Canvas, _ readBack: ReadBack) -> Message? {
        let matrix = label.artwork.matrix
        let scale = readBack.modulePixels
        let quiet = LabelDesign.quietZone * scale
        let side = matrix.size * scale + 2 * quiet
        let image: GrayImage
        let codes: [DecodedQR]
        do {
            image = try canvas.rasterizeInk(region: label.artwork.qrRegion(labelAt: label.frame.region), width: side, height: side)
            guard quietZoneIsClear(image, symbol: quiet..<(quiet + matrix.size * scale)) else {
                return LabelBatchText.checkQuietZone()
            }
            switch readBack.engine {
            case .zxingPure: codes = ZXingDecoder().decode(image, pure: true, thorough: false)
            case .zbar: codes = try QRDecoder(settings: QRDecoder.Settings(retriesSmoothed: false)).decode(image)
            }
        } catch {
            return LabelBatchText.checkFailed(["reason": .message(error.message)])
        }
        guard let code = codes.first else { return LabelBatchText.checkNoCode() }
        guard codes.count == 1, code.text == label.content.payload.text else {
            return LabelBatchText.checkWrongText(["text": .text(code.text ?? code.whyNoText?.description ?? "")])
        }
        let wrong = misprintedModules(image, matrix: matrix, modulePixels: scale, origin: quiet)
        guard wrong == 0 else { return LabelBatchText.checkModules(["count": .integer(wrong)]) }
        return nil
    }

    /// How many of `matrix`'s modules, drawn at `modulePixels` pixels a module
    /// from (`origin`, `origin`) in `image`, have a pixel that is not wholly the
    /// module's colour (0 for dark, 255 for light): 0 when every module is
    /// exactly as encoded.
    package static func misprintedModules(_ image: GrayImage, matrix: QRMatrix, modulePixels: Int, origin: Int) -> Int {
        image.pixels.withUnsafeBufferPointer { pixels in
            var wrong = 0
            for row in 0..<matrix.size {
                for column in 0..<matrix.size {
                    let expected: UInt8 = matrix[x: column, y: row] ? 0 : 255
                    let left = origin + column * modulePixels
                    let top = origin + row * modulePixels
                    guard top + modulePixels <= image.height, left + modulePixels <= image.width else {
                        wrong += 1
                        continue
                    }
                    scan: for y in top..<(top + modulePixels) {
                        for x in left..<(left + modulePixels) where pixels[y * image.width + x] != expected {
                            wrong += 1
                            break scan
                        }
                    }
                }
            }
            return wrong
        }
    }

    /// Whether every pixel outside the square `symbol` × `symbol` is white.
    static func quietZoneIsClear(_ image: GrayImage, symbol: Range<Int>) -> Bool {
        image.pixels.withUnsafeBufferPointer { pixels in
            for y in 0..<image.height {
                let row = y * image.width
                if symbol.contains(y) {
                    for x in 0..<min(symbol.lowerBound, image.width) where pixels[row + x] != 255 { return false }
                    for x in min(symbol.upperBound, image.width)..<image.width where pixels[row + x] != 255 { return false }
                } else {
                    for x in 0..<image.width where pixels[row + x] != 255 { return false }
                }
            }
            return true
        }
    }

    /// A label as a file of its own, label-sized: PNG at the printer's
    /// resolution (QR code as an image mask), or SVG (QR code as rectangles).
    private static func file(of label: PressedLabel, layout: LabelLayout, format: LabelBatchRequest.LabelFiles) throws
        -> [UInt8]
    {
        let size = label.frame.region
        var canvas = try Canvas(width: size.width, height: size.height)
        let origin = Canvas.Region(x: 0, y: 0, width: size.width, height: size.height)
        switch format {
        case .png:
            label.artwork.draw(on: &canvas, labelAt: origin, style: .imageMask)
            return try canvas.encoded(as: .png, pixelsPerUnit: layout.pixelsPerPoint)
        case .svg:
            label.artwork.draw(on: &canvas, labelAt: origin, style: .rectangles)
            return try canvas.encoded(as: .svg)
        }
    }
}
