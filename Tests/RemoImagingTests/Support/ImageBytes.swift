import Testing
import RemoImaging

/// Test-side surgery on encoded images: patching header sizes, splicing in an
/// EXIF segment, cutting files short.
enum ImageBytes {
    /// A JPEG whose SOF header declares `width`×`height` (the scan data is left
    /// as it is, so only the header is believable).
    static func jpeg(_ jpeg: [UInt8], declaring width: Int, _ height: Int) throws -> [UInt8] {
        var bytes = jpeg
        let sof = try #require((2..<bytes.count - 1).first { bytes[$0] == 0xFF && bytes[$0 + 1] == 0xC0 })
        bytes[sof + 5] = UInt8(height >> 8)
        bytes[sof + 6] = UInt8(height & 0xFF)
        bytes[sof + 7] = UInt8(width >> 8)
        bytes[sof + 8] = UInt8(width & 0xFF)
        return bytes
    }

    /// A PNG whose IHDR declares `width`×`height`, with the IHDR CRC recomputed.
    static func png(_ png: [UInt8], declaring width: Int, _ height: Int) -> [UInt8] {
        var bytes = png
        for (offset, value) in [(16, width), (20, height)] {
            for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * index)) }
        }
        let crc = crc32(bytes[12..<29])
        for index in 0..<4 { bytes[29 + index] = UInt8(truncatingIfNeeded: crc >> (24 - 8 * index)) }
        return bytes
    }

    /// A JPEG with an EXIF APP1 segment (little-endian TIFF, IFD0 with only the
    /// orientation tag) inserted after SOI.
    static func jpeg(_ jpeg: [UInt8], orientation: Int) -> [UInt8] {
        let tiff: [UInt8] = [
            0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00,  // II, 42, IFD0 at 8
            0x01, 0x00,  // one entry
            0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, UInt8(orientation), 0x00, 0x00, 0x00,  // 0x0112 SHORT 1
            0x00, 0x00, 0x00, 0x00,  // no next IFD
        ]
        let payload = Array("Exif\0\0".utf8) + tiff
        let length = payload.count + 2
        return Array(jpeg[0..<2]) + [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
            + Array(jpeg[2...])
    }

    /// CRC-32 (ISO-HDLC, as PNG and zlib use).
    static func crc32(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return crc ^ 0xFFFF_FFFF
    }
}
