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

/// Makes a batch's labels, some pages at a time: encodes each QR code, sets
/// each label, draws the pages, checks every label at the printer's
/// resolution, writes the pages to the sheets' PDF as they are checked, and
/// makes the bytes of the label files. Nothing is kept once a group of pages is
/// done: a batch of any size holds one group at a time.
///
/// Pages are checked on the threads of ``pool`` (a thread per core), each page
/// with its own canvas and readers, as many at once as the pool has
/// threads; meanwhile the caller's task draws the checked pages into the PDF in
/// order.
package struct LabelPress {
    /// What a group made.
    struct Output {
        /// The labels, in order.
        let labels: [PressedLabel]
        /// Why labels did not read back, by row.
        let failures: [Int: Message]
        /// Each label's own file, by label index (empty when a label failed).
        let labelFiles: [[UInt8]]
    }

    let layout: LabelLayout
    let design: LabelDesign
    /// Where pages are checked and label files made; as many pages are checked
    /// at once as it has threads.
    let pool: WorkPool

    /// Makes the labels of `payloads` (with their rows), in order, the first
    /// being the batch's label `firstLabel` (the first of a page), and writes
    /// their pages to `pdf` (when a label fails, no more pages are written).
    func make(
        _ payloads: [(row: Int, payload: RecorderPayload)], firstLabel: Int, pdf: PDFWriter?,
        files: LabelBatchRequest.LabelFiles?, progress: (Int) -> Void
    ) async throws -> Output {
        let perPage = layout.labelsPerPage
        let pageCount = (payloads.count + perPage - 1) / perPage
        var pages = [[PressedLabel]?](repeating: nil, count: pageCount)
        var failures: [Int: Message] = [:]
        var drawn = 0

        try await withThrowingTaskGroup(of: (Int, [PressedLabel], [Int: Message]).self) { group in
            var next = 0
            func addPage() {
                let page = next
                next += 1
                let slice = Array(payloads[(page * perPage)..<min(payloads.count, (page + 1) * perPage)])
                let first = firstLabel + page * perPage
                group.addTask { [layout, design, pool] in
                    let (_, labels, failures) = try await pool.run {
                        try LabelPress.press(slice, firstIndex: first, layout: layout, design: design)
                    }
                    return (page, labels, failures)
                }
            }
            while next < min(pageCount, pool.threads) { addPage() }
            while let (page, labels, pageFailures) = try await group.next() {
                if next < pageCount { addPage() }
                pages[page] = labels
                failures.merge(pageFailures) { first, _ in first }
                progress(labels.count)
                // Write the finished pages to the PDF in order, while the others are checked.
                while drawn < pageCount, let labels = pages[drawn] {
                    if let pdf, failures.isEmpty {
                        var sheet = try Canvas(width: layout.pageWidthPoints, height: layout.pageHeightPoints)
                        for label in labels { label.artwork.draw(on: &sheet, labelAt: label.frame.region, style: .imageMask) }
                        try pdf.add(sheet)
                    }
                    drawn += 1
                }
            }
        }
        let labels = pages.flatMap { $0 ?? [] }
        guard failures.isEmpty else { return Output(labels: labels, failures: failures, labelFiles: []) }
        var labelFiles: [[UInt8]] = []
        if let files { labelFiles = try await self.labelFiles(labels, format: files) }
        return Output(labels: labels, failures: [:], labelFiles: labelFiles)
    }

    /// Encodes, sets, draws and checks one page's labels.
    private static func press(
        _ payloads: [(row: Int, payload: RecorderPayload)], firstIndex: Int, layout: LabelLayout, design: LabelDesign
    ) throws -> (Int, [PressedLabel], [Int: Message]) {
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
        let page = layout.frame(ofLabel: firstIndex).page
        guard !labels.isEmpty else { return (page, labels, failures) }
        var canvas = try Canvas(width: layout.pageWidthPoints, height: layout.pageHeightPoints)
        for label in labels { label.artwork.draw(on: &canvas, labelAt: label.frame.region, style: .imageMask) }
        for label in labels {
            if let failure = check(label, on: canvas) { failures[label.row] = failure }
        }
        return (page, labels, failures)
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

    /// Each label as a file of its own, label-sized: PNG at the printer's
    /// resolution (QR code as an image mask), or SVG (QR code as rectangles).
    private func labelFiles(_ labels: [PressedLabel], format: LabelBatchRequest.LabelFiles) async throws -> [[UInt8]] {
        let chunk = 64
        var files = [[UInt8]](repeating: [], count: labels.count)
        try await withThrowingTaskGroup(of: (Int, [[UInt8]]).self) { group in
            for start in stride(from: 0, to: labels.count, by: chunk) {
                let slice = Array(labels[start..<min(labels.count, start + chunk)])
                group.addTask { [layout, pool] in
                    (start, try await pool.run { try slice.map { try LabelPress.file(of: $0, layout: layout, format: format) } })
                }
            }
            while let (start, made) = try await group.next() {
                for (offset, bytes) in made.enumerated() { files[start + offset] = bytes }
            }
        }
        return files
    }

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
