/// Reads JPEG, PNG and HEIF files into ``GrayImage``s, with limits checked
/// before anything large is allocated.
///
/// The format is chosen from the file's first bytes (``ImageFormat/init(magic:)``),
/// never from its name. Limits:
/// - ``fileSizeLimit`` bytes per file (default 512 MB), checked before reading;
/// - ``pixelLimit`` pixels per image (default ``defaultPixelLimit``, 250
///   megapixels: a 200-megapixel phone photo loads, a 30000×30000 header is
///   refused), checked against the size in the header before decoding. The limit
///   applies to the stored size even when ``jpegScale`` decodes a smaller image.
///
/// JPEGs are turned upright by their EXIF orientation; HEIFs by libheif; PNGs
/// have no orientation. A loader is a value: share it across tasks freely; each
/// call makes and frees its own C handles.
///
/// ```swift
/// let image = try ImageLoader().load(path: "IMG_0042.HEIC")
/// let codes = try QRDecoder().decode(image)
/// ```
public struct ImageLoader: Hashable, Sendable {
    /// The default pixel limit: 250 megapixels (250 MB of grey pixels).
    public static let defaultPixelLimit = 250_000_000
    /// The default file size limit: 512 MB.
    public static let defaultFileSizeLimit = 512_000_000

    /// The most pixels an image may declare.
    public var pixelLimit: Int
    /// The most bytes a file may have.
    public var fileSizeLimit: Int
    /// The scale at which JPEGs are decoded (DCT scaling in libturbojpeg);
    /// ``JPEGScale/full`` by default. PNG and HEIF are always decoded at full size.
    public var jpegScale: JPEGScale

    /// A loader with the given limits and JPEG scale.
    public init(
        pixelLimit: Int = ImageLoader.defaultPixelLimit, fileSizeLimit: Int = ImageLoader.defaultFileSizeLimit,
        jpegScale: JPEGScale = .full
    ) {
        self.pixelLimit = pixelLimit
        self.fileSizeLimit = fileSizeLimit
        self.jpegScale = jpegScale
    }

    /// The image in the file at `path`.
    ///
    /// - Parameter path: a JPEG, PNG or HEIF file, named however.
    /// - Returns: the upright grey image.
    /// - Throws: ``ImagingError`` naming `path`: a file that is missing, a
    ///   directory, empty, unreadable or too large; bytes of no known format; a
    ///   header over the pixel limit; a damaged or unsupported image.
    public func load(path: String) throws(ImagingError) -> GrayImage {
        try load(FileBytes.read(path, limit: fileSizeLimit), name: path)
    }

    /// The image in `bytes`.
    ///
    /// - Parameters:
    ///   - bytes: a whole JPEG, PNG or HEIF file.
    ///   - name: what to call the input in messages (a file name, an upload's name).
    /// - Returns: the upright grey image.
    /// - Throws: ``ImagingError`` as ``load(path:)``, except for the file errors.
    public func load(_ bytes: [UInt8], name: String) throws(ImagingError) -> GrayImage {
        guard !bytes.isEmpty else { throw .fileIsEmpty(name) }
        switch ImageFormat(magic: bytes) {
        case .jpeg: return try JPEGDecoding.decode(bytes, file: name, scale: jpegScale, pixelLimit: pixelLimit)
        case .png: return try PNGDecoding.decode(bytes, file: name, pixelLimit: pixelLimit)
        case .heif: return try HEIFDecoding.decode(bytes, file: name, pixelLimit: pixelLimit)
        case nil: throw .unknownFormat(name)
        }
    }

    /// The format and upright full-scale size of the image in the file at `path`,
    /// read from its header without decoding (and without the pixel limit).
    ///
    /// - Throws: ``ImagingError`` as ``load(path:)``, except the pixel limit.
    public func header(path: String) throws(ImagingError) -> ImageHeader {
        try header(FileBytes.read(path, limit: fileSizeLimit), name: path)
    }

    /// The format and upright full-scale size of the image in `bytes`.
    ///
    /// - Throws: ``ImagingError`` as ``load(_:name:)``, except the pixel limit.
    public func header(_ bytes: [UInt8], name: String) throws(ImagingError) -> ImageHeader {
        guard !bytes.isEmpty else { throw .fileIsEmpty(name) }
        switch ImageFormat(magic: bytes) {
        case .jpeg:
            guard let handle = TurboJPEGHandle(compress: false) else {
                throw .unsupportedImage(name, format: .jpeg, reason: TurboJPEGHandle.initFailure)
            }
            let header = try JPEGDecoding.header(bytes, file: name, handle: handle)
            let swaps = header.markers.orientation.swapsAxes
            return ImageHeader(
                format: .jpeg, width: swaps ? header.height : header.width,
                height: swaps ? header.width : header.height, orientation: header.markers.orientation)
        case .png:
            let size = try PNGDecoding.size(bytes, file: name)
            return ImageHeader(format: .png, width: size.width, height: size.height, orientation: .up)
        case .heif:
            let size = try HEIFDecoding.size(bytes, file: name)
            return ImageHeader(format: .heif, width: size.width, height: size.height, orientation: .up)
        case nil:
            throw .unknownFormat(name)
        }
    }
}
