internal import CCairo

/// A drawing of one or more pages, made with cairo, that becomes a PNG, an SVG
/// or a PDF, or a ``GrayImage`` to check what was drawn.
///
/// Drawing is recorded page by page (on cairo recording surfaces), so the same
/// drawing can be written as a PDF and rasterized for verification: a label is
/// decoded back with zbar before it is printed. Coordinates are in units from
/// the page's top-left corner, y down: a unit is a point (1/72 inch) in PDF and
/// SVG output and `pixelsPerUnit` pixels in raster output.
///
/// The canvas owns its cairo objects and frees them when it goes away; it is
/// `~Copyable` (a drawing has one owner) and not `Sendable`. Drawing calls do not
/// throw: cairo keeps the first error, and the calls that produce output
/// (``rasterize(page:pixelsPerUnit:)``, ``encoded(as:pixelsPerUnit:)``,
/// ``write(to:format:pixelsPerUnit:)``) report it.
///
/// ```swift
/// var canvas = try Canvas(width: 595, height: 842)          // A4 in points
/// canvas.drawText("レコーダー", x: 40, y: 60, font: Canvas.Font(size: 18))
/// canvas.drawQR(matrix, x: 40, y: 80, moduleSize: 3)
/// try canvas.newPage()
/// try canvas.write(to: "sheet.pdf")
/// ```
public struct Canvas: ~Copyable {
    /// The largest page side, in units: 14 400, the PDF limit (200 inches).
    public static let maximumSide = 14_400.0
    /// The largest side of a rasterized page, in pixels (cairo's image limit).
    public static let maximumPixelSide = 32_767

    private struct Page {
        let surface: OpaquePointer
        let width: Double
        let height: Double
    }

    private var pages: [Page]
    private var context: OpaquePointer
    /// The current page's width, in units.
    public private(set) var width: Double
    /// The current page's height, in units.
    public private(set) var height: Double
    /// The document title written into PDF output's metadata; none by default.
    public var title: String?

    /// A canvas with one empty (transparent, so white on paper) page.
    ///
    /// - Parameters:
    ///   - width: the page width in units, more than 0 and at most ``maximumSide``.
    ///   - height: the page height in units, likewise.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/invalidDrawing`` for a size
    ///   out of range; ``ImagingError/Code/drawingFailed`` when cairo cannot allocate.
    public init(width: Double, height: Double) throws(ImagingError) {
        let (surface, context) = try Canvas.makePage(width: width, height: height)
        self.pages = [Page(surface: surface, width: width, height: height)]
        self.context = context
        self.width = width
        self.height = height
    }

    deinit {
        cairo_destroy(context)
        for page in pages { cairo_surface_destroy(page.surface) }
    }

    /// The number of pages, the current one included.
    public var pageCount: Int { pages.count }

    /// Ends the current page and starts a new, empty one.
    ///
    /// - Parameters:
    ///   - width: the new page's width; the current page's by default.
    ///   - height: the new page's height; the current page's by default.
    /// - Throws: ``ImagingError`` as ``init(width:height:)``.
    public mutating func newPage(width: Double? = nil, height: Double? = nil) throws(ImagingError) {
        let newWidth = width ?? self.width
        let newHeight = height ?? self.height
        if let failure = drawingFailure() { throw failure }
        let (surface, newContext) = try Canvas.makePage(width: newWidth, height: newHeight)
        cairo_destroy(context)
        context = newContext
        pages.append(Page(surface: surface, width: newWidth, height: newHeight))
        self.width = newWidth
        self.height = newHeight
    }

    /// Fills a rectangle on the current page.
    ///
    /// - Parameters:
    ///   - x: the left edge.
    ///   - y: the top edge.
    ///   - width: the width.
    ///   - height: the height.
    ///   - color: the fill; black by default.
    public mutating func fillRectangle(x: Double, y: Double, width: Double, height: Double, color: Color = .black) {
        cairo_new_path(context)
        cairo_rectangle(context, x, y, width, height)
        fill(color)
    }

    /// Draws a QR symbol's dark modules on the current page (its light modules
    /// and quiet zone are left as they are: draw on white).
    ///
    /// - Parameters:
    ///   - matrix: the symbol.
    ///   - x: the left edge of the symbol's first module.
    ///   - y: the top edge of the symbol's first module.
    ///   - moduleSize: the side of one module, in units.
    ///   - color: the dark modules' color; black by default.
    ///   - style: rectangles (the default) or one image mask; see ``QRStyle``.
    public mutating func drawQR(
        _ matrix: QRMatrix, x: Double, y: Double, moduleSize: Double, color: Color = .black, style: QRStyle = .rectangles
    ) {
        if style == .imageMask {
            drawQRMask(matrix, x: x, y: y, moduleSize: moduleSize, color: color)
            return
        }
        cairo_new_path(context)
        // One path of one rectangle per run of dark modules, filled once: no seams between modules.
        for (row, runs) in matrix.darkRuns.enumerated() {
            for run in runs {
                cairo_rectangle(
                    context, x + Double(run.x) * moduleSize, y + Double(row) * moduleSize,
                    Double(run.length) * moduleSize, moduleSize)
            }
        }
        fill(color)
    }

    /// The symbol as an image, one pixel per module, painted through as a mask
    /// scaled to `moduleSize` without interpolation. The mask is 8-bit alpha
    /// holding only 0 and 255 (cairo rasterizes it about twice as fast as 1-bit
    /// alpha, and still writes it to PDF as a 1-bit image mask).
    private mutating func drawQRMask(_ matrix: QRMatrix, x: Double, y: Double, moduleSize: Double, color: Color) {
        let side = Int32(matrix.size)
        // Never NULL; a surface in error (no memory) makes an error pattern, and
        // cairo_mask then records the error on the context, reported by the output calls.
        let mask = cairo_image_surface_create(CAIRO_FORMAT_A8, side, side)!
        defer { cairo_surface_destroy(mask) }
        if cairo_surface_status(mask) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(mask) {
            cairo_surface_flush(mask)
            let stride = Int(cairo_image_surface_get_stride(mask))
            for row in 0..<matrix.size {
                for column in 0..<matrix.size {
                    data[row * stride + column] = matrix[x: column, y: row] ? 255 : 0
                }
            }
            cairo_surface_mark_dirty(mask)
        }
        let pattern = cairo_pattern_create_for_surface(mask)!  // never NULL
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        cairo_save(context)
        cairo_translate(context, x, y)
        cairo_scale(context, moduleSize, moduleSize)
        cairo_set_source_rgb(context, color.red, color.green, color.blue)
        cairo_mask(context, pattern)
        cairo_restore(context)
    }

    /// Draws text on the current page with cairo's text API (fonts found through
    /// fontconfig). Choose a font that has every character: `Noto Sans CJK JP`
    /// (the default) covers Japanese and Latin text.
    ///
    /// - Parameters:
    ///   - text: one line of text.
    ///   - x: where the text starts.
    ///   - y: the baseline.
    ///   - font: the family, size and weight.
    ///   - color: black by default.
    public mutating func drawText(_ text: String, x: Double, y: Double, font: Font, color: Color = .black) {
        cairo_save(context)
        select(font)
        cairo_set_source_rgb(context, color.red, color.green, color.blue)
        cairo_move_to(context, x, y)
        cairo_show_text(context, text)
        cairo_restore(context)
    }

    /// The size `text` takes in `font`, without drawing it.
    ///
    /// - Parameters:
    ///   - text: one line of text.
    ///   - font: the family, size and weight.
    public func measureText(_ text: String, font: Font) -> TextExtents {
        cairo_save(context)
        defer { cairo_restore(context) }
        select(font)
        var ink = cairo_text_extents_t()
        var metrics = cairo_font_extents_t()
        cairo_text_extents(context, text, &ink)
        cairo_font_extents(context, &metrics)
        return TextExtents(
            advance: ink.x_advance, inkLeft: ink.x_bearing, inkTop: ink.y_bearing, inkWidth: ink.width,
            inkHeight: ink.height, ascent: metrics.ascent, descent: metrics.descent, lineHeight: metrics.height)
    }

    /// A page as a grey image, on white.
    ///
    /// - Parameters:
    ///   - page: the page index from 0; the current page by default.
    ///   - pixelsPerUnit: the resolution; 1 by default (for points: 72 dpi; use
    ///     `dpi / 72` for a printer's resolution).
    /// - Returns: an image `ceil(width * pixelsPerUnit)` by `ceil(height * pixelsPerUnit)`.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/invalidDrawing`` for a page
    ///   or resolution out of range; ``ImagingError/Code/drawingFailed`` when a
    ///   drawing call or the rendering failed.
    public func rasterize(page: Int? = nil, pixelsPerUnit: Double = 1) throws(ImagingError) -> GrayImage {
        let page = try drawnPage(page)
        let width = (page.width * pixelsPerUnit).rounded(.up)
        let height = (page.height * pixelsPerUnit).rounded(.up)
        let limit = Double(Canvas.maximumPixelSide + 1)
        let bounds = Region.PixelBounds(
            x: 0, y: 0, width: width.isFinite ? Int(min(max(width, 0), limit)) : 0,
            height: height.isFinite ? Int(min(max(height, 0), limit)) : 0)
        return try Canvas.raster(of: page, pixelsPerUnit: pixelsPerUnit, bounds: bounds)
    }

    /// Part of a page as a grey image, on white: the same pixels as the
    /// rasterized page cropped to the region's ``Region/pixelBounds(pixelsPerUnit:)``,
    /// made without rasterizing the rest (what a label check decodes).
    ///
    /// - Parameters:
    ///   - page: the page index from 0; the current page by default.
    ///   - region: the part of the page, in units; it may reach past the page (the
    ///     outside is white).
    ///   - pixelsPerUnit: the resolution.
    /// - Returns: an image the size of the region's pixel bounds.
    /// - Throws: ``ImagingError`` as ``rasterize(page:pixelsPerUnit:)``, and
    ///   ``ImagingError/Code/invalidDrawing`` for an empty region.
    public func rasterize(page: Int? = nil, region: Region, pixelsPerUnit: Double) throws(ImagingError) -> GrayImage {
        let page = try drawnPage(page)
        return try Canvas.raster(of: page, pixelsPerUnit: pixelsPerUnit, bounds: region.pixelBounds(pixelsPerUnit: pixelsPerUnit))
    }

    /// Where a region of a page is inked, as a grey image of `width` by
    /// `height` pixels: the region's top-left corner is the image's, exactly
    /// (not rounded to the page's pixel grid), each pixel `region.width / width`
    /// units wide. 0 where a pixel is wholly covered, 255 where nothing is
    /// drawn, whatever the colour drawn (every colour counts as ink; for a
    /// drawing in black these are the pixels of the region on white).
    ///
    /// What a label check reads: the region of a QR code and its quiet zone at
    /// a whole number of pixels a module, each module exactly its pixels (a
    /// ``QRStyle/imageMask`` is sampled without interpolation), any ink in the
    /// quiet zone a pixel below 255.
    ///
    /// - Parameters:
    ///   - page: the page index from 0; the current page by default.
    ///   - region: the part of the page, in units; it may reach past the page.
    ///   - width: the image's columns, 1 to ``maximumPixelSide``.
    ///   - height: the image's rows, 1 to ``maximumPixelSide``.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/invalidDrawing`` for a page
    ///   out of range, an empty region or a size out of range;
    ///   ``ImagingError/Code/drawingFailed`` when the rendering failed.
    public func rasterizeInk(page: Int? = nil, region: Region, width: Int, height: Int) throws(ImagingError) -> GrayImage {
        let page = try drawnPage(page)
        let scaleX = Double(width) / region.width
        let scaleY = Double(height) / region.height
        guard scaleX.isFinite, scaleY.isFinite, scaleX > 0, scaleY > 0 else {
            throw .invalidDrawing("region", range: "a region of positive width and height", value: "\(region)")
        }
        return try Canvas.raster(
            of: page, size: (width, height), inkOnly: true,
            transform: { context in
                cairo_scale(context, scaleX, scaleY)
                cairo_translate(context, -region.x, -region.y)
            })
    }

    /// The drawing as the bytes of a file.
    ///
    /// - Parameters:
    ///   - format: PNG (one page, rasterized on white, 8-bit grey), SVG (one page)
    ///     or PDF (every page, each at its own size).
    ///   - pixelsPerUnit: the resolution of PNG output; ignored for SVG and PDF.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/onePageFormat`` for a
    ///   multi-page PNG or SVG; ``ImagingError/Code/drawingFailed`` with cairo's
    ///   message (the surface is finished and its status checked).
    public func encoded(as format: OutputFormat, pixelsPerUnit: Double = 1) throws(ImagingError) -> [UInt8] {
        if let failure = drawingFailure() { throw failure }
        if format != .pdf, pages.count > 1 { throw .onePageFormat(format: format.name, pages: pages.count) }
        switch format {
        case .png: return try PNGEncoder.encode(rasterize(page: 0, pixelsPerUnit: pixelsPerUnit))
        case .svg, .pdf: return try vector(format)
        }
    }

    /// Writes the drawing to a file, whole or not at all (see ``encoded(as:pixelsPerUnit:)``).
    ///
    /// - Parameters:
    ///   - path: the file: a regular file is replaced whole (its mode and owner
    ///     kept; written in place when it has other hard links), a symbolic
    ///     link's target is written, a device or a FIFO is written directly.
    ///   - format: the format; by default chosen from `path`'s extension.
    ///   - pixelsPerUnit: the resolution of PNG output.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/unknownOutputFormat`` for an
    ///   extension other than `.png`, `.svg`, `.pdf`; the errors of
    ///   ``encoded(as:pixelsPerUnit:)``; ``ImagingError/Code/writeFailed``. On any
    ///   error a regular file at `path` is left as it was (and no temporary file beside it).
    public func write(to path: String, format: OutputFormat? = nil, pixelsPerUnit: Double = 1) throws(ImagingError) {
        guard let format = format ?? OutputFormat(path: path) else { throw .unknownOutputFormat(path) }
        try OutputFile.write(encoded(as: format, pixelsPerUnit: pixelsPerUnit), to: path)
    }

    // MARK: - Private

    private func select(_ font: Font) {
        cairo_select_font_face(
            context, font.family, CAIRO_FONT_SLANT_NORMAL,
            font.weight == .bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(context, font.size)
    }

    private func fill(_ color: Color) {
        cairo_set_source_rgb(context, color.red, color.green, color.blue)
        cairo_fill(context)
    }

    /// A page to read, after checking that drawing on the canvas succeeded.
    private func drawnPage(_ page: Int?) throws(ImagingError) -> Page {
        if let failure = drawingFailure() { throw failure }
        let index = page ?? pages.count - 1
        guard pages.indices.contains(index) else {
            throw .invalidDrawing("page", range: "0...\(pages.count - 1)", value: String(index))
        }
        return pages[index]
    }

    /// The error cairo recorded on the current page's context, if any.
    private func drawingFailure() -> ImagingError? {
        let status = cairo_status(context)
        return status == CAIRO_STATUS_SUCCESS ? nil : .drawingFailed(format: "recording", reason: Canvas.describe(status))
    }

    /// A recording surface for a page and a context drawing on it; both freed on failure.
    private static func makePage(
        width: Double, height: Double
    ) throws(ImagingError) -> (surface: OpaquePointer, context: OpaquePointer) {
        for (name, value) in [("width", width), ("height", height)] where !(value > 0 && value <= maximumSide) {
            throw .invalidDrawing(name, range: "0 < \(name) ≤ \(Int(maximumSide))", value: String(value))
        }
        var extents = cairo_rectangle_t(x: 0, y: 0, width: width, height: height)
        // cairo's constructors never return NULL; they return objects in an error status.
        let surface = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)!
        let context = cairo_create(surface)!
        let status = cairo_status(context) != CAIRO_STATUS_SUCCESS ? cairo_status(context) : cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(context)
            cairo_surface_destroy(surface)
            throw .drawingFailed(format: "recording", reason: describe(status))
        }
        // Glyphs are placed by their exact advances, never rounded to whole
        // units: at label sizes (5 to 10 points) rounding advances to whole points
        // makes a line of text up to a fifth wider or narrower than measured.
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_set_font_options(context, options)
        cairo_font_options_destroy(options)
        return (surface, context)
    }

    /// The pixels `bounds` (in pixels at `pixelsPerUnit`) of a page, on white.
    private static func raster(of page: Page, pixelsPerUnit: Double, bounds: Region.PixelBounds) throws(ImagingError)
        -> GrayImage
    {
        guard pixelsPerUnit > 0, pixelsPerUnit.isFinite, bounds.width >= 1, bounds.height >= 1,
            bounds.width <= maximumPixelSide, bounds.height <= maximumPixelSide
        else {
            throw .invalidDrawing(
                "pixelsPerUnit", range: "a resolution and region giving 1 to \(maximumPixelSide) pixels a side",
                value: String(pixelsPerUnit))
        }
        return try raster(
            of: page, size: (bounds.width, bounds.height), inkOnly: false,
            transform: { context in
                cairo_translate(context, Double(-bounds.x), Double(-bounds.y))
                cairo_scale(context, pixelsPerUnit, pixelsPerUnit)
            })
    }

    /// A page drawn through `transform` (from units to pixels) on an image of
    /// `size`: its colours on white (RGB24), or with `inkOnly` its coverage
    /// (A8), 255 less.
    private static func raster(
        of page: Page, size: (width: Int, height: Int), inkOnly: Bool, transform: (OpaquePointer) -> Void
    ) throws(ImagingError) -> GrayImage {
        let (width, height) = size
        guard width >= 1, height >= 1, width <= maximumPixelSide, height <= maximumPixelSide else {
            throw .invalidDrawing(
                "width and height", range: "1 to \(maximumPixelSide) pixels a side", value: "\(width)×\(height)")
        }
        // Never NULL; made cleared (an A8 surface: nothing inked yet).
        let surface = cairo_image_surface_create(inkOnly ? CAIRO_FORMAT_A8 : CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        let context = cairo_create(surface)!  // never NULL
        defer { cairo_destroy(context) }
        if !inkOnly {
            cairo_set_source_rgb(context, 1, 1, 1)
            cairo_paint(context)
        }
        transform(context)
        cairo_surface_flush(page.surface)
        cairo_set_source_surface(context, page.surface, 0, 0)
        cairo_paint(context)
        cairo_surface_flush(surface)
        let status = cairo_status(context) != CAIRO_STATUS_SUCCESS ? cairo_status(context) : cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            throw .drawingFailed(format: "PNG", reason: describe(status))
        }
        let columns = Int(width)
        let rows = Int(height)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let pixels = [UInt8](unsafeUninitializedCapacity: columns * rows) { target, count in
            guard let output = target.baseAddress else { return }
            if inkOnly {
                for row in 0..<rows {
                    let line = data + row * stride
                    let out = output + row * columns
                    for column in 0..<columns { out[column] = 255 &- line[column] }
                }
                count = columns * rows
                return
            }
            for row in 0..<rows {
                // RGB24: native-endian 32-bit words, x8r8g8b8 (rows start 4-byte aligned).
                let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
                let out = output + row * columns
                for column in 0..<columns {
                    let word = line[column]
                    let blue = word & 0xFF
                    // Grey pixels (all of a black-and-white drawing) are their own luma.
                    if word & 0xFF_FFFF == blue &* 0x01_0101 {
                        out[column] = UInt8(truncatingIfNeeded: blue)
                    } else {
                        out[column] = luma(red: Int(word >> 16 & 0xFF), green: Int(word >> 8 & 0xFF), blue: Int(blue))
                    }
                }
            }
            count = columns * rows
        }
        return GrayImage(width: columns, height: rows, pixels: pixels)
    }

    /// Replays every page onto a PDF or SVG stream surface and returns the bytes,
    /// after `cairo_surface_finish` and a status check.
    private func vector(_ format: OutputFormat) throws(ImagingError) -> [UInt8] {
        let sink = ByteSink()
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }
        let first = pages[0]
        let surface: OpaquePointer =
            switch format {
            case .pdf: cairo_pdf_surface_create_for_stream(write, closure, first.width, first.height)!  // never NULL
            default: cairo_svg_surface_create_for_stream(write, closure, first.width, first.height)!  // never NULL
            }
        defer { cairo_surface_destroy(surface) }
        if format == .svg { cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT) }
        if format == .pdf, let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        let context = cairo_create(surface)!  // never NULL
        for page in pages {
            if format == .pdf { cairo_pdf_surface_set_size(surface, page.width, page.height) }
            cairo_surface_flush(page.surface)
            cairo_set_source_surface(context, page.surface, 0, 0)
            cairo_paint(context)
            cairo_show_page(context)
        }
        let drawn = cairo_status(context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        let finished = cairo_surface_status(surface)
        let status = drawn != CAIRO_STATUS_SUCCESS ? drawn : finished
        guard status == CAIRO_STATUS_SUCCESS else { throw .drawingFailed(format: format.name, reason: Canvas.describe(status)) }
        return withExtendedLifetime(sink) { sink.bytes }
    }

    /// Replays every page onto `context`, a context of a PDF surface, each at
    /// its own size, ending each page (what ``PDFWriter`` streams).
    ///
    /// - Throws: ``ImagingError/Code/drawingFailed`` when drawing on the canvas failed.
    func replayPages(onPDF surface: OpaquePointer, context: OpaquePointer) throws(ImagingError) {
        if let failure = drawingFailure() { throw failure }
        for page in pages {
            cairo_pdf_surface_set_size(surface, page.width, page.height)
            cairo_surface_flush(page.surface)
            cairo_set_source_surface(context, page.surface, 0, 0)
            cairo_paint(context)
            cairo_show_page(context)
        }
    }

    static func describe(_ status: cairo_status_t) -> String {
        String(cString: cairo_status_to_string(status))
    }
}

/// Collects what a cairo stream surface writes.
private final class ByteSink {
    var bytes: [UInt8] = []
}
