import Foundation
internal import CCairo

/// A PDF written to a file page by page, as the pages are drawn: a document of
/// any number of pages in bounded memory (a ``Canvas`` keeps every page it
/// holds until it goes away; a writer keeps none).
///
/// Each ``add(_:)`` replays a canvas's pages onto cairo's PDF surface, which
/// writes them to the file; the canvas can then go. ``finish()`` ends the
/// document and flushes the file to disk. A writer that is not finished leaves
/// an incomplete file, which the caller removes.
///
/// ```swift
/// let pdf = try PDFWriter(path: "sheets.pdf", title: "units.csv")
/// for sheet in sheets {
///     var page = try Canvas(width: 595, height: 842)
///     draw(sheet, on: &page)
///     try pdf.add(page)
/// }
/// try pdf.finish()
/// ```
///
/// Not `Sendable`: one task writes a document.
public final class PDFWriter {
    private let path: String
    private let sink: FileSink
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private var finished = false

    /// Opens `path` for writing (made, or emptied when it exists).
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - title: the document title in the PDF's metadata, if any.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/writeFailed`` when the file
    ///   cannot be opened; ``ImagingError/Code/drawingFailed`` when cairo cannot start.
    public init(path: String, title: String? = nil) throws(ImagingError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .writeFailed(path, reason: FileBytes.describe(errno)) }
        let sink = FileSink(descriptor: descriptor)
        let write: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<FileSink>.fromOpaque(closure).takeUnretainedValue()
            return sink.write(UnsafeRawBufferPointer(start: data, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
        }
        // The size is set per page; never NULL (an error status instead).
        let surface = cairo_pdf_surface_create_for_stream(write, Unmanaged.passUnretained(sink).toOpaque(), 1, 1)!
        let context = cairo_create(surface)!  // never NULL
        if let title { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_destroy(context)
            cairo_surface_destroy(surface)
            sink.close()
            throw .drawingFailed(format: "PDF", reason: Canvas.describe(status))
        }
        self.path = path
        self.sink = sink
        self.surface = surface
        self.context = context
    }

    deinit {
        cairo_destroy(context)
        cairo_surface_destroy(surface)
        sink.close()
    }

    /// Writes every page of `canvas`, in order, each at its own size.
    ///
    /// - Throws: ``ImagingError`` ``ImagingError/Code/drawingFailed`` when
    ///   drawing on the canvas failed; ``ImagingError/Code/writeFailed`` when the
    ///   file cannot be written.
    public func add(_ canvas: borrowing Canvas) throws(ImagingError) {
        try canvas.replayPages(onPDF: surface, context: context)
        try check()
    }

    /// Ends the document, writes what cairo still holds and flushes the file to disk.
    ///
    /// - Throws: ``ImagingError`` as ``add(_:)``.
    public func finish() throws(ImagingError) {
        guard !finished else { return }
        finished = true
        cairo_surface_finish(surface)
        try check()
        guard sink.sync() else { throw .writeFailed(path, reason: FileBytes.describe(sink.failure ?? EIO)) }
    }

    private func check() throws(ImagingError) {
        if let failure = sink.failure { throw .writeFailed(path, reason: FileBytes.describe(failure)) }
        let drawn = cairo_status(context)
        let status = drawn != CAIRO_STATUS_SUCCESS ? drawn : cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw .drawingFailed(format: "PDF", reason: Canvas.describe(status)) }
    }
}

/// Where a ``PDFWriter``'s surface writes: a file descriptor, through a
/// buffer (cairo hands over a PDF in pieces of a few bytes: a system call
/// each would cost more than the drawing), and the first error.
private final class FileSink {
    /// Bytes kept before they are written.
    static let bufferSize = 256 * 1024

    private var descriptor: Int32
    private(set) var failure: Int32?
    private var buffer: [UInt8] = []

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.bufferSize)
    }

    func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard failure == nil, descriptor >= 0 else { return failure == nil }
        if buffer.count + bytes.count > Self.bufferSize, !flush() { return false }
        if bytes.count >= Self.bufferSize {
            failure = FileBytes.writeAll(bytes, to: descriptor)
        } else {
            buffer.append(contentsOf: bytes)
        }
        return failure == nil
    }

    /// Writes what the buffer holds.
    private func flush() -> Bool {
        guard failure == nil, !buffer.isEmpty else { return failure == nil }
        failure = buffer.withUnsafeBytes { FileBytes.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
        return failure == nil
    }

    func sync() -> Bool {
        guard flush() else { return false }
        if fsync(descriptor) != 0 { failure = errno }
        return failure == nil
    }

    func close() {
        if descriptor >= 0 { Foundation.close(descriptor) }
        descriptor = -1
    }
}
