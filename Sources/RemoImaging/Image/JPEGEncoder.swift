import RemoCore
internal import CTurboJPEG

/// Encodes grey images as baseline greyscale JPEG through libturbojpeg.
///
/// Owns a compressor handle, reused across calls and destroyed with the encoder.
/// Not `Sendable`: make one per task.
public final class JPEGEncoder {
    private let handle: TurboJPEGHandle

    /// An encoder with its own libturbojpeg handle.
    ///
    /// - Throws: ``ImagingError`` ``ImagingError/Code/imageEncodingFailed`` when
    ///   libturbojpeg cannot allocate a handle.
    public init() throws(ImagingError) {
        guard let handle = TurboJPEGHandle(compress: true) else {
            throw .imageEncodingFailed(format: .jpeg, reason: TurboJPEGHandle.initFailure)
        }
        self.handle = handle
    }

    /// The JPEG bytes of `image`.
    ///
    /// - Parameters:
    ///   - image: the image.
    ///   - quality: 1 (smallest) to 100 (best).
    /// - Returns: a complete JPEG file (single-component, accurate DCT).
    /// - Throws: ``ImagingError`` ``ImagingError/Code/imageEncodingFailed`` with libturbojpeg's message.
    public func encode(_ image: GrayImage, quality: Int) throws(ImagingError) -> [UInt8] {
        guard (1...100).contains(quality) else {
            throw .imageEncodingFailed(format: .jpeg, ImagingText.reasonQualityRange(["quality": .integer(quality)]))
        }
        var output: UnsafeMutablePointer<UInt8>?
        var size: UInt = 0
        defer { tjFree(output) }
        let status = image.pixels.withUnsafeBufferPointer {
            tjCompress2(
                handle.raw, $0.baseAddress, Int32(image.width), 0, Int32(image.height), Int32(TJPF_GRAY.rawValue),
                &output, &size, Int32(TJSAMP_GRAY.rawValue), Int32(quality), TJFLAG_ACCURATEDCT)
        }
        guard status == 0, let output else {
            throw .imageEncodingFailed(format: .jpeg, reason: handle.errorText)
        }
        return Array(UnsafeBufferPointer(start: output, count: Int(size)))
    }
}
