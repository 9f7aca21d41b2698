// The errors this module throws, one constructor per sentence, so every call
// site names the same placeholders.
import RemoCore

extension ImagingError {
    static func fileNotFound(_ file: String) -> ImagingError {
        ImagingError(.fileNotFound, ImagingText.fileNotFound(["file": .text(file)]), file: file)
    }

    static func fileIsDirectory(_ file: String) -> ImagingError {
        ImagingError(.fileIsDirectory, ImagingText.fileIsDirectory(["file": .text(file)]), file: file)
    }

    static func fileNotRegular(_ file: String) -> ImagingError {
        ImagingError(.fileNotRegular, ImagingText.fileNotRegular(["file": .text(file)]), file: file)
    }

    static func fileIsEmpty(_ file: String) -> ImagingError {
        ImagingError(.fileIsEmpty, ImagingText.fileIsEmpty(["file": .text(file)]), file: file)
    }

    static func fileUnreadable(_ file: String, reason: String) -> ImagingError {
        ImagingError(
            .fileUnreadable, ImagingText.fileUnreadable(["file": .text(file), "reason": .text(reason)]),
            file: file, detail: reason)
    }

    static func fileTooLarge(_ file: String, bytes: Int, limit: Int) -> ImagingError {
        ImagingError(
            .fileTooLarge,
            ImagingText.fileTooLarge([
                "file": .text(file), "size": .integer((bytes + 999_999) / 1_000_000),
                "limit": .integer(limit / 1_000_000),
            ]), file: file)
    }

    static func unknownFormat(_ file: String) -> ImagingError {
        ImagingError(.unknownFormat, ImagingText.unknownFormat(["file": .text(file)]), file: file)
    }

    static func tooManyPixels(_ file: String, width: Int, height: Int, limit: Int) -> ImagingError {
        ImagingError(
            .tooManyPixels,
            ImagingText.tooManyPixels([
                "file": .text(file), "width": .integer(width), "height": .integer(height),
                "megapixels": .text(megapixels(width * height)), "limit": .text(megapixels(limit)),
            ]), file: file)
    }

    static func damagedImage(_ file: String, format: ImageFormat, reason: String) -> ImagingError {
        ImagingError(
            .damagedImage,
            ImagingText.damagedImage(["file": .text(file), "format": .text(format.name), "reason": .text(reason)]),
            file: file, detail: reason)
    }

    /// A library failed on `file` without a text of its own: the reason is ours.
    static func unsupportedImage(_ file: String, format: ImageFormat, _ reason: Message) -> ImagingError {
        ImagingError(
            .unsupportedImage,
            ImagingText.unsupportedImage(["file": .text(file), "format": .text(format.name), "reason": .message(reason)]),
            file: file)
    }

    static func unsupportedImage(_ file: String, format: ImageFormat, reason: String) -> ImagingError {
        ImagingError(
            .unsupportedImage,
            ImagingText.unsupportedImage(["file": .text(file), "format": .text(format.name), "reason": .text(reason)]),
            file: file, detail: reason)
    }

    static func qrTextEmpty() -> ImagingError {
        ImagingError(.qrTextEmpty, ImagingText.qrTextEmpty())
    }

    static func qrTextTooLong(bytes: Int, level: QRErrorCorrection) -> ImagingError {
        ImagingError(
            .qrTextTooLong, ImagingText.qrTextTooLong(["bytes": .integer(bytes), "level": .text(level.rawValue)]))
    }

    static func qrEncodingFailed(reason: String) -> ImagingError {
        ImagingError(.qrEncodingFailed, ImagingText.qrEncodingFailed(["reason": .text(reason)]), detail: reason)
    }

    /// An encoder refused its input without a text of its own: the reason is ours.
    static func imageEncodingFailed(format: ImageFormat, _ reason: Message) -> ImagingError {
        ImagingError(
            .imageEncodingFailed, ImagingText.imageEncodingFailed(["format": .text(format.name), "reason": .message(reason)]))
    }

    static func imageEncodingFailed(format: ImageFormat, reason: String) -> ImagingError {
        ImagingError(
            .imageEncodingFailed,
            ImagingText.imageEncodingFailed(["format": .text(format.name), "reason": .text(reason)]), detail: reason)
    }

    static func scanFailed(reason: String) -> ImagingError {
        ImagingError(.scanFailed, ImagingText.scanFailed(["reason": .text(reason)]), detail: reason)
    }

    /// zbar failed without a text of its own: the reason is ours, in the reader's language.
    static func scanFailed(_ reason: Message) -> ImagingError {
        ImagingError(.scanFailed, ImagingText.scanFailed(["reason": .message(reason)]))
    }

    static func invalidDrawing(_ what: String, range: String, value: String) -> ImagingError {
        ImagingError(
            .invalidDrawing,
            ImagingText.invalidDrawing(["what": .text(what), "range": .text(range), "value": .text(value)]))
    }

    static func drawingFailed(format: String, reason: String) -> ImagingError {
        ImagingError(
            .drawingFailed, ImagingText.drawingFailed(["format": .text(format), "reason": .text(reason)]),
            detail: reason)
    }

    static func onePageFormat(format: String, pages: Int) -> ImagingError {
        ImagingError(.onePageFormat, ImagingText.onePageFormat(["format": .text(format), "pages": .integer(pages)]))
    }

    static func unknownOutputFormat(_ file: String) -> ImagingError {
        ImagingError(.unknownOutputFormat, ImagingText.unknownOutputFormat(["file": .text(file)]), file: file)
    }

    static func writeFailed(_ file: String, reason: String) -> ImagingError {
        ImagingError(
            .writeFailed, ImagingText.writeFailed(["file": .text(file), "reason": .text(reason)]), file: file,
            detail: reason)
    }

    /// A pixel count in megapixels for people: `900`, `12.2`, `0.3`.
    static func megapixels(_ pixels: Int) -> String {
        let tenths = (pixels + 50_000) / 100_000
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
