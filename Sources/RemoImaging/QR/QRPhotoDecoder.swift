/// Reads the QR codes in a photo: fast on easy photos, thorough on hard ones.
///
/// zbar scanning a whole 12-megapixel photo takes about a quarter of a second;
/// a label is a small part of it. So:
/// 1. ``QRCandidateFinder`` marks the regions that may hold a code (one cheap
///    pass over the pixels);
/// 2. zbar reads each region at full resolution, every second line;
/// 3. only a region that looks like a code, holds finder patterns
///    (``FinderPatternCount``) and gave nothing escalates: every line, smoothed,
///    upscaled twice (small modules), binarized against its local light (uneven
///    light, glare, shadow, noise; a wide window, then a narrow one), until one
///    reads;
/// 4. only when no region gave a code: the regions whose shape is not a code's
///    (a code in clutter, broken up by heavy JPEG) that hold finder patterns,
///    every line and upscaled; then the densest large sparse region whole (a
///    code joined to clutter by a chain of busy tiles).
///
/// Codes are deduplicated by text; corners are in the photo's pixels.
public struct QRPhotoDecoder: Hashable, Sendable {
    /// The decoder each region goes through.
    public var decoder: QRDecoder
    /// Whether regions that look like a code but gave nothing are retried harder.
    public var escalates: Bool
    /// Whether zbar scans the whole photo when no region gave a code (always done
    /// for images up to 2 megapixels; for a 12-megapixel photo it costs about
    /// 270 ms).
    public var wholePhotoFallback = false

    /// A photo decoder.
    public init(decoder: QRDecoder = QRDecoder(), escalates: Bool = true) {
        self.decoder = decoder
        self.escalates = escalates
    }

    /// Every distinct QR code found in `image`.
    ///
    /// - Throws: ``ImagingError/Code/scanFailed`` when zbar cannot run.
    public func decode(_ image: GrayImage) throws(ImagingError) -> [DecodedQR] {
        let finder = QRCandidateFinder()
        let tiles = finder.tiles(of: image)
        let candidates = finder.candidates(in: image, tiles: tiles)
        var codes: [DecodedQR] = []
        var texts: Set<String> = []
        var covered: [QRCandidateFinder.Candidate] = []
        func keep(_ found: [DecodedQR], from candidate: QRCandidateFinder.Candidate, scale: Int) {
            for code in found where texts.insert(code.text).inserted {
                codes.append(code.moved(by: PixelPoint(x: candidate.x, y: candidate.y), scale: scale))
            }
        }
        var quick = decoder
        quick.settings.retriesSmoothed = false
        var sparse = quick
        sparse.settings.density = max(2, decoder.settings.density)
        // Regions that hold finder patterns and gave nothing: codes expected and not read.
        var expected: [(candidate: QRCandidateFinder.Candidate, crop: GrayImage, rows: Int)] = []
        // Regions read although they do not look like a code, that gave nothing.
        var unshaped: [(candidate: QRCandidateFinder.Candidate, crop: GrayImage)] = []
        for candidate in candidates where candidate.looksLikeCode || candidate.width * candidate.height <= QRPhotoDecoder.sparseRegionArea {
            if covered.contains(where: { $0.contains(candidate) }) { continue }
            guard let crop = image.cropped(x: candidate.x, y: candidate.y, width: candidate.width, height: candidate.height)
            else { continue }
            let found = try sparse.decode(crop)
            if found.isEmpty {
                // Expected when it looks like a code and holds finder patterns.
                guard candidate.looksLikeCode else {
                    unshaped.append((candidate, crop))
                    continue
                }
                let rows = FinderPatternCount.rows(in: crop.binarized())
                if rows >= QRPhotoDecoder.finderRows { expected.append((candidate, crop, rows)) }
            } else {
                covered.append(candidate)
            }
            keep(found, from: candidate, scale: 1)
        }
        guard escalates else { return codes }
        // The most finder-like first; clutter stays cheap.
        expected.sort { $0.rows > $1.rows }
        func escalate(
            _ regions: ArraySlice<(candidate: QRCandidateFinder.Candidate, crop: GrayImage, rows: Int)>,
            with attempts: [@Sendable (GrayImage) -> (GrayImage, Int)] = QRPhotoDecoder.escalations
        ) throws(ImagingError) {
            for (candidate, crop, _) in regions {
                for attempt in attempts {
                    let (prepared, scale) = attempt(crop)
                    let found = try quick.decode(prepared)
                    keep(found, from: candidate, scale: scale)
                    if !found.isEmpty { break }
                }
            }
        }
        try escalate(expected.prefix(QRPhotoDecoder.escalatedRegions))
        // Still nothing: a region whose shape is not a code's (a code in clutter,
        // or broken up by JPEG blocks) is expected too when it holds finder patterns.
        if codes.isEmpty {
            var more: [(candidate: QRCandidateFinder.Candidate, crop: GrayImage, rows: Int)] = []
            for (candidate, crop) in unshaped.prefix(QRPhotoDecoder.unshapedRegionsLooked) {
                let rows = FinderPatternCount.rows(in: crop.binarized())
                if rows >= QRPhotoDecoder.finderRows { more.append((candidate, crop, rows)) }
            }
            more.sort { $0.rows > $1.rows }
            try escalate(more.prefix(QRPhotoDecoder.escalatedUnshapedRegions), with: QRPhotoDecoder.unshapedEscalations)
        }
        // Still nothing: a code joined to clutter by a chain of busy tiles is part of
        // a large sparse region; the densest one of moderate size is read whole.
        if codes.isEmpty {
            let large = candidates.filter {
                !$0.looksLikeCode && $0.width * $0.height > QRPhotoDecoder.sparseRegionArea
                    && $0.width * $0.height <= QRPhotoDecoder.largeRegionArea
            }
            for candidate in large.prefix(QRPhotoDecoder.largeRegions) {
                guard let crop = image.cropped(x: candidate.x, y: candidate.y, width: candidate.width, height: candidate.height)
                else { continue }
                let found = try quick.decode(crop)
                keep(found, from: candidate, scale: 1)
                if !found.isEmpty { break }
            }
        }
        // Nothing found in any region: the whole image, as zbar alone would read it,
        // when that is cheap (a crop, a screenshot: up to 2 megapixels) or asked for.
        if codes.isEmpty, wholePhotoFallback || image.width * image.height <= QRPhotoDecoder.smallImage {
            var whole = decoder
            whole.settings.retriesSmoothed = false
            codes = try whole.decode(image)
        }
        return codes
    }

    /// The largest image (in pixels) scanned whole when no region gave a code.
    static let smallImage = 2_000_000

    /// The largest region (in pixels) read although it does not look like a code.
    static let sparseRegionArea = 400_000

    /// The fewest rows crossing a finder pattern for a region to be escalated.
    static let finderRows = 4

    /// How many regions at most escalate.
    static let escalatedRegions = 6

    /// How many regions at most escalate that do not look like a code, when no region gave one.
    static let escalatedUnshapedRegions = 2

    /// How many regions that do not look like a code, the densest first, are looked
    /// at for finder patterns when no region gave a code.
    static let unshapedRegionsLooked = 12

    /// The escalations of a region that does not look like a code: every line, then upscaled.
    static let unshapedEscalations: [@Sendable (GrayImage) -> (GrayImage, Int)] = [
        { crop in (crop, 1) },
        { crop in (crop.upscaled(), 2) },
    ]

    /// The largest sparse region (in pixels) read when no region gave a code.
    static let largeRegionArea = 2_500_000

    /// How many large sparse regions at most are read whole when no region gave a code.
    static let largeRegions = 1

    /// The escalations, cheapest first: each makes an image and the factor it is scaled by.
    static let escalations: [@Sendable (GrayImage) -> (GrayImage, Int)] = [
        { crop in (crop, 1) },
        { crop in (crop.smoothed(), 1) },
        { crop in (crop.upscaled(), 2) },
        { crop in (crop.binarized(), 1) },
        { crop in (crop.binarized(window: max(15, min(crop.width, crop.height) / 16) | 1, offset: 2), 1) },
    ]
}

extension QRCandidateFinder.Candidate {
    func contains(_ other: Self) -> Bool {
        other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height
    }
}

extension DecodedQR {
    /// The code with its corners divided by `scale`, then moved by `offset`.
    func moved(by offset: PixelPoint, scale: Int) -> DecodedQR {
        DecodedQR(
            text: text, bytes: bytes,
            corners: corners.map { PixelPoint(x: $0.x / scale + offset.x, y: $0.y / scale + offset.y) })
    }
}

extension DecodedQR {
    /// The code with its corners in the full photo's pixels, when it was found in
    /// an image decoded at `scale`.
    func rescaled(by scale: JPEGScale) -> DecodedQR {
        DecodedQR(
            text: text, bytes: bytes,
            corners: corners.map {
                PixelPoint(x: $0.x * scale.denominator / scale.numerator, y: $0.y * scale.denominator / scale.numerator)
            })
    }
}
