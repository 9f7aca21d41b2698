internal import RemoZXing

/// Finds and reads QR codes in a grey image through zxing-cpp (Debian's
/// libzxing 1.4), in its thorough mode.
///
/// zbar is remo's engine; this is the photo decoder's second one, for a region
/// where finder patterns of a code were seen and zbar's first pass read nothing
/// (a label wrapped round a pipe, whose rows bow; strong perspective). Chosen by
/// measurement (docs/corpus.md): it reads codes zbar reads on no preparation of
/// theirs, and on a crop it costs less than any zbar escalation. The text of a code follows ``QRText``'s
/// rules, from the bytes and the ECI zxing-cpp returns.
public struct ZXingDecoder: Hashable, Sendable {
    /// A decoder.
    public init() {}

    /// Every QR code zxing-cpp finds in `image`, corners clockwise from the
    /// symbol's top-left; mirrored symbols too.
    ///
    /// - Parameters:
    ///   - pure: `image` holds one upright symbol and nothing else
    ///     (zxing-cpp's pure-barcode detector: modules from 1 pixel, no quiet zone).
    ///   - thorough: zxing-cpp's thorough mode (also turned and downscaled);
    ///     off, one plain attempt (a clean symbol drawn upright).
    public func decode(_ image: GrayImage, pure: Bool = false, thorough: Bool = true) -> [DecodedQR] {
        ZXingReader.qrCodes(in: image.pixels, width: image.width, height: image.height, tryHarder: thorough, pure: pure).map { symbol in
            DecodedQR(
                bytes: symbol.bytes, reading: QRText(bytes: symbol.bytes, eci: symbol.eci),
                corners: symbol.corners.map { PixelPoint(x: $0.x, y: $0.y) })
        }
    }
}
