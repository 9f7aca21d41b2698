internal import CPNG

/// Encodes grey images as 8-bit greyscale PNG through libpng's simplified
/// `png_image` API.
public enum PNGEncoder {
    /// The PNG bytes of `image`.
    ///
    /// - Parameter image: the image.
    /// - Returns: a complete PNG file (8-bit grey, no alpha).
    /// - Throws: ``ImagingError`` ``ImagingError/Code/imageEncodingFailed`` with libpng's message.
    public static func encode(_ image: GrayImage) throws(ImagingError) -> [UInt8] {
        var png = png_image()
        png.version = UInt32(PNG_IMAGE_VERSION)
        png.width = UInt32(image.width)
        png.height = UInt32(image.height)
        png.format = UInt32(PNG_FORMAT_GRAY)
        defer { png_image_free(&png) }
        var size = 0
        let measured = image.pixels.withUnsafeBytes {
            png_image_write_to_memory(&png, nil, &size, 0, $0.baseAddress, Int32(image.width), nil)
        }
        guard measured != 0, size > 0 else {
            throw .imageEncodingFailed(format: .png, reason: PNGDecoding.message(of: png))
        }
        var output = [UInt8](repeating: 0, count: size)
        let written = output.withUnsafeMutableBytes { target in
            image.pixels.withUnsafeBytes {
                png_image_write_to_memory(&png, target.baseAddress, &size, 0, $0.baseAddress, Int32(image.width), nil)
            }
        }
        guard written != 0 else {
            throw .imageEncodingFailed(format: .png, reason: PNGDecoding.message(of: png))
        }
        return Array(output.prefix(size))
    }
}
