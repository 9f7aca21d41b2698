internal import CPNG

/// PNG to ``GrayImage`` through libpng's simplified `png_image` API (no
/// `setjmp`/`longjmp` crosses a Swift frame).
///
/// libpng converts every PNG (1 to 16 bits per sample, palette, grey, RGB, with
/// or without alpha or tRNS) to 8-bit sRGB grey; transparent pixels are
/// composited onto white, the paper a label is printed on.
enum PNGDecoding {
    static func decode(_ bytes: [UInt8], file: String, pixelLimit: Int) throws(ImagingError) -> GrayImage {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        defer { png_image_free(&image) }
        return try bytes.withUnsafeBufferPointer { (source) throws(ImagingError) -> GrayImage in
            guard png_image_begin_read_from_memory(&image, source.baseAddress, source.count) != 0 else {
                throw .damagedImage(file, format: .png, reason: PNGDecoding.message(of: image))
            }
            let width = Int(image.width)
            let height = Int(image.height)
            guard width * height <= pixelLimit else {
                throw .tooManyPixels(file, width: width, height: height, limit: pixelLimit)
            }
            image.format = UInt32(PNG_FORMAT_GRAY)
            var pixels = [UInt8](repeating: 255, count: width * height)
            var white = png_color(red: 255, green: 255, blue: 255)
            let finished = pixels.withUnsafeMutableBytes {
                png_image_finish_read(&image, &white, $0.baseAddress, Int32(width), nil)
            }
            guard finished != 0 else {
                throw .damagedImage(file, format: .png, reason: PNGDecoding.message(of: image))
            }
            return GrayImage(width: width, height: height, pixels: pixels)
        }
    }

    /// The size in the PNG header.
    static func size(_ bytes: [UInt8], file: String) throws(ImagingError) -> (width: Int, height: Int) {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        defer { png_image_free(&image) }
        let ok = bytes.withUnsafeBytes { png_image_begin_read_from_memory(&image, $0.baseAddress, $0.count) }
        guard ok != 0 else { throw .damagedImage(file, format: .png, reason: message(of: image)) }
        return (Int(image.width), Int(image.height))
    }

    /// libpng's message in a `png_image` (at most 63 characters and a NUL).
    static func message(of image: png_image) -> String {
        withUnsafeBytes(of: image.message) { raw in
            String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
        }
    }
}
