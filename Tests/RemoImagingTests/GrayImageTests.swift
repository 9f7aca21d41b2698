import RemoImaging
import RemoTestSupport
import Testing

struct GrayImageTests {
    /// Stored pixels 3 wide, 2 high:
    /// ```
    /// 1 2 3
    /// 4 5 6
    /// ```
    static let stored = GrayImage(width: 3, height: 2, pixels: [1, 2, 3, 4, 5, 6])

    /// What each EXIF orientation shows upright, worked by hand from the EXIF
    /// definitions (and checked against Pillow's `ImageOps.exif_transpose`).
    static let upright: [(ImageOrientation, Int, [UInt8])] = [
        (.up, 3, [1, 2, 3, 4, 5, 6]),
        (.upMirrored, 3, [3, 2, 1, 6, 5, 4]),
        (.down, 3, [6, 5, 4, 3, 2, 1]),
        (.downMirrored, 3, [4, 5, 6, 1, 2, 3]),
        (.leftMirrored, 2, [1, 4, 2, 5, 3, 6]),
        (.right, 2, [4, 1, 5, 2, 6, 3]),
        (.rightMirrored, 2, [6, 3, 5, 2, 4, 1]),
        (.left, 2, [3, 6, 2, 5, 1, 4]),
    ]

    @Test(arguments: upright)
    func orientationTurnsStoredPixelsUpright(orientation: ImageOrientation, width: Int, pixels: [UInt8]) {
        let shown = GrayImageTests.stored.oriented(orientation)
        #expect(shown.width == width)
        #expect(shown.height == 6 / width)
        #expect(shown.pixels == pixels)
    }

    @Test func quarterTurnsAreClockwiseAndFourMakeAWholeTurn() {
        let image = GrayImageTests.stored
        #expect(image.rotated(quarterTurns: 1) == image.oriented(.right))
        #expect(image.rotated(quarterTurns: -1) == image.oriented(.left))
        #expect(image.rotated(quarterTurns: 2) == image.oriented(.down))
        #expect(image.rotated(quarterTurns: 1).rotated(quarterTurns: 3) == image)
        #expect(image.rotated(quarterTurns: 4) == image)
    }

    @Test func cropIsClippedToTheImage() throws {
        let image = GrayImageTests.stored
        let crop = try #require(image.cropped(x: 1, y: -5, width: 10, height: 6))
        #expect(crop == GrayImage(width: 2, height: 1, pixels: [2, 3]))
        #expect(image.cropped(x: 3, y: 0, width: 2, height: 2) == nil)
    }

    @Test func subscriptReadsAndWritesByColumnAndRow() {
        var image = GrayImage(width: 2, height: 2)
        #expect(image.pixels == [255, 255, 255, 255])
        image[x: 1, y: 0] = 7
        #expect(image.pixels == [255, 7, 255, 255])
        #expect(image[x: 1, y: 0] == 7)
    }

    /// Each 2 × 2 square's mean, rounded, worked by brute force over the rectangle
    /// clipped to the image (an odd last column or row repeated).
    static func halvedByHand(_ image: GrayImage, x: Int, y: Int, width: Int, height: Int) -> GrayImage {
        let (left, top) = (max(0, x), max(0, y))
        let (right, bottom) = (min(image.width, x + width), min(image.height, y + height))
        let (w, h) = ((right - left + 1) / 2, (bottom - top + 1) / 2)
        var out = GrayImage(width: w, height: h)
        for row in 0..<h {
            for column in 0..<w {
                let xs = [left + 2 * column, min(left + 2 * column + 1, right - 1)]
                let ys = [top + 2 * row, min(top + 2 * row + 1, bottom - 1)]
                let sum = ys.flatMap { y in xs.map { x in Int(image[x: x, y: y]) } }.reduce(0, +)
                out[x: column, y: row] = UInt8((sum + 2) / 4)
            }
        }
        return out
    }

    @Test(arguments: [(0, 0, 64, 40), (3, 5, 41, 23), (-7, 30, 100, 100), (50, 1, 1, 1)])
    func shrinkingAveragesSquaresOfTheClippedRectangle(x: Int, y: Int, width: Int, height: Int) throws {
        // Wide enough for the sixteen-at-a-time path and its last columns.
        var random = SeededGenerator(seed: 11)
        let image = GrayImage(
            width: 57, height: 39, pixels: (0..<(57 * 39)).map { _ in UInt8.random(in: 0...255, using: &random) })
        let once = try #require(image.shrunk(halvings: 1, x: x, y: y, width: width, height: height))
        #expect(once == GrayImageTests.halvedByHand(image, x: x, y: y, width: width, height: height))
        let twice = try #require(image.shrunk(halvings: 2, x: x, y: y, width: width, height: height))
        #expect(twice == GrayImageTests.halvedByHand(once, x: 0, y: 0, width: once.width, height: once.height))
        #expect(image.shrunk(halvings: 0, x: x, y: y, width: width, height: height) == image.cropped(x: x, y: y, width: width, height: height))
    }

    @Test func shrinkingARectangleOutsideTheImageGivesNothing() {
        let image = GrayImage(width: 40, height: 30)
        #expect(image.shrunk(halvings: 1, x: 40, y: 0, width: 10, height: 10) == nil)
        #expect(image.shrunk(halvings: 2, x: -20, y: -20, width: 20, height: 50) == nil)
    }
}
