import RemoCore
import RemoImaging
import RemoTestSupport
import Testing

/// The pieces of the photo pipeline that decide where zbar reads: tiles, their
/// connected components, local thresholds, finder patterns, and the concurrent
/// map the regions are read on.
struct FinderPatternsTests {
    /// `matrix` drawn with modules of `module` pixels (dark 30, light 220) and a
    /// 4-module quiet zone, at (`left`, `top`) of a light image of `side` pixels.
    static func drawn(_ matrix: QRMatrix, module: Int, side: Int, left: Int, top: Int) -> GrayImage {
        var image = GrayImage(width: side, height: side, shade: 220)
        for y in 0..<(matrix.size * module) {
            for x in 0..<(matrix.size * module) where matrix[x: x / module, y: y / module] {
                image[x: left + x, y: top + y] = 30
            }
        }
        return image
    }

    /// A recorder payload's code drawn with modules of `module` pixels, 8 modules
    /// (and a few pixels) from the image's top and left, and the centres its three
    /// 7×7 finder patterns have: 3.5 modules in from three corners.
    static func payloadCode(module: Int) throws -> (GrayImage, [(x: Double, y: Double)]) {
        let matrix = try QREncoder.encode("REMO:1:WJ-NX400:AB1234567:0A1B2C3D4E5F6071:2024-07:8A391DGV1F43:68272919")
        let (left, top) = (8 * module + 5, 8 * module + 3)
        let image = drawn(matrix, module: module, side: (matrix.size + 16) * module + 10, left: left, top: top)
        let far = Double(matrix.size) - 3.5
        let centres = [(3.5, 3.5), (far, 3.5), (3.5, far)].map {
            (x: Double(left) + $0.0 * Double(module), y: Double(top) + $0.1 * Double(module))
        }
        return (image, centres)
    }

    /// The finder patterns of the whole image, every tile against a window of `radius`.
    static func patterns(in image: GrayImage, radius: Int = 3, rowStep: Int = 1) -> [FinderPatterns.Pattern] {
        let threshold = LocalThreshold(QRCandidateFinder().tiles(of: image))
        let cover = threshold.covering(
            [LocalThreshold.Box(x: 0, y: 0, width: image.width, height: image.height, radius: radius)],
            adding: threshold.emptyCover())
        return FinderPatterns(in: image, cover: cover, rowStep: rowStep, parallelism: 2).patterns
    }

    @Test(arguments: [3, 6])
    func lightOnDarkPatternsAreFoundOnlyWhenLookedForTurnedOver(module: Int) throws {
        let (printed, centres) = try FinderPatternsTests.payloadCode(module: module)
        let image = printed.inverted()
        #expect(FinderPatternsTests.patterns(in: image, radius: 5).count < 3)
        // The thresholds of the image turned over: the tiles' means inverted.
        var tiles = QRCandidateFinder().tiles(of: image)
        tiles.mean = tiles.mean.map { 255 - $0 }
        let threshold = LocalThreshold(tiles)
        let cover = threshold.covering(
            [LocalThreshold.Box(x: 0, y: 0, width: image.width, height: image.height, radius: 5)],
            adding: threshold.emptyCover())
        let found = FinderPatterns(in: image, cover: cover, rowStep: 1, parallelism: 2, lightOnDark: true).patterns
        #expect(found.count == 3, "\(found)")
        for (x, y) in centres {
            #expect(found.contains { abs($0.x - x) <= Double(module) && abs($0.y - y) <= Double(module) }, "\(found)")
        }
    }

    @Test(arguments: [2, 3, 5, 8])
    func aCodeHasThreeFinderPatternsAtItsCornersWithItsModule(module: Int) throws {
        let (image, centres) = try FinderPatternsTests.payloadCode(module: module)
        let found = FinderPatternsTests.patterns(in: image, radius: module <= 2 ? 2 : 5)
        #expect(found.count == 3, "\(found)")
        for (x, y) in centres {
            let pattern = try #require(found.first { abs($0.x - x) <= Double(module) && abs($0.y - y) <= Double(module) })
            #expect(abs(pattern.moduleAcross - Double(module)) <= 0.5 * Double(module))
            #expect(abs(pattern.moduleDown - Double(module)) <= 0.5 * Double(module))
        }
        #expect(FinderPatterns.ofOneCode(found) == 3)
        #expect(FinderPatterns.groups(of: found).count == 1)
    }

    @Test func aCodeTurnedThirtyDegreesStillShowsItsPatterns() throws {
        let matrix = try QREncoder.encode("REMO ROTATED FINDER PATTERNS")
        let upright = FinderPatternsTests.drawn(matrix, module: 6, side: 400, left: 80, top: 80)
        let turned = Warp.rotated(upright, degrees: 30)
        let found = FinderPatternsTests.patterns(in: turned, radius: 5)
        #expect(FinderPatterns.ofOneCode(found) >= 2, "\(found)")
    }

    /// A pattern at (`x`, `y`) with a square module.
    static func pattern(_ x: Double, _ y: Double, module: Double = 5) -> FinderPatterns.Pattern {
        FinderPatterns.Pattern(x: x, y: y, moduleAcross: module, moduleDown: module, rows: 5)
    }

    @Test func aCodesThreePatternsGiveItsFourthCorner() throws {
        let matrix = try QREncoder.encode("REMO FOURTH CORNER")
        let module = 6
        let image = FinderPatternsTests.drawn(matrix, module: module, side: (matrix.size + 16) * module, left: 50, top: 40)
        let found = FinderPatternsTests.patterns(in: image, radius: 5)
        let corner = try #require(FinderPatterns.fourthCorner(of: found))
        // The centre of a fourth pattern would be 3.5 modules in from the bottom-right corner.
        let far = (Double(matrix.size) - 3.5) * Double(module)
        #expect(abs(corner.x - (50 + far)) <= Double(module))
        #expect(abs(corner.y - (40 + far)) <= Double(module))
        // Seen at an angle, the legs differ and the angle is not square.
        let seen = try #require(
            FinderPatterns.fourthCorner(of: [
                FinderPatternsTests.pattern(300, 120), FinderPatternsTests.pattern(100, 100),
                FinderPatternsTests.pattern(60, 260),
            ]))
        #expect(seen.x == 260 && seen.y == 280)
    }

    @Test func patternsInALineOrWithUnevenLegsHaveNoFourthCorner() {
        let line = [(100.0, 100.0), (200, 100), (300, 100)].map { FinderPatternsTests.pattern($0.0, $0.1) }
        let uneven = [(100.0, 100.0), (400, 100), (100, 200)].map { FinderPatternsTests.pattern($0.0, $0.1) }
        #expect(FinderPatterns.fourthCorner(of: line) == nil)
        #expect(FinderPatterns.fourthCorner(of: uneven) == nil)
        #expect(FinderPatterns.fourthCorner(of: Array(uneven.prefix(2))) == nil)
    }

    @Test func aGroupSplitsIntoTheCodesItHoldsAndDropsAStrayPattern() {
        // Two codes side by side (their patterns within 40 modules: one group) and
        // a stray pattern below them.
        let first = [(100.0, 100.0), (250, 100), (100, 250)].map { FinderPatternsTests.pattern($0.0, $0.1) }
        let second = [(330.0, 105.0), (480, 100), (335, 255)].map { FinderPatternsTests.pattern($0.0, $0.1) }
        let stray = FinderPatternsTests.pattern(300, 290)
        let group = [first[0], second[1], stray, first[1], second[0], first[2], second[2]]
        #expect(FinderPatterns.groups(of: group).count == 1)
        let codes = FinderPatterns.codes(in: group)
        #expect(Set(codes.map(Set.init)) == [Set(first), Set(second)])
        // Two left over stay together as one more part; three that make no right
        // angle stay one group.
        let pair = [FinderPatternsTests.pattern(300, 290), FinderPatternsTests.pattern(320, 300)]
        #expect(Set(FinderPatterns.codes(in: first + pair).map(Set.init)) == [Set(first), Set(pair)])
        let line = [(100.0, 100.0), (200, 100), (300, 100), (400, 100)].map { FinderPatternsTests.pattern($0.0, $0.1) }
        #expect(FinderPatterns.codes(in: line) == [line])
    }

    @Test(arguments: [12, 20, 32])
    func aCloseUpsPatternsAreFoundAtAQuarterOfThePhotosSize(module: Int) throws {
        let (image, centres) = try FinderPatternsTests.payloadCode(module: module)
        let found = QRPhotoDecoder.closeUpPatterns(QRCandidateFinder().tiles(of: image), parallelism: 2)
        #expect(found.count == 3, "\(found)")
        for (x, y) in centres {
            let pattern = try #require(found.first { abs($0.x - x) <= Double(module) && abs($0.y - y) <= Double(module) })
            #expect(abs(pattern.module - Double(module)) <= 0.25 * Double(module))
        }
    }

    @Test func aCodeOfSmallModulesIsLeftToTheFullSizeSearch() throws {
        // Modules of 5 pixels are not a close-up's: at a quarter of the size they
        // are under 2 pixels.
        let matrix = try QREncoder.encode("REMO SMALL MODULES")
        let image = FinderPatternsTests.drawn(matrix, module: 5, side: (matrix.size + 16) * 5, left: 40, top: 40)
        #expect(QRPhotoDecoder.closeUpPatterns(QRCandidateFinder().tiles(of: image), parallelism: 1).isEmpty)
    }

    @Test func barcodesStripesAndFlatImagesHoldNoPatternOfACode() {
        // Bars of random widths (a 1D barcode), a checkerboard, and flat shades.
        var random = SeededGenerator(seed: 7)
        var bars = GrayImage(width: 400, height: 200, shade: 220)
        var x = 20
        while x < 380 {
            let width = Int.random(in: 2...9, using: &random)
            if Bool.random(using: &random) {
                for column in x..<min(380, x + width) { for y in 40..<160 { bars[x: column, y: y] = 30 } }
            }
            x += width
        }
        var checks = GrayImage(width: 240, height: 240, shade: 220)
        for y in 0..<240 { for x in 0..<240 where (x / 12 + y / 12) % 2 == 0 { checks[x: x, y: y] = 30 } }
        for image in [bars, checks, GrayImage(width: 300, height: 300, shade: 0), GrayImage(width: 300, height: 300)] {
            #expect(FinderPatterns.ofOneCode(FinderPatternsTests.patterns(in: image)) < 2)
        }
    }

    @Test func componentsAreWhatAFloodFillFinds() {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<20 {
            let (columns, rows) = (Int.random(in: 1...40, using: &random), Int.random(in: 1...40, using: &random))
            let density = Double.random(in: 0.1...0.7, using: &random)
            let busy = (0..<(columns * rows)).map { _ in Double.random(in: 0..<1, using: &random) < density }
            let found = QRCandidateFinder.components(of: busy, columns: columns, rows: rows)
            #expect(Set(found) == Set(FinderPatternsTests.floodFill(busy, columns: columns, rows: rows)))
            #expect(found.map(\.count).reduce(0, +) == busy.filter { $0 }.count)
        }
    }

    /// 8-connected components by a plain flood fill, for comparison.
    static func floodFill(_ busy: [Bool], columns: Int, rows: Int) -> [QRCandidateFinder.Component] {
        var seen = [Bool](repeating: false, count: busy.count)
        var components: [QRCandidateFinder.Component] = []
        for start in busy.indices where busy[start] && !seen[start] {
            var stack = [start]
            seen[start] = true
            var component = QRCandidateFinder.Component(
                left: columns, right: 0, top: rows, bottom: 0, count: 0)
            while let index = stack.popLast() {
                let (x, y) = (index % columns, index / columns)
                component.left = min(component.left, x)
                component.right = max(component.right, x)
                component.top = min(component.top, y)
                component.bottom = max(component.bottom, y)
                component.count += 1
                for dy in -1...1 {
                    for dx in -1...1 {
                        let (nx, ny) = (x + dx, y + dy)
                        guard nx >= 0, ny >= 0, nx < columns, ny < rows, busy[ny * columns + nx], !seen[ny * columns + nx]
                        else { continue }
                        seen[ny * columns + nx] = true
                        stack.append(ny * columns + nx)
                    }
                }
            }
            components.append(component)
        }
        return components
    }

    @Test(arguments: [2, 3])
    func tilesOnSeveralThreadsAreTheTilesOnOne(parallelism: Int) {
        var random = SeededGenerator(seed: 9)
        let (width, height) = (1003, 1030)  // ragged last tile row and column; 258 rows of tiles
        let image = GrayImage(
            width: width, height: height, pixels: (0..<(width * height)).map { _ in UInt8.random(in: 0...255, using: &random) })
        let one = QRCandidateFinder().tiles(of: image)
        let several = QRCandidateFinder().tiles(of: image, parallelism: parallelism)
        #expect(several.columns == one.columns && several.rows == one.rows)
        #expect(several.range == one.range)
        #expect(several.mean == one.mean)
    }

    @Test func markedTilesAreThoseWithContrastAndTheirNeighboursAlongTheRow() {
        // One row of 12 tiles: a light page with one edged tile (column 5).
        var image = GrayImage(width: 48, height: 4, shade: 200)
        image[x: 21, y: 1] = 20
        let tiles = QRCandidateFinder().tiles(of: image)
        let marked = tiles.marked(rangeAtLeast: 16, widenedBy: 2)
        #expect(marked == (0..<12).map { abs($0 - 5) <= 2 })
        #expect(tiles.marked(rangeAtLeast: 200, widenedBy: 2) == Array(repeating: false, count: 12))
    }

    @Test func aTileIsDarkBelowTheMeanOfTheTilesAroundIt() {
        var random = SeededGenerator(seed: 3)
        let (width, height) = (64, 48)
        let image = GrayImage(
            width: width, height: height, pixels: (0..<(width * height)).map { _ in UInt8.random(in: 0...255, using: &random) })
        let tiles = QRCandidateFinder().tiles(of: image)
        let threshold = LocalThreshold(tiles)
        let radius = 2
        // The first box wins where boxes overlap; tiles outside every box stay uncovered.
        let cover = threshold.covering(
            [
                LocalThreshold.Box(x: 0, y: 0, width: 32, height: 48, radius: radius),
                LocalThreshold.Box(x: 16, y: 0, width: 32, height: 24, radius: 5),
            ], adding: threshold.emptyCover())
        for row in 0..<tiles.rows {
            for column in 0..<tiles.columns {
                let index = row * tiles.columns + column
                guard column < 12 else {
                    #expect(cover.radius[index] == 0)
                    #expect(cover.threshold[index] == 0)
                    continue
                }
                let r = column < 8 ? radius : (row < 6 ? 5 : 0)
                #expect(Int(cover.radius[index]) == r)
                guard r > 0 else { continue }
                var (sum, count) = (0, 0)
                for y in max(0, row - r)..<min(tiles.rows, row + r + 1) {
                    for x in max(0, column - r)..<min(tiles.columns, column + r + 1) {
                        sum += Int(tiles.mean[y * tiles.columns + x])
                        count += 1
                    }
                }
                let expected = max(0, (sum + count - 1) / count - LocalThreshold.offset)
                #expect(Int(cover.threshold[index]) == expected)
            }
        }
    }

    @Test(arguments: [1, 3, 8])
    func aUniformCoverIsOneBoxOverThePhotoOnlyWhereMarked(radius: Int) {
        var random = SeededGenerator(seed: 13)
        let (width, height) = (90, 70)  // ragged last tiles
        let image = GrayImage(
            width: width, height: height, pixels: (0..<(width * height)).map { _ in UInt8.random(in: 0...255, using: &random) })
        let tiles = QRCandidateFinder().tiles(of: image)
        let threshold = LocalThreshold(tiles)
        let marked = (0..<(tiles.columns * tiles.rows)).map { _ in Bool.random(using: &random) }
        let whole = threshold.covering(
            [LocalThreshold.Box(x: 0, y: 0, width: width, height: height, radius: radius)], adding: threshold.emptyCover())
        let uniform = threshold.uniform(radius: radius, only: marked)
        #expect(uniform.threshold == zip(whole.threshold, marked).map { $1 ? $0 : 0 })
        #expect(uniform.radius == marked.map { $0 ? UInt8(radius) : 0 })
    }

    @Test func tilesMeasureEachFourByFourRangeAndMean() {
        var random = SeededGenerator(seed: 5)
        // 37 wide: two 16-pixel steps and a ragged last tile; 10 high: a short last row.
        let (width, height) = (37, 10)
        let image = GrayImage(
            width: width, height: height, pixels: (0..<(width * height)).map { _ in UInt8.random(in: 0...255, using: &random) })
        let tiles = QRCandidateFinder().tiles(of: image)
        #expect(tiles.columns == 10 && tiles.rows == 3)
        for row in 0..<tiles.rows {
            for column in 0..<tiles.columns {
                var values: [Int] = []
                for y in (row * 4)..<min(height, row * 4 + 4) {
                    for x in (column * 4)..<min(width, column * 4 + 4) { values.append(Int(image[x: x, y: y])) }
                }
                #expect(Int(tiles.range[row * tiles.columns + column]) == values.max()! - values.min()!)
                #expect(Int(tiles.mean[row * tiles.columns + column]) == values.reduce(0, +) / values.count)
            }
        }
    }

    @Test func aConcurrentMapKeepsTheOrderOfItsElements() {
        let numbers = Array(0..<1000)
        #expect(numbers.concurrentMap(width: 4) { $0 * $0 } == numbers.map { $0 * $0 })
        #expect([Int]().concurrentMap(width: 4) { $0 } == [])
    }

    @Test(arguments: [true, false])
    func twoJobsTogetherGiveWhatEachGivesAlone(together: Bool) {
        let numbers = Array(0..<10_000)
        let (sum, text) = concurrently(together, { numbers.reduce(0, +) }, { numbers.prefix(3).map(String.init).joined() })
        #expect(sum == 49_995_000)
        #expect(text == "012")
    }
}
