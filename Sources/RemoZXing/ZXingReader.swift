internal import CZXing

/// QR codes read by zxing-cpp (Debian's libzxing), the photo decoder's second
/// engine: tried only on regions that hold a code's finder patterns and that
/// zbar could not read (codes on curved surfaces, mostly).
///
/// This module is the only one compiled with C++ interoperability; it speaks
/// in plain Swift values, so nothing of C++ reaches its callers.
public enum ZXingReader {
    /// A symbol read: its bytes and its four corners in the image's pixels
    /// (top-left, top-right, bottom-right, bottom-left of the symbol).
    public struct Symbol: Hashable, Sendable {
        public let bytes: [UInt8]
        public let corners: [SIMD2<Int>]
    }

    /// The QR codes in an 8-bit grey image.
    ///
    /// - Parameters:
    ///   - pixels: `width × height` bytes, row by row, 0 black.
    ///   - tryHarder: zxing-cpp's thorough mode (also turned and downscaled).
    public static func qrCodes(in pixels: [UInt8], width: Int, height: Int, tryHarder: Bool = true) -> [Symbol] {
        precondition(pixels.count == width * height, "width × height pixels")
        return pixels.withUnsafeBufferPointer { buffer in
            let results = remo_zxing_read(buffer.baseAddress, Int32(width), Int32(height), Int32(width), tryHarder)
            var symbols: [Symbol] = []
            for result in results where remo_zxing_is_valid(result) {
                let count = Int(remo_zxing_byte_count(result))
                let bytes = [UInt8](unsafeUninitializedCapacity: count) { storage, initialized in
                    if count > 0 { remo_zxing_copy_bytes(result, storage.baseAddress) }
                    initialized = count
                }
                let corners = (0..<4).map { index in
                    SIMD2(
                        Int(remo_zxing_corner(result, Int32(index), false)),
                        Int(remo_zxing_corner(result, Int32(index), true)))
                }
                symbols.append(Symbol(bytes: bytes, corners: corners))
            }
            return symbols
        }
    }
}
