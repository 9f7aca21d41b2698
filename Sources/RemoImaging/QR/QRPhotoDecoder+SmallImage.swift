extension QRPhotoDecoder {
    /// Stage 0, for an image of up to ``smallImage`` pixels (a crop, a
    /// screenshot, a scan): the engines on the whole image before any of the
    /// large-photo machinery, cheapest first, until one reads. zxing-cpp reads
    /// a small image in a few milliseconds, mirrored symbols among them; then
    /// the image inverted (light modules on dark: a laser-marked code), then as
    /// a pure symbol (one upright code and nothing else, from 1 pixel a
    /// module, no quiet zone) either way round, then framed in a quiet zone and
    /// enlarged (a symbol cut at its edge, tiny modules) for zxing-cpp and zbar.
    ///
    /// When the image as it is reads, it is read inverted too, and the codes
    /// of both kept (each once, by its bytes): a printed label beside a
    /// laser-marked code, as the light-on-dark stage does for a photo.
    ///
    /// The pure-symbol attempts are made only on an image that is square
    /// within ``pureSymbolSlack`` of its longer side: a symbol without a quiet
    /// zone fills its image, and on any other image they cost a binarization
    /// each for nothing (0.2 to 0.4 ms of a 480x360 image's 4).
    ///
    /// Nothing read: stages 1 to 4 and 6 of ``decode(_:)`` follow.
    func readSmallImage(_ image: GrayImage) throws(ImagingError) -> [DecodedQR] {
        if let engine = secondEngine {
            let square = abs(image.width - image.height) * QRPhotoDecoder.pureSymbolSlack <= max(image.width, image.height)
            for attempt in SmallImageAttempt.engineAttempts where square || !attempt.pure {
                var codes = engine.decode(attempt.inverted ? image.inverted() : image, pure: attempt.pure)
                guard !codes.isEmpty else { continue }
                if attempt == SmallImageAttempt.engineAttempts[0] {
                    var seen = Set(codes.map(\.bytes))
                    codes += engine.decode(image.inverted(), pure: false).filter { seen.insert($0.bytes).inserted }
                }
                return codes
            }
        }
        let side = min(image.width, image.height)
        guard side < QRPhotoDecoder.framedSide else { return [] }
        // A quiet zone of a fifth of the side (4 modules of a version 1 symbol
        // that fills the image), enlarged until the side is about framedSide.
        let border = max(4, side / 5)
        let factor = min(8, max(1, QRPhotoDecoder.framedSide / max(1, side)))
        var zbar = decoder
        zbar.settings.findsInvertedCodes = true
        for inverted in [false, true] {
            let framed = (inverted ? image.inverted() : image).framed(border: border, enlargedBy: factor)
            var codes = secondEngine?.decode(framed) ?? []
            if codes.isEmpty, !inverted { codes = try zbar.decode(framed) }
            if !codes.isEmpty {
                return codes.map { code in
                    code.with(
                        corners: code.corners.map { PixelPoint(x: $0.x / factor - border, y: $0.y / factor - border) })
                }
            }
        }
        return []
    }

    /// One way the second engine reads a small image whole.
    struct SmallImageAttempt: Sendable, Equatable {
        let inverted: Bool
        let pure: Bool

        /// Cheapest and likeliest first.
        static let engineAttempts = [
            SmallImageAttempt(inverted: false, pure: false), SmallImageAttempt(inverted: true, pure: false),
            SmallImageAttempt(inverted: false, pure: true), SmallImageAttempt(inverted: true, pure: true),
        ]
    }

    /// A small image whose sides differ by at most its longer side over this
    /// is read as a pure symbol too.
    static let pureSymbolSlack = 8

    /// A small image with a shorter side under this many pixels is also read
    /// framed in a quiet zone and enlarged to about this side.
    static let framedSide = 320
}
