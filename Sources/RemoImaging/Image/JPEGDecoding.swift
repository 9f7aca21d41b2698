internal import CTurboJPEG

/// JPEG to ``GrayImage`` through libturbojpeg.
///
/// Always the accurate integer DCT (`TJFLAG_ACCURATEDCT`): the SIMD fast DCT
/// (`TJFLAG_FASTDCT`) corrupts pure black-and-white images on the reference
/// machine. Any libjpeg warning (a truncated file, corrupt data) stops the decode
/// (`TJFLAG_STOPONWARNING`) and is reported as a damaged image.
enum JPEGDecoding {
    struct Header {
        var width: Int
        var height: Int
        /// Stored as CMYK or YCCK (decoded through `TJPF_CMYK`).
        var isCMYK: Bool
        var markers: JPEGMarkers
    }

    static func header(_ bytes: [UInt8], file: String, handle: TurboJPEGHandle) throws(ImagingError) -> Header {
        var width: Int32 = 0
        var height: Int32 = 0
        var subsampling: Int32 = 0
        var colorspace: Int32 = 0
        let status = bytes.withUnsafeBufferPointer {
            tjDecompressHeader3(
                handle.raw, $0.baseAddress, UInt($0.count), &width, &height, &subsampling, &colorspace)
        }
        guard status == 0 else { throw failure(handle, file: file) }
        let cmyk = colorspace == Int32(TJCS_CMYK.rawValue) || colorspace == Int32(TJCS_YCCK.rawValue)
        return Header(width: Int(width), height: Int(height), isCMYK: cmyk, markers: JPEGMarkers(bytes))
    }

    static func decode(
        _ bytes: [UInt8], file: String, scale: JPEGScale, pixelLimit: Int
    ) throws(ImagingError) -> GrayImage {
        guard let handle = TurboJPEGHandle(compress: false) else {
            throw .unsupportedImage(file, format: .jpeg, reason: TurboJPEGHandle.initFailure)
        }
        let header = try header(bytes, file: file, handle: handle)
        guard header.width * header.height <= pixelLimit else {
            throw .tooManyPixels(file, width: header.width, height: header.height, limit: pixelLimit)
        }
        let width = scale.scaled(header.width)
        let height = scale.scaled(header.height)
        let channels = header.isCMYK ? 4 : 1
        let format = header.isCMYK ? Int32(TJPF_CMYK.rawValue) : Int32(TJPF_GRAY.rawValue)
        var pixels = [UInt8](repeating: 255, count: width * height * channels)
        let status = bytes.withUnsafeBufferPointer { source in
            pixels.withUnsafeMutableBufferPointer { target in
                tjDecompress2(
                    handle.raw, source.baseAddress, UInt(source.count), target.baseAddress, Int32(width),
                    Int32(width * channels), Int32(height), format, TJFLAG_ACCURATEDCT | TJFLAG_STOPONWARNING)
            }
        }
        guard status == 0 else { throw failure(handle, file: file) }
        if header.isCMYK {
            pixels = grey(fromCMYK: pixels, inverted: header.markers.hasAdobeSegment)
        }
        return GrayImage(width: width, height: height, pixels: pixels).oriented(header.markers.orientation)
    }

    /// Luma (ITU-R BT.601) of CMYK pixels through the naive CMYK to RGB conversion.
    /// With an Adobe segment the samples are stored inverted (0 is full ink), as
    /// Photoshop and most other writers do.
    static func grey(fromCMYK cmyk: [UInt8], inverted: Bool) -> [UInt8] {
        var grey = [UInt8](repeating: 0, count: cmyk.count / 4)
        cmyk.withUnsafeBufferPointer { source in
            grey.withUnsafeMutableBufferPointer { target in
                for index in 0..<target.count {
                    var (c, m, y, k) = (
                        Int(source[4 * index]), Int(source[4 * index + 1]), Int(source[4 * index + 2]),
                        Int(source[4 * index + 3])
                    )
                    if !inverted { (c, m, y, k) = (255 - c, 255 - m, 255 - y, 255 - k) }
                    // Now 255 means no ink: red = c * k / 255 and so on.
                    target[index] = luma(red: c * k / 255, green: m * k / 255, blue: y * k / 255)
                }
            }
        }
        return grey
    }

    private static func failure(_ handle: TurboJPEGHandle, file: String) -> ImagingError {
        let reason = handle.errorText
        // libjpeg words every feature it lacks "Unsupported ..." (12-bit data, odd sampling).
        if !handle.lastFailureWasWarning, reason.hasPrefix("Unsupported") {
            return .unsupportedImage(file, format: .jpeg, reason: reason)
        }
        return .damagedImage(file, format: .jpeg, reason: reason)
    }
}
