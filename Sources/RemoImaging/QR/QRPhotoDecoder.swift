/// Reads the QR codes in a photo: fast on easy photos, thorough on hard ones.
///
/// zbar scanning a whole 12-megapixel photo takes about a quarter of a second;
/// a label is a small part of it, and zbar is the slowest part of reading one.
/// So zbar reads only where finder patterns are. ``decode(_:)`` is the
/// pipeline, a named method a stage:
/// 0. a small image (up to ``smallImage`` pixels: a crop, a screenshot, a
///    scan) goes to the engines whole first, as is, inverted, as a pure
///    symbol, framed in a quiet zone (``readSmallImage(_:)``); stages 1 to 4
///    and 6 only when that gave nothing (they read codes the engines miss on
///    blurred, tilted or cut crops), never 5 and 7, which search a large
///    photo for what its regions missed: the engines have read the small
///    image whole (without zxing-cpp, zbar alone, the stages run as for a photo);
/// 1. ``QRCandidateFinder`` marks the regions that may hold a code (one cheap
///    pass over 4×4 tiles), and ``LocalThreshold`` gives each region's tiles a
///    black-and-white threshold against their local light;
/// 2. ``FinderPatterns`` looks for the codes' finder patterns in all the regions
///    (every second row; small regions again on every row, against a narrower
///    window); a large sparse region (clutter joined to a code) gives way to the
///    neighbourhood of each group of its patterns;
/// 3. zbar reads each region holding a pattern, every second line, at full
///    resolution or, for modules of 12 pixels or more, reduced (``shrink(for:)``);
///    three patterns at a right angle give the code's own box;
/// 4. a region with two or more finder patterns of one code that gave nothing
///    escalates: first through the second engine (``ZXingDecoder``, zxing-cpp:
///    about a millisecond on a crop, and it reads bowed rows), then zbar on every
///    line, smoothed, upscaled twice (small modules), binarized against its local
///    light (uneven light, glare, shadow, noise; a wide window, then a narrow
///    one), until one reads;
/// 5. only when nothing was read in a photo: a close-up's three finder patterns, looked for
///    in the photo at a quarter of its size (``closeUpPatterns(_:parallelism:)``),
///    then finder patterns anywhere in the photo (a code whose region merged with
///    clutter, or that noise kept from being busy), and the neighbourhood of each
///    group of them read and escalated;
/// 6. then, whatever was read: stages 1 to 4 again for light-on-dark codes (a
///    laser-marked code on a recorder body, beside printed labels or alone),
///    on the regions shaped like a code that hold no code read so far: the
///    tiles' means turned over give the local light, finder patterns are
///    looked for light on dark (``FinderPatterns``' `lightOnDark`), and each
///    crop is turned over before it is read; the survey is reused and the
///    photo is not copied, so a photo pays only that search over its
///    remaining code-shaped regions (none: nothing) and the reading of their
///    few false patterns, escalated no further than zbar smoothed
///    (``invertedEscalations``);
/// 7. last, still nothing in a small image read by zbar alone (or with
///    ``wholePhotoFallback``): zbar on the whole image. With zxing-cpp, which
///    read the small image whole already, not: zbar on a noisy image with no
///    code costs several times what the rest did (a 480x360 image: 7 to 29 ms
///    of its 10 to 35).
///
/// Regions are read on up to ``parallelism`` threads at once; with more than
/// one, independent steps run side by side (the last stages' preparation beside
/// pass 1's reading). Codes are deduplicated by their bytes; corners are in the
/// photo's pixels.
public struct QRPhotoDecoder: Hashable, Sendable {
    /// The decoder each region goes through.
    public var decoder: QRDecoder
    /// Whether regions that look like a code but gave nothing are retried harder.
    public var escalates: Bool
    /// Whether zbar scans the whole photo when no region gave a code (always done
    /// for images up to 2 megapixels; for a 12-megapixel photo it costs about
    /// 270 ms).
    public var wholePhotoFallback = false
    /// Whether a photo's code-shaped regions that hold no code read are looked at
    /// again for light-on-dark codes (stage 6; a small image's engines try its
    /// whole image inverted either way).
    public var readsLightOnDark = true
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
        /// How many times smaller than the photo the crop is each way
        /// (``QRPhotoDecoder/shrink(for:)``).
        let shrink: Int
        /// The candidate's box, reduced `shrink` times.
        var crop: GrayImage? = nil
        /// The codes read, their corners in the crop's pixels scaled by `scale`.
        var codes: [DecodedQR] = []
        var scale = 1

        init(candidate: QRCandidateFinder.Candidate, patterns: [FinderPatterns.Pattern]) {
            self.candidate = candidate
            self.patterns = patterns
            finders = FinderPatterns.groups(of: patterns).map(FinderPatterns.ofOneCode).max() ?? 0
            shrink = QRPhotoDecoder.shrink(for: patterns)
        }
    }

    /// Every distinct QR code found in `image`: the stages of the type's
    /// overview, each a method below, in order.
    ///
    /// - Throws: ``ImagingError/Code/scanFailed`` when zbar cannot run.
    public func decode(_ image: GrayImage) throws(ImagingError) -> [DecodedQR] {
        let small = image.width * image.height <= QRPhotoDecoder.smallImage
        if small {
            let direct = try readSmallImage(image)
            if !direct.isEmpty { return direct }
        }
        // A small image the engines read whole (stage 0) needs none of the
        // searches for what a photo's regions missed (stages 5 and 7).
        let searchesWhole = !small || secondEngine == nil
        let survey = Survey(of: image, parallelism: parallelism)
        var found = FoundCodes()
        let forward = try readRegions(
            survey, preparing: searchesWhole, escalatingThrough: QRPhotoDecoder.escalations, into: &found)
        guard escalates else { return found.codes }

        if found.codes.isEmpty, searchesWhole {
            let fallback = forward.prepared ?? Fallback(survey)
            let tried = forward.expected.flatMap(\.patterns)
            found.keep(try readCloseUps(fallback, notIn: tried, in: image))
            if found.codes.isEmpty {
                found.keep(try readPatternsAnywhere(fallback, notIn: tried + fallback.closeUp, in: image))
            }
        }
        if readsLightOnDark, let inverted = survey.inverted(notHolding: found.codes) {
            _ = try readRegions(
                inverted, preparing: false, escalatingThrough: QRPhotoDecoder.invertedEscalations, into: &found)
        }
        if found.codes.isEmpty, wholePhotoFallback || (small && secondEngine == nil) {
            return try readWhole(image)
        }
        return found.codes
    }

    /// What stages 1 to 4 leave for the later ones.
    private struct RegionsRead {
        /// The regions escalated (codes expected).
        let expected: [Region]
        /// The last stages' preparation, made beside the first pass.
        let prepared: Fallback?
    }

    /// Stages 1 to 4 on `survey`: the regions with finder patterns read, and
    /// those where a code was expected and none read escalated; the codes kept
    /// in `found`. With `preparing`, the last stages' preparation is made on a
    /// second thread meanwhile.
    private func readRegions(
        _ survey: Survey, preparing: Bool, escalatingThrough attempts: [Escalation], into found: inout FoundCodes
    ) throws(ImagingError) -> RegionsRead {
        let regions = regionsWithPatterns(survey)
        let (read, prepared) = try firstPass(over: regions, survey, preparing: preparing)
        found.keep(read)
        guard escalates else { return RegionsRead(expected: [], prepared: prepared) }
        let expected = codesExpected(in: read, notNear: found.codes)
        found.keep(try escalate(expected, through: attempts, with: quickDecoder))
        return RegionsRead(expected: expected, prepared: prepared)
    }

    /// What the first stages learn of the whole photo: its 4×4 tiles, the
    /// candidate regions and the local-light thresholds.
    private struct Survey: Sendable {
        let image: GrayImage
        let tiles: QRCandidateFinder.Tiles
        let candidates: [QRCandidateFinder.Candidate]
        let thresholds: LocalThreshold
        /// Whether independent steps run on two threads.
        let together: Bool
        /// Whether the codes looked for are light on dark: `tiles` and
        /// `thresholds` are those of the image turned over, and each crop is
        /// turned over before it is read.
        var lightOnDark = false

        init(of image: GrayImage, parallelism: Int) {
            let finder = QRCandidateFinder()
            let tiles = finder.tiles(of: image, parallelism: parallelism)
            together = parallelism > 1
            (candidates, thresholds) = concurrently(
                together, { finder.candidates(in: image, tiles: tiles) }, { LocalThreshold(tiles) })
            self.image = image
            self.tiles = tiles
        }

        private init(
            image: GrayImage, tiles: QRCandidateFinder.Tiles, candidates: [QRCandidateFinder.Candidate],
            together: Bool, lightOnDark: Bool
        ) {
            (self.image, self.tiles, self.candidates, self.together) = (image, tiles, candidates, together)
            self.lightOnDark = lightOnDark
            thresholds = LocalThreshold(tiles)
        }

        /// The survey of the photo inverted (light modules on dark: a laser-marked
        /// code), for the regions shaped like a code that hold none of `codes`
        /// (the codes read so far); nil when there is no such region. A tile's
        /// range and the busy regions are the same either way round; its mean is
        /// inverted, and with it the local light each pixel is compared against.
        func inverted(notHolding codes: [DecodedQR]) -> Survey? {
            let centres = codes.map(\.centre)
            let remaining = candidates.filter { candidate in
                candidate.looksLikeCode && !centres.contains { candidate.contains($0) }
            }
            guard !remaining.isEmpty else { return nil }
            var tiles = tiles
            tiles.mean.withUnsafeMutableBufferPointer { mean in
                for index in mean.indices { mean[index] = ~mean[index] }
            }
            return Survey(image: image, tiles: tiles, candidates: remaining, together: together, lightOnDark: true)
        }
    }

    /// The codes kept so far, each once (by its bytes), their corners in the photo's pixels.
    private struct FoundCodes {
        private(set) var codes: [DecodedQR] = []
        private var seen: Set<[UInt8]> = []

        mutating func keep(_ regions: [Region]) {
            for region in regions {
                for code in region.codes where seen.insert(code.bytes).inserted {
                    codes.append(
                        code.moved(
                            by: PixelPoint(x: region.candidate.x, y: region.candidate.y),
                            scale: region.scale, shrink: region.shrink))
                }
            }
        }
    }

    /// zbar every line, with no smoothed retry: for escalations and the last stages.
    private var quickDecoder: QRDecoder {
        QRDecoder(
            settings: QRDecoder.Settings(
                density: decoder.settings.density, findsInvertedCodes: decoder.settings.findsInvertedCodes,
                retriesSmoothed: false))
    }

    /// zbar every second line at least: the first pass.
    private var sparseDecoder: QRDecoder {
        var settings = quickDecoder.settings
        settings.density = max(2, decoder.settings.density)
        return QRDecoder(settings: settings)
    }

    /// Stages 1 and 2: the regions holding finder patterns, each once. A large
    /// sparse region (clutter joined to a code) gives way to the neighbourhood of
    /// each group of its patterns.
    private func regionsWithPatterns(_ survey: Survey) -> [Region] {
        let image = survey.image
        let searched = survey.candidates.filter { $0.width * $0.height <= QRPhotoDecoder.largeRegionArea }
        let (cover, small) = QRPhotoDecoder.regionCovers(searched, thresholds: survey.thresholds)
        let patterns = FinderPatterns.combining(
            FinderPatterns(
                in: image, cover: cover, rowStep: 2, parallelism: parallelism, lightOnDark: survey.lightOnDark
            ).patterns,
            FinderPatterns(
                in: image, cover: small, rowStep: 1, parallelism: parallelism, lightOnDark: survey.lightOnDark
            ).patterns)
        let found = searched.map { candidate in
            let inside = patterns.filter { candidate.contains(PixelPoint(x: Int($0.x), y: Int($0.y))) }
            guard candidate.looksLikeCode || candidate.width * candidate.height <= QRPhotoDecoder.sparseRegionArea
            else {
                return FinderPatterns.groups(of: inside).filter { $0.count >= 2 }.flatMap(FinderPatterns.codes(in:))
                    .map { Region(candidate: .around($0, in: image), patterns: $0) }
            }
            return [Region(candidate: candidate, patterns: inside)]
        }
        // A region whose patterns an earlier one holds too adds nothing (a code-like
        // region comes before the neighbourhood a larger region gives way to).
        var seen: [[FinderPatterns.Pattern]] = []
        return found.flatMap { $0 }.filter { region in
            guard !region.patterns.isEmpty, !seen.contains(where: { Set($0).isSuperset(of: region.patterns) })
            else { return false }
            seen.append(region.patterns)
            return true
        }
    }

    /// Stage 3: zbar on every region, every second line; on a second thread when
    /// there is one, what the last stages need (they run on every photo without
    /// a label), while a photo's one or two regions leave it idle.
    private func firstPass(
        over regions: [Region], _ survey: Survey, preparing: Bool
    ) throws(ImagingError) -> (read: [Region], prepared: Fallback?) {
        let sparse = sparseDecoder
        let (pass, prepared) = concurrently(
            survey.together,
            { () -> Result<[Region], ImagingError> in
                do throws(ImagingError) {
                    return .success(
                        try self.read(regions, in: survey.image, turnedOver: survey.lightOnDark) {
                            (region) throws(ImagingError) in
                            region.codes = try sparse.decode(region.crop!)
                        })
                } catch {
                    return .failure(error)
                }
            },
            { survey.together && escalates && preparing ? Fallback(survey) : nil })
        return (try pass.get(), prepared)
    }

    /// Stage 4's regions: codes expected and not read (two or more finder
    /// patterns, not holding a code another region read), the most finder-like
    /// first, ``escalatedRegions`` at most.
    private func codesExpected(in read: [Region], notNear codes: [DecodedQR]) -> [Region] {
        let centres = codes.map(\.centre)
        let expected = read.filter { region in
            region.codes.isEmpty && region.finders >= QRPhotoDecoder.expectedFinders
                && !centres.contains { region.candidate.contains($0) }
        }
        return Array(expected.sorted { $0.finders > $1.finders }.prefix(QRPhotoDecoder.escalatedRegions))
    }

    /// Stage 5, first: a close-up (modules of 8 px or more, too large for the
    /// tiles' regions and the regions' windows), its three finder patterns
    /// found in the photo at a quarter of its size.
    private func readCloseUps(
        _ fallback: Fallback, notIn tried: [FinderPatterns.Pattern], in image: GrayImage
    ) throws(ImagingError) -> [Region] {
        try readGroups(of: fallback.closeUp, notIn: tried, in: image, with: quickDecoder, threeOnly: true)
    }

    /// Stage 5, then: finder patterns anywhere in the photo that is not flat (a
    /// code whose region merged with clutter beyond the regions looked at),
    /// every second row.
    private func readPatternsAnywhere(
        _ fallback: Fallback, notIn tried: [FinderPatterns.Pattern], in image: GrayImage
    ) throws(ImagingError) -> [Region] {
        let patterns = FinderPatterns(in: image, cover: fallback.wholeCover, rowStep: 2, parallelism: parallelism)
            .patterns
        return try readGroups(of: patterns, notIn: tried, in: image, with: quickDecoder, threeOnly: false)
    }

    /// Last: the whole image, as zbar alone would read it, when that is cheap (a
    /// crop, a screenshot: up to ``smallImage`` pixels) or asked for.
    private func readWhole(_ image: GrayImage) throws(ImagingError) -> [DecodedQR] {
        var whole = decoder
        whole.settings.retriesSmoothed = false
        return try whole.decode(image)
    }

    /// What the stages after escalation look at: the close-up finder patterns
    /// (``closeUpPatterns(_:parallelism:)``), and the whole photo's thresholds
    /// where it is not flat (tiles with a range of ``wholePhotoContrast`` or more,
    /// and ``wholePhotoReach`` tiles either side along the row: every tile of a
    /// pattern of modules up to 4 pixels lies that close to one of its edges).
    private struct Fallback: Sendable {
        let closeUp: [FinderPatterns.Pattern]
        let wholeCover: LocalThreshold.Cover

        init(_ survey: Survey) {
            closeUp = QRPhotoDecoder.closeUpPatterns(survey.tiles, parallelism: 1)
            wholeCover = survey.thresholds.uniform(
                radius: QRPhotoDecoder.wholePhotoRadius,
                only: survey.tiles.marked(
                    rangeAtLeast: QRPhotoDecoder.wholePhotoContrast, widenedBy: QRPhotoDecoder.wholePhotoReach))
        }
    }

    /// The thresholds of the regions `searched`: every region's tiles against a
    /// window its size suits, and small regions' tiles again against a narrow one.
    private static func regionCovers(
        _ searched: [QRCandidateFinder.Candidate], thresholds: LocalThreshold
    ) -> (LocalThreshold.Cover, LocalThreshold.Cover) {
        // Where regions overlap, a code-like one's window, the widest first (a code
        // beside its printed lines keeps its own; the lines get their own pass).
        let ordered = searched.sorted {
            ($0.looksLikeCode ? 1 : 0, thresholdRadius($0)) > ($1.looksLikeCode ? 1 : 0, thresholdRadius($1))
        }
        let cover = thresholds.covering(
            ordered.map {
                LocalThreshold.Box(x: $0.x, y: $0.y, width: $0.width, height: $0.height, radius: thresholdRadius($0))
            }, adding: thresholds.emptyCover())
        // Small regions again, every row and against a narrow window (a small code).
        let small = thresholds.covering(
            searched.filter { min($0.width, $0.height) < smallRegionSide }.map {
                LocalThreshold.Box(x: $0.x, y: $0.y, width: $0.width, height: $0.height, radius: 2)
            }, adding: thresholds.emptyCover())
        return (cover, small)
    }

    /// The neighbourhood of each group of `patterns` that may be a code (only
    /// three patterns at a right angle's corners when `threeOnly`) and that
    /// `tried` does not already hold (a pattern within a module of one of
    /// theirs), read and, when it gives nothing, escalated.
    private func readGroups(
        of patterns: [FinderPatterns.Pattern], notIn tried: [FinderPatterns.Pattern], in image: GrayImage,
        with decoder: QRDecoder, threeOnly: Bool
    ) throws(ImagingError) -> [Region] {
        let groups = FinderPatterns.groups(of: patterns).flatMap(FinderPatterns.codes(in:)).filter { group in
            (!threeOnly || FinderPatterns.fourthCorner(of: group) != nil)
                && FinderPatterns.ofOneCode(group) >= QRPhotoDecoder.expectedFinders
                && !group.allSatisfy { pattern in tried.contains { $0.isFound(again: pattern) } }
        }
        let boxes = groups.prefix(QRPhotoDecoder.escalatedRegions).map {
            Region(candidate: QRCandidateFinder.Candidate.around($0, in: image), patterns: $0)
        }
        let regions = try self.read(Array(boxes), in: image) { (region) throws(ImagingError) in
            region.codes = try decoder.decode(region.crop!)
        }
        return regions + (try escalate(regions.filter { $0.codes.isEmpty }, through: QRPhotoDecoder.escalations, with: decoder))
    }

    /// Each region cropped from `image` (and turned over when `turnedOver`)
    /// and handed to `body`, on up to ``parallelism`` threads; the regions in
    /// the same order.
    private func read(
        _ regions: [Region], in image: GrayImage, turnedOver: Bool = false,
        _ body: @Sendable (inout Region) throws(ImagingError) -> Void
    ) throws(ImagingError) -> [Region] {
        let results = regions.concurrentMap(width: parallelism) { region -> Result<Region?, ImagingError> in
            let box = region.candidate
            let cropped =
                region.shrink > 1
                ? image.shrunk(halvings: region.shrink.trailingZeroBitCount, x: box.x, y: box.y, width: box.width, height: box.height)
                : image.cropped(x: box.x, y: box.y, width: box.width, height: box.height)
            guard let crop = cropped else { return .success(nil) }
            var region = region
            region.crop = turnedOver ? crop.inverted() : crop
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
                // Then on a smoothed copy: heavy sensor noise in dim light (the
                // engines' binarizers break the modules up), for another millisecond.
                if let engine = secondEngine {
                    region.codes = engine.decode(region.crop!)
                    if region.codes.isEmpty { region.codes = engine.decode(region.crop!.smoothed()) }
                    region.scale = 1
                }
                // The smallest module among the region's finder patterns, in the crop.
                let module = (region.patterns.map(\.module).min() ?? 0) / Double(region.shrink)
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

    /// How many times a region's crop is reduced each way before it is read: 2
    /// when the finder patterns' smallest module (across or down) is 12 pixels
    /// or more, 4 from 24 pixels (a close-up), so that zbar, whose time grows
    /// with the pixels it scans, reads modules of 6 pixels or more (its pass
    /// over every second line misses some codes at 4 pixels a module).
    static func shrink(for patterns: [FinderPatterns.Pattern]) -> Int {
        let module = patterns.map { min($0.moduleAcross, $0.moduleDown) }.min() ?? 0
        return module >= 24 ? 4 : module >= 12 ? 2 : 1
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

    /// How many tiles along a row from one with contrast the whole-photo pattern
    /// search looks.
    static let wholePhotoReach = 4

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

    /// The escalations of a region of light-on-dark patterns, after the second
    /// engine's: zbar on the crop as it is and smoothed. Such codes are rare
    /// and the stage runs on every photo with a code-shaped region left unread
    /// (most photos without a label have a few false light-on-dark patterns), so the
    /// costlier attempts are left out.
    static let invertedEscalations = Array(escalations.prefix(2))

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
    /// in, with its quiet zone.
    ///
    /// Three patterns at the corners of a right angle (legs within 1:1.6 and
    /// 90° ± 30°, a code seen at an angle) give the fourth corner, opposite the
    /// right angle's: the box holds the four points and 10 modules more (the
    /// code's corner lies 3.5 modules diagonally beyond a pattern's centre, then
    /// the quiet zone), and a tenth of the span for perspective. Otherwise it is
    /// the patterns' box widened by 8 modules (half a pattern and the quiet
    /// zone, with room), and by half its span for three patterns (a code turned
    /// 45 degrees has its fourth corner that far out) or a whole span for two
    /// (the code lies on an unknown side of them).
    static func around(_ group: [FinderPatterns.Pattern], in image: GrayImage) -> Self {
        let module = group.map(\.module).max()!
        var xs = group.map(\.x)
        var ys = group.map(\.y)
        var reach: Double
        if let corner = FinderPatterns.fourthCorner(of: group) {
            xs.append(corner.x)
            ys.append(corner.y)
            reach = 10 * module + 0.1 * max(xs.max()! - xs.min()!, ys.max()! - ys.min()!)
        } else {
            let span = max(xs.max()! - xs.min()!, ys.max()! - ys.min()!)
            reach = 8 * module + (group.count >= 3 ? 0.5 : 1) * span
        }
        let x0 = max(0, Int(xs.min()! - reach))
        let y0 = max(0, Int(ys.min()! - reach))
        let x1 = min(image.width, Int(xs.max()! + reach) + 1)
        let y1 = min(image.height, Int(ys.max()! + reach) + 1)
        return Self(x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: 0, looksLikeCode: false)
    }

    func contains(_ point: PixelPoint) -> Bool {
        point.x >= x && point.y >= y && point.x < x + width && point.y < y + height
    }
}

extension DecodedQR {
    /// The code with its corners multiplied by `shrink` and divided by `scale`,
    /// then moved by `offset`.
    func moved(by offset: PixelPoint, scale: Int, shrink: Int = 1) -> DecodedQR {
        with(corners: corners.map { PixelPoint(x: $0.x * shrink / scale + offset.x, y: $0.y * shrink / scale + offset.y) })
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
        with(
            corners: corners.map {
                PixelPoint(x: $0.x * scale.denominator / scale.numerator, y: $0.y * scale.denominator / scale.numerator)
            })
    }
}

