/// What remo needs from a JPEG's marker segments before decoding: the EXIF
/// orientation tag and whether an Adobe APP14 segment is present (CMYK data is
/// then stored inverted, as Photoshop writes it).
///
/// A small reader of the segment structure and of one TIFF tag, not an image
/// codec: it stops at the first scan (SOS) and ignores everything it does not
/// need. Malformed segments end the walk; the decoder reports them.
struct JPEGMarkers: Hashable, Sendable {
    /// The EXIF orientation (1 to 8), ``ImageOrientation/up`` when absent or invalid.
    var orientation: ImageOrientation = .up
    /// Whether an `Adobe` APP14 segment is present.
    var hasAdobeSegment = false

    init(_ bytes: [UInt8]) {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return }
        var index = 2
        while index + 1 < bytes.count {
            guard bytes[index] == 0xFF else { return }
            let marker = bytes[index + 1]
            index += 2
            if marker == 0xFF {  // fill byte
                index -= 1
                continue
            }
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { continue }  // no length
            if marker == 0xD9 || marker == 0xDA { return }  // end of image, start of scan
            guard index + 1 < bytes.count else { return }
            let length = Int(bytes[index]) << 8 | Int(bytes[index + 1])
            guard length >= 2, index + length <= bytes.count else { return }
            let segment = bytes[(index + 2)..<(index + length)]
            if marker == 0xE1, segment.starts(with: Array("Exif\0\0".utf8)) {
                if let value = JPEGMarkers.orientationTag(inTIFF: segment.dropFirst(6)),
                    let orientation = ImageOrientation(rawValue: value)
                {
                    self.orientation = orientation
                }
            } else if marker == 0xEE, segment.starts(with: Array("Adobe".utf8)) {
                hasAdobeSegment = true
            }
            index += length
        }
    }

    /// The value of tag 0x0112 (Orientation) in IFD0 of a TIFF structure.
    static func orientationTag(inTIFF tiff: ArraySlice<UInt8>) -> Int? {
        let base = tiff.startIndex
        guard tiff.count >= 8 else { return nil }
        let littleEndian: Bool
        switch (tiff[base], tiff[base + 1]) {
        case (0x49, 0x49): littleEndian = true
        case (0x4D, 0x4D): littleEndian = false
        default: return nil
        }
        func read16(_ offset: Int) -> Int? {
            guard offset >= 0, offset + 2 <= tiff.count else { return nil }
            let a = Int(tiff[base + offset])
            let b = Int(tiff[base + offset + 1])
            return littleEndian ? a | b << 8 : a << 8 | b
        }
        func read32(_ offset: Int) -> Int? {
            guard let low = read16(littleEndian ? offset : offset + 2),
                let high = read16(littleEndian ? offset + 2 : offset)
            else { return nil }
            return high << 16 | low
        }
        guard read16(2) == 42, let ifd = read32(4), let count = read16(ifd) else { return nil }
        for entry in 0..<count {
            let offset = ifd + 2 + entry * 12
            guard let tag = read16(offset) else { return nil }
            if tag == 0x0112 {
                guard read16(offset + 2) == 3 else { return nil }  // SHORT
                return read16(offset + 8)
            }
        }
        return nil
    }
}
