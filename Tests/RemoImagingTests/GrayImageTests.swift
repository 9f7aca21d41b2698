import RemoImaging
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
}
