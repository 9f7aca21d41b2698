import RemoCore
internal import CHeif

/// HEIF/HEIC to ``GrayImage`` through libheif: the primary image's luma plane.
///
/// The image is decoded as YCbCr 4:2:0 (how HEIC photos are coded) and its Y
/// plane kept: libheif 1.15 has no YCbCr to monochrome conversion, and none is
/// needed.
///
/// libheif applies the file's own transformations (`irot`, `imir`, `clap`) while
/// decoding, so the image comes out upright; EXIF orientation inside a HEIF is
/// informative only and is not applied again. `heif_init` is not called: libheif
/// 1.15 works without it as long as no part of the process calls it.
enum HEIFDecoding {
    static func decode(_ bytes: [UInt8], file: String, pixelLimit: Int) throws(ImagingError) -> GrayImage {
        try withPrimaryImage(bytes, file: file) { (handle) throws(ImagingError) -> GrayImage in
            let width = Int(heif_image_handle_get_width(handle))
            let height = Int(heif_image_handle_get_height(handle))
            guard width * height <= pixelLimit else {
                throw .tooManyPixels(file, width: width, height: height, limit: pixelLimit)
            }
            // YCbCr 4:2:0, as phones code their photos: the Y plane is the grey
            // image, with no conversion. (Asking for the "undefined" colour space
            // makes libheif 1.15 convert to planar RGB, which costs a second pass.)
            var native: OpaquePointer?
            let error = heif_decode_image(handle, &native, heif_colorspace_YCbCr, heif_chroma_420, nil)
            defer { heif_image_release(native) }
            if error.code == heif_error_Ok, let native, heif_image_has_channel(native, heif_channel_Y) != 0 {
                return try plane(heif_channel_Y, of: native, file: file)
            }
            // Images libheif cannot give as YCbCr (a monochrome or RGB-coded HEIF, rare):
            // a decode error other than that is the file's.
            if error.code != heif_error_Ok, error.code != heif_error_Unsupported_feature {
                throw failure(error, file: file)
            }
            // RGB-coded images (rare): let libheif interleave 8-bit RGB, then take its luma.
            var rgb: OpaquePointer?
            let converted = heif_decode_image(handle, &rgb, heif_colorspace_RGB, heif_chroma_interleaved_RGB, nil)
            defer { heif_image_release(rgb) }
            guard converted.code == heif_error_Ok, let rgb else { throw failure(converted, file: file) }
            return try lumaOfInterleavedRGB(rgb, file: file)
        }
    }

    /// The size of the primary image, after its transformations.
    static func size(_ bytes: [UInt8], file: String) throws(ImagingError) -> (width: Int, height: Int) {
        try withPrimaryImage(bytes, file: file) { (handle) throws(ImagingError) in
            (Int(heif_image_handle_get_width(handle)), Int(heif_image_handle_get_height(handle)))
        }
    }

    /// Parses the container and lends the primary image's handle to `body`.
    private static func withPrimaryImage<T>(
        _ bytes: [UInt8], file: String, _ body: (OpaquePointer) throws(ImagingError) -> T
    ) throws(ImagingError) -> T {
        guard let context = heif_context_alloc() else {
            throw .unsupportedImage(file, format: .heif, ImagingText.reasonNoHeifContext())
        }
        defer { heif_context_free(context) }
        return try bytes.withUnsafeBufferPointer { (source) throws(ImagingError) -> T in
            // Without copy: the context reads `source`, which outlives it within this closure.
            let read = heif_context_read_from_memory_without_copy(context, source.baseAddress, source.count, nil)
            guard read.code == heif_error_Ok else { throw failure(read, file: file) }
            var handle: OpaquePointer?
            let primary = heif_context_get_primary_image_handle(context, &handle)
            defer { heif_image_handle_release(handle) }
            guard primary.code == heif_error_Ok, let handle else { throw failure(primary, file: file) }
            return try body(handle)
        }
    }

    /// One plane, reduced to 8 bits when stored deeper (10-bit HEIC).
    private static func plane(
        _ channel: heif_channel, of image: OpaquePointer, file: String
    ) throws(ImagingError) -> GrayImage {
        let width = Int(heif_image_get_width(image, channel))
        let height = Int(heif_image_get_height(image, channel))
        let depth = Int(heif_image_get_bits_per_pixel_range(image, channel))
        var stride: Int32 = 0
        guard width > 0, height > 0, let plane = heif_image_get_plane_readonly(image, channel, &stride) else {
            throw .unsupportedImage(file, format: .heif, ImagingText.reasonNoLumaPlane())
        }
        var pixels = [UInt8](repeating: 0, count: width * height)
        pixels.withUnsafeMutableBufferPointer { target in
            for row in 0..<height {
                let line = plane + row * Int(stride)
                if depth <= 8 {
                    for column in 0..<width { target[row * width + column] = line[column] }
                } else {
                    let wide = UnsafeRawPointer(line)
                    for column in 0..<width {
                        let value = Int(wide.loadUnaligned(fromByteOffset: 2 * column, as: UInt16.self))
                        target[row * width + column] = UInt8(min(value >> (depth - 8), 255))
                    }
                }
            }
        }
        return GrayImage(width: width, height: height, pixels: pixels)
    }

    /// BT.601 luma of an 8-bit interleaved RGB image.
    private static func lumaOfInterleavedRGB(_ image: OpaquePointer, file: String) throws(ImagingError) -> GrayImage {
        let width = Int(heif_image_get_width(image, heif_channel_interleaved))
        let height = Int(heif_image_get_height(image, heif_channel_interleaved))
        var stride: Int32 = 0
        guard width > 0, height > 0,
            let plane = heif_image_get_plane_readonly(image, heif_channel_interleaved, &stride)
        else {
            throw .unsupportedImage(file, format: .heif, ImagingText.reasonNoRGBPlane())
        }
        var pixels = [UInt8](repeating: 0, count: width * height)
        pixels.withUnsafeMutableBufferPointer { target in
            for row in 0..<height {
                let line = plane + row * Int(stride)
                for column in 0..<width {
                    let (red, green, blue) = (Int(line[3 * column]), Int(line[3 * column + 1]), Int(line[3 * column + 2]))
                    target[row * width + column] = luma(red: red, green: green, blue: blue)
                }
            }
        }
        return GrayImage(width: width, height: height, pixels: pixels)
    }

    private static func failure(_ error: heif_error, file: String) -> ImagingError {
        let reason = error.message.map { String(cString: $0) } ?? "libheif error \(error.code.rawValue)"
        switch error.code {
        case heif_error_Unsupported_filetype, heif_error_Unsupported_feature, heif_error_Plugin_loading_error:
            return .unsupportedImage(file, format: .heif, reason: reason)
        default:
            return .damagedImage(file, format: .heif, reason: reason)
        }
    }
}
