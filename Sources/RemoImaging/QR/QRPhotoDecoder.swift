/// Reads the QR codes in a photo: fast on easy photos, thorough on hard ones.
///
/// zbar scanning a whole 12-megapixel photo takes about a quarter of a second;
/// a label is a small part of it, and zbar is the slowest part of reading one.
/// So zbar reads only where finder patterns are:
/// 1. ``QRCandidateFinder`` marks the regions that may hold a code (one cheap
///    pass over 4×4 tiles), and ``LocalThreshold`` gives each region's tiles a
///    black-and-white threshold against their local light;
/// 2. ``FinderPatterns`` looks for the codes' finder patterns in all the regions
///    (every second row; small regions again on every row, against a narrower
///    window); a large sparse region (clutter joined to a code) gives way to the
///    neighbourhood of each group of its patterns;
/// 3. zbar reads each region holding a pattern at full resolution, every
///    second line;
/// 4. a region with two or more finder patterns of one code that gave nothing
///    escalates: first through the second engine (``ZXingDecoder``, zxing-cpp:
///    about a millisecond on a crop, and it reads bowed rows), then zbar on every
///    line, smoothed, upscaled twice (small modules), binarized against its local
///    light (uneven light, glare, shadow, noise; a wide window, then a narrow
///    one), until one reads;
/// 5. only when nothing was read: finder patterns anywhere in the photo (a code
///    whose region merged with clutter, or that noise kept from being busy),
///    and the neighbourhood of each group of them read and escalated.
///
/// Regions are read on up to ``parallelism`` threads at once. Codes are
/// deduplicated by text; corners are in the photo's pixels.
public struct QRPhotoDecoder: Hashable, Sendable {
    /// The decoder each region goes through.
    public var decoder: QRDecoder
    /// Whether regions that look like a code but gave nothing are retried harder.
    public var escalates: Bool
    /// Whether zbar scans the whole photo when no region gave a code (always done
    /// for images up to 2 megapixels; for a 12-megapixel photo it costs about
    /// 270 ms).
    public var wholePhotoFallback = false
    /// How many threads read one photo's regions at once (1: only the calling one).
    public var parallelism: Int
    /// The engine an escalated region goes to first, before zbar's attempts;
    /// nil for zbar alone.
    public var secondEngine: ZXingDecoder? = ZXingDecoder()

    /// A photo decoder.
    public init(decoder: QRDecoder = QRDecoder(), escalates: Bool = true, parallelism: Int = 1) {
        self.decoder = decoder
        self.escalates = escalates
        self.parallelism = max(1, parallelism)
    }

    /// A region of the photo and what reading it gave.
    private struct Region: Sendable {
        var candidate: QRCandidateFinder.Candidate
        /// The finder patterns in the region.
        var patterns: [FinderPatterns.Pattern]
        /// How many finder patterns of one code the region holds at most
        /// (``FinderPatterns/ofOneCode(_:)``).
        let finders: Int
        var crop: GrayImage? = nil
        /// The codes read, their corners in the crop's pixels scaled by `scale`.
        var codes: [DecodedQR] = []
        var scale = 1

        init(candidate: QRCandidateFinder.Candidate, patterns: [FinderPatterns.Pattern]) {
            self.candidate = candidate
            self.patterns = patterns
            finders = FinderPatterns.groups(of: patterns).map(FinderPatterns.ofOneCode).max() ?? 0
        }
    }

    /// Every distinct QR code found in `image`.
    ///
    /// - Throws: ``ImagingError/Code/scanFailed`` when zbar cannot run.
    public func decode(_ image: GrayImage) throws(ImagingError) -> [DecodedQR] {
        let finder = QRCandidateFinder()
        let tiles = finder.tiles(of: image, parallelism: parallelism)
        let candidates = finder.candidates(in: image, tiles: tiles)
        let thresholds = LocalThreshold(tiles)
        var codes: [DecodedQR] = []
        var texts: Set<String> = []
        func keep(_ regions: [Region]) {
            for region in regions {
                for code in region.codes where texts.insert(code.text).inserted {
                    codes.append(
                        code.moved(by: PixelPoint(x: region.candidate.x, y: region.candidate.y), scale: region.scale))
                }
            }
        }
        let quick = QRDecoder(
            settings: QRDecoder.Settings(
                density: decoder.settings.density, findsInvertedCodes: decoder.settings.findsInvertedCodes,
                retriesSmoothed: false))
        var sparseSettings = quick.settings
        sparseSettings.density = max(2, decoder.settings.density)
        let sparse = QRDecoder(settings: sparseSettings)

        // Finder patterns in every region; a large sparse region (clutter joined to
        // a code) gives way to the neighbourhood of each group of its patterns.
        let searched = candidates.filter { $0.width * $0.height <= QRPhotoDecoder.largeRegionArea }
        // Where regions overlap, a code-like one's window, the widest first (a code
        // beside its printed lines keeps its own; the lines get their own pass).
        let ordered = searched.sorted {
            ($0.looksLikeCode ? 1 : 0, QRPhotoDecoder.thresholdRadius($0))
                > ($1.looksLikeCode ? 1 : 0, QRPhotoDecoder.thresholdRadius($1))
        }
        let cover = thresholds.covering(
            ordered.map {
                LocalThreshold.Box(
                    x: $0.x, y: $0.y, width: $0.width, height: $0.height, radius: QRPhotoDecoder.thresholdRadius($0))
            }, adding: thresholds.emptyCover())
        // Small regions again, every row and against a narrow window (a small code).
        let small = thresholds.covering(
            searched.filter { min($0.width, $0.height) < QRPhotoDecoder.smallRegionSide }.map {
                LocalThreshold.Box(x: $0.x, y: $0.y, width: $0.width, height: $0.height, radius: 2)
            }, adding: thresholds.emptyCover())
        let patterns = FinderPatterns.combining(
            FinderPatterns(in: image, cover: cover, rowStep: 2, parallelism: parallelism).patterns,
            FinderPatterns(in: image, cover: small, rowStep: 1, parallelism: parallelism).patterns)
        let found = searched.map { candidate in
            let inside = patterns.filter { candidate.contains(PixelPoint(x: Int($0.x), y: Int($0.y))) }
            guard candidate.looksLikeCode || candidate.width * candidate.height <= QRPhotoDecoder.sparseRegionArea
            else {
                return FinderPatterns.groups(of: inside).filter { $0.count >= 2 }.map {
                    Region(candidate: .around($0, in: image), patterns: $0)
                }
            }
            return [Region(candidate: candidate, patterns: inside)]
        }
        // A region whose patterns an earlier one holds too adds nothing (a code-like
        // region comes before the neighbourhood a larger region gives way to).
        var seen: [[FinderPatterns.Pattern]] = []
        let regions = found.flatMap { $0 }.filter { region in
            guard !region.patterns.isEmpty, !seen.contains(where: { Set($0).isSuperset(of: region.patterns) })
            else { return false }
            seen.append(region.patterns)
            return true
        }

        // Pass 1: zbar on every region with finder patterns, every second line.
        let read = try self.read(regions, in: image) { (region) throws(ImagingError) in
            region.codes = try sparse.decode(region.crop!)
        }
        keep(read)
        guard escalates else { return codes }

        // Codes expected and not read: regions with two or more finder patterns, not
        // holding a code another region read; the most finder-like first.
        let centres = codes.map(\.centre)
        let expected =
            read
            .filter { region in
                region.codes.isEmpty && region.finders >= QRPhotoDecoder.expectedFinders
                    && !centres.contains { region.candidate.contains($0) }
            }
            .sorted { $0.finders > $1.finders }
            .prefix(QRPhotoDecoder.escalatedRegions)
        keep(try escalate(Array(expected), through: QRPhotoDecoder.escalations, with: quick))

        // Still nothing: finder patterns anywhere in the photo that is not flat (a
        // code whose region merged with clutter beyond the regions looked at), every
        // second row.
        if codes.isEmpty {
            let whole = thresholds.covering(
                [LocalThreshold.Box(x: 0, y: 0, width: image.width, height: image.height, radius: QRPhotoDecoder.wholePhotoRadius)],
                adding: thresholds.emptyCover())
            let patterns = FinderPatterns(
                in: image, cover: whole,
                scanned: tiles.marked(rangeAtLeast: QRPhotoDecoder.wholePhotoContrast, widenedBy: 4),
                rowStep: 2, parallelism: parallelism
            ).patterns
            // Groups not already escalated (a pattern within a module of one of theirs).
            let tried = expected.flatMap(\.patterns)
            let groups = FinderPatterns.groups(of: patterns).filter { group in
                FinderPatterns.ofOneCode(group) >= QRPhotoDecoder.expectedFinders
                    && !group.allSatisfy { pattern in tried.contains { $0.isFound(again: pattern) } }
            }
            let boxes = groups.map {
                Region(candidate: QRCandidateFinder.Candidate.around($0, in: image), patterns: $0)
            }
            let regions = try self.read(Array(boxes.prefix(QRPhotoDecoder.escalatedRegions)), in: image) {
                (region) throws(ImagingError) in
                region.codes = try quick.decode(region.crop!)
            }
            keep(regions)
            keep(try escalate(regions.filter { $0.codes.isEmpty }, through: QRPhotoDecoder.escalations, with: quick))
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

    /// Each region cropped from `image` and handed to `body`, on up to
    /// ``parallelism`` threads; the regions in the same order.
    private func read(
        _ regions: [Region], in image: GrayImage, _ body: @Sendable (inout Region) throws(ImagingError) -> Void
    ) throws(ImagingError) -> [Region] {
        let results = regions.concurrentMap(width: parallelism) { region -> Result<Region?, ImagingError> in
            let box = region.candidate
            guard let crop = image.cropped(x: box.x, y: box.y, width: box.width, height: box.height)
            else { return .success(nil) }
            var region = region
            region.crop = crop
            do throws(ImagingError) {
                try body(&region)
                return .success(region)
            } catch {
                return .failure(error)
            }
        }
        var read: [Region] = []
        for result in results {
            if let region = try result.get() { read.append(region) }
        }
        return read
    }

    /// Each region through `attempts` in turn until one reads, the regions on up to
    /// ``parallelism`` threads.
    private func escalate(
        _ regions: [Region], through attempts: [Escalation], with decoder: QRDecoder
    ) throws(ImagingError) -> [Region] {
        let results = regions.concurrentMap(width: parallelism) { region -> Result<Region, ImagingError> in
            var region = region
            do throws(ImagingError) {
                // The second engine first: on a crop it costs about a millisecond,
                // less than any zbar attempt.
                if let engine = secondEngine {
                    region.codes = engine.decode(region.crop!)
                    region.scale = 1
                }
                // The smallest module among the region's finder patterns.
                let module = region.patterns.map(\.module).min() ?? 0
                for attempt in attempts where region.codes.isEmpty && module < attempt.largestModule {
                    let (prepared, scale) = attempt.prepare(region.crop!)
                    region.codes = try decoder.decode(prepared)
                    region.scale = scale
                }
                return .success(region)
            } catch {
                return .failure(error)
            }
        }
        var escalated: [Region] = []
        for result in results { escalated.append(try result.get()) }
        return escalated
    }

    /// The local-light window for finder patterns in a region, as
    /// ``GrayImage/binarized(window:offset:)`` chooses it: an eighth of the
    /// region's shorter side, in tiles on each side of the pixel's own (a small
    /// code needs a narrow window, a large one a window wider than a pattern's
    /// centre).
    static func thresholdRadius(_ candidate: QRCandidateFinder.Candidate) -> Int {
        min(8, max(1, min(candidate.width, candidate.height) / 64))
    }

    /// Regions with a shorter side than this are looked at on every row (a small
    /// code's finder centres are only a few rows tall).
    static let smallRegionSide = 256

    /// The local-light window for finder patterns in the whole photo, in tiles on
    /// each side.
    static let wholePhotoRadius = 3

    /// The range a tile needs for the whole-photo pattern scan to look at it and
    /// the tiles beside it: far below any code's, but flat walls and paper are
    /// left out (most of a photo without a label).
    static let wholePhotoContrast: UInt8 = 16

    /// The largest image (in pixels) scanned whole when no region gave a code.
    static let smallImage = 2_000_000

    /// The largest region (in pixels) read although it does not look like a code.
    static let sparseRegionArea = 400_000

    /// The fewest finder patterns for a region to be escalated.
    static let expectedFinders = 2

    /// How many regions at most escalate.
    static let escalatedRegions = 6

    /// The largest region (in pixels) looked at for finder patterns.
    static let largeRegionArea = 2_500_000

    /// A way to prepare a crop for zbar again.
    struct Escalation: Sendable {
        /// The image made and the factor it is scaled by.
        let prepare: @Sendable (GrayImage) -> (GrayImage, Int)
        /// The module (in pixels) from which it is not worth trying: upscaling
        /// helps only modules too small for zbar's sampling.
        var largestModule = Double.infinity
    }

    /// The escalations, cheapest first.
    static let escalations: [Escalation] = [
        Escalation { crop in (crop, 1) },
        Escalation { crop in (crop.smoothed(), 1) },
        Escalation(prepare: { crop in (crop.upscaled(), 2) }, largestModule: 4),
        Escalation { crop in (crop.binarized(), 1) },
        Escalation { crop in (crop.binarized(window: max(15, min(crop.width, crop.height) / 16) | 1, offset: 2), 1) },
    ]
}

extension QRCandidateFinder.Candidate {
    /// The box a code with the finder patterns of `group` (in photo pixels) lies
    /// in, with its quiet zone: beyond the patterns' box by 8 modules (half a
    /// pattern and the quiet zone, with room), and by half its span for three
    /// patterns (a code turned 45 degrees has its fourth corner that far out) or a
    /// whole span for two (the code lies on an unknown side of them).
    static func around(_ group: [FinderPatterns.Pattern], in image: GrayImage) -> Self {
        let left = group.map(\.x).min()!
        let right = group.map(\.x).max()!
        let top = group.map(\.y).min()!
        let bottom = group.map(\.y).max()!
        let module = group.map(\.module).max()!
        let span = max(right - left, bottom - top)
        let reach = 8 * module + (group.count >= 3 ? 0.5 : 1) * span
        let x0 = max(0, Int(left - reach))
        let y0 = max(0, Int(top - reach))
        let x1 = min(image.width, Int(right + reach) + 1)
        let y1 = min(image.height, Int(bottom + reach) + 1)
        return Self(x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: 0, looksLikeCode: false)
    }

    func contains(_ point: PixelPoint) -> Bool {
        point.x >= x && point.y >= y && point.x < x + width && point.y < y + height
    }
}

extension DecodedQR {
    /// The code with its corners divided by `scale`, then moved by `offset`.
    func moved(by offset: PixelPoint, scale: Int) -> DecodedQR {
        DecodedQR(
            text: text, bytes: bytes,
            corners: corners.map { PixelPoint(x: $0.x / scale + offset.x, y: $0.y / scale + offset.y) })
    }

    /// The mean of the corners.
    var centre: PixelPoint {
        guard !corners.isEmpty else { return PixelPoint(x: 0, y: 0) }
        return PixelPoint(
            x: corners.map(\.x).reduce(0, +) / corners.count, y: corners.map(\.y).reduce(0, +) / corners.count)
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
