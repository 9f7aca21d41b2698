public import RemoCore

/// Why an image could not be read, a QR code made or found, or a drawing written.
///
/// One error type for the whole C boundary: ``code`` says what kind of failure it
/// is (match it with `==` against the static members of ``Code``), ``message`` is
/// the sentence for people (naming the file and what to do), ``file`` the input
/// or output it concerns, and ``detail`` the C library's own text when it gave
/// one (`tjGetErrorStr2`, `png_image.message`, `heif_error.message`,
/// `cairo_status_to_string`, `strerror`).
///
/// ```swift
/// do { _ = try ImageLoader().load(path: "photo.jpg") }
/// catch let error where error.code == .tooManyPixels { ... }
/// ```
public struct ImagingError: Error, Hashable, Sendable, MessageProviding {
    /// The kind of failure. A struct over a private enum, so kinds can be added
    /// without breaking callers that switch over them.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Storage: String, Hashable, Sendable {
            case fileNotFound, fileIsDirectory, fileNotRegular, fileIsEmpty, fileUnreadable, fileTooLarge
            case unknownFormat, tooManyPixels, damagedImage, unsupportedImage
            case qrTextEmpty, qrTextTooLong, qrEncodingFailed, imageEncodingFailed, scanFailed
            case invalidDrawing, drawingFailed, onePageFormat, unknownOutputFormat, writeFailed
        }

        private let storage: Storage
        private init(_ storage: Storage) { self.storage = storage }

        /// The input file does not exist.
        public static var fileNotFound: Code { Code(.fileNotFound) }
        /// The input path names a directory.
        public static var fileIsDirectory: Code { Code(.fileIsDirectory) }
        /// The input path names something other than a file or a directory (a FIFO,
        /// a device, a socket): never read, since reading one may wait forever.
        public static var fileNotRegular: Code { Code(.fileNotRegular) }
        /// The input file has no bytes.
        public static var fileIsEmpty: Code { Code(.fileIsEmpty) }
        /// The operating system refused to read the input (permissions, I/O).
        public static var fileUnreadable: Code { Code(.fileUnreadable) }
        /// The input file is larger than ``ImageLoader/fileSizeLimit``.
        public static var fileTooLarge: Code { Code(.fileTooLarge) }
        /// The bytes are not JPEG, PNG or HEIF, whatever the file is called.
        public static var unknownFormat: Code { Code(.unknownFormat) }
        /// The header declares more pixels than ``ImageLoader/pixelLimit``; nothing was decoded.
        public static var tooManyPixels: Code { Code(.tooManyPixels) }
        /// The image is truncated or corrupt (the decoder's message says where).
        public static var damagedImage: Code { Code(.damagedImage) }
        /// The image is well formed but uses a feature the decoder lacks.
        public static var unsupportedImage: Code { Code(.unsupportedImage) }
        /// There is no text to encode.
        public static var qrTextEmpty: Code { Code(.qrTextEmpty) }
        /// The data does not fit in any QR version at the chosen error correction level.
        public static var qrTextTooLong: Code { Code(.qrTextTooLong) }
        /// libqrencode failed for another reason (out of memory).
        public static var qrEncodingFailed: Code { Code(.qrEncodingFailed) }
        /// libturbojpeg or libpng could not encode an image.
        public static var imageEncodingFailed: Code { Code(.imageEncodingFailed) }
        /// zbar failed to scan an image.
        public static var scanFailed: Code { Code(.scanFailed) }
        /// A size, scale or position passed to the canvas is out of range.
        public static var invalidDrawing: Code { Code(.invalidDrawing) }
        /// cairo reported an error while drawing or producing output.
        public static var drawingFailed: Code { Code(.drawingFailed) }
        /// A PNG or SVG was asked for a drawing of more than one page.
        public static var onePageFormat: Code { Code(.onePageFormat) }
        /// An output path's extension is not `.png`, `.svg` or `.pdf`.
        public static var unknownOutputFormat: Code { Code(.unknownOutputFormat) }
        /// The output file could not be written; nothing is left behind.
        public static var writeFailed: Code { Code(.writeFailed) }

        /// The code's name, for logs and tests.
        public var description: String { storage.rawValue }
    }

    /// The kind of failure.
    public let code: Code
    /// The sentence for people, in any language.
    public let message: Message
    /// The file the error is about, as the caller named it; nil when there is none.
    public let file: String?
    /// The C library's own text, in English, when it gave one.
    public let detail: String?

    init(_ code: Code, _ message: Message, file: String? = nil, detail: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.detail = detail
    }
}
