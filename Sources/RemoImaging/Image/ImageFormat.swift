/// An image file format remo reads, recognised by its first bytes (never by the
/// file's name).
public enum ImageFormat: String, CaseIterable, Codable, Hashable, Sendable {
    /// JPEG (JFIF or Exif), read with libturbojpeg.
    case jpeg
    /// PNG, read with libpng's simplified `png_image` API.
    case png
    /// HEIF, including Apple's HEIC photos, read with libheif.
    case heif

    /// The format the bytes start with, or nil when they match none.
    ///
    /// JPEG starts `FF D8 FF`; PNG with its 8-byte signature; HEIF with an ISO
    /// base media `ftyp` box whose brand is one of libheif's image brands.
    ///
    /// - Parameter bytes: the start of a file (12 bytes are enough).
    public init?(magic bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(12))
        if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            self = .jpeg
        } else if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            self = .png
        } else if head.count == 12, head[4..<8].elementsEqual("ftyp".utf8),
            ImageFormat.heifBrands.contains(String(decoding: head[8..<12], as: UTF8.self))
        {
            self = .heif
        } else {
            return nil
        }
    }

    /// The format's name for people: `JPEG`, `PNG`, `HEIF`.
    public var name: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .heif: "HEIF"
        }
    }

    /// Major brands of HEIF still images and sequences (ISO/IEC 23008-12) and AVIF.
    static let heifBrands: Set<String> = [
        "heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", "avif", "avis",
    ]
}
