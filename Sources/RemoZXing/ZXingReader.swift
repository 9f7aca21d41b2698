internal import CZXingReader

/// QR codes read by zxing-cpp (Debian's libzxing), the photo decoder's second
/// engine: tried only on regions that hold a code's finder patterns and that
/// zbar could not read (codes on curved surfaces, mostly).
///
/// zxing-cpp is C++; `CZXingReader` gives it a C interface, so this module, and
/// every one that imports it, is plain Swift: no C++ interoperability, no flag
/// for a package that depends on remo.
public enum ZXingReader {
    /// A symbol read: its bytes, the ECI it declares (nil for none) and its
    /// four corners in the image's pixels (top-left, top-right, bottom-right,
    /// bottom-left of the symbol).
    public struct Symbol: Hashable, Sendable {
        public let bytes: [UInt8]
        public let eci: Int?
        public let corners: [SIMD2<Int>]
    }

    /// The QR codes in an 8-bit grey image.
    ///
    /// - Parameters:
    ///   - pixels: `width × height` bytes, row by row, 0 black.
    ///   - tryHarder: zxing-cpp's thorough mode (also turned and downscaled).
    ///   - pure: the image holds one upright symbol and nothing else (zxing-cpp's
    ///     pure-barcode detector: modules from 1 px, no quiet zone needed).
    /// - Returns: the codes read without error; none if zxing-cpp failed (ran out of memory).
    public static func qrCodes(
        in pixels: [UInt8], width: Int, height: Int, tryHarder: Bool = true, pure: Bool = false
    ) -> [Symbol] {
        precondition(pixels.count == width * height, "width × height pixels")
        return pixels.withUnsafeBufferPointer { buffer in
            guard
                let results = remo_zxing_read(
                    buffer.baseAddress, Int32(width), Int32(height), Int32(width), tryHarder, pure)
            else { return [] }
            defer { remo_zxing_results_free(results) }
            return (0..<remo_zxing_results_count(results)).map { index in
                let count = remo_zxing_result_byte_count(results, index)
                let bytes = [UInt8](unsafeUninitializedCapacity: count) { storage, initialized in
                    if count > 0 { remo_zxing_result_copy_bytes(results, index, storage.baseAddress) }
                    initialized = count
                }
                let corners = (0..<4).map { corner in
                    SIMD2(
                        Int(remo_zxing_result_corner(results, index, Int32(corner), false)),
                        Int(remo_zxing_result_corner(results, index, Int32(corner), true)))
                }
                let eci = Int(remo_zxing_result_eci(results, index))
                return Symbol(bytes: bytes, eci: eci >= 0 ? eci : nil, corners: corners)
            }
        }
    }
}
