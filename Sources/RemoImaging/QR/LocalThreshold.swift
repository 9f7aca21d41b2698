/// Black and white against the local light, from the means of the photo's 4×4
/// tiles (``QRCandidateFinder/Tiles``): a pixel is dark when it is darker, by
/// more than ``offset``, than the mean of the tiles around its own.
///
/// The means come from one integral over the tiles (a sixteenth of the photo's
/// pixels), so a tile gets its threshold for four lookups, and deciding a pixel
/// costs one comparison: finder patterns can be looked for in every region, and
/// in the whole photo, before zbar reads any.
package struct LocalThreshold: Sendable {
    /// How much darker than the local mean a dark pixel is.
    package static let offset = 4

    /// Tiles across and down.
    package let columns: Int
    package let rows: Int
    /// Sums of tile means over every rectangle from the top-left tile,
    /// `(columns + 1) × (rows + 1)`, modulo 2³²: a bright photo of 250
    /// megapixels sums to about 4 × 10⁹, past 32 bits, but a window's sum (at
    /// most 511² tiles of 255) fits, and the differences that give it are exact
    /// in wrapping arithmetic. Half the memory of 64-bit sums.
    private let integral: [UInt32]

    package init(_ tiles: QRCandidateFinder.Tiles) {
        precondition(tiles.block == 4, "tiles of 4×4 pixels")
        let (columns, rows) = (tiles.columns, tiles.rows)
        (self.columns, self.rows) = (columns, rows)
        let stride = columns + 1
        var integral = [UInt32](repeating: 0, count: stride * (rows + 1))
        tiles.mean.withUnsafeBufferPointer { mean in
            integral.withUnsafeMutableBufferPointer { sums in
                for row in 0..<rows {
                    var line: UInt32 = 0
                    for column in 0..<columns {
                        line &+= UInt32(mean[row * columns + column])
                        sums[(row + 1) * stride + column + 1] = sums[row * stride + column + 1] &+ line
                    }
                }
            }
        }
        self.integral = integral
    }

    /// Thresholds for part of the photo: the tiles some boxes cover.
    package struct Cover: Sendable {
        /// Tiles across and down (the whole photo's).
        package let columns: Int
        package let rows: Int
        /// Per tile, the value below which a pixel of the tile is dark: 0 for a
        /// tile not covered (nothing is dark there).
        package var threshold: [UInt8]
        /// Per tile, the window's half side in tiles; 0 for a tile not covered.
        package var radius: [UInt8]
    }

    /// A box of the photo, in pixels, and the half side (in tiles) of the window
    /// its pixels are compared against.
    package struct Box {
        package var x: Int
        package var y: Int
        package var width: Int
        package var height: Int
        package var radius: Int

        package init(x: Int, y: Int, width: Int, height: Int, radius: Int) {
            (self.x, self.y, self.width, self.height, self.radius) = (x, y, width, height, radius)
        }
    }

    /// Nothing covered.
    package func emptyCover() -> Cover {
        Cover(
            columns: columns, rows: rows, threshold: [UInt8](repeating: 0, count: columns * rows),
            radius: [UInt8](repeating: 0, count: columns * rows))
    }

    /// The tiles `only` marks covered against the mean of the tiles within
    /// `radius` of them, the others not: what ``covering(_:adding:)`` gives for
    /// one box over the whole photo, restricted to those tiles, in one pass along
    /// the rows of the integral.
    package func uniform(radius: Int, only: [Bool]) -> Cover {
        precondition(only.count == columns * rows, "a mark per tile")
        let radius = max(1, min(255, radius))
        var threshold = [UInt8](repeating: 0, count: columns * rows)
        var covered = [UInt8](repeating: 0, count: columns * rows)
        let reciprocal = LocalThreshold.reciprocals(upTo: (2 * radius + 1) * (2 * radius + 1))
        threshold.withUnsafeMutableBufferPointer { threshold in
            covered.withUnsafeMutableBufferPointer { covered in
                only.withUnsafeBufferPointer { wanted in
                    reciprocal.withUnsafeBufferPointer { reciprocal in
                        fillUniform(
                            radius: radius, wanted: wanted, reciprocal: reciprocal, threshold: threshold,
                            covered: covered)
                    }
                }
            }
        }
        return Cover(columns: columns, rows: rows, threshold: threshold, radius: covered)
    }

    /// The loop of ``uniform(radius:only:)`` over buffers.
    private func fillUniform(
        radius: Int, wanted: UnsafeBufferPointer<Bool>, reciprocal: UnsafeBufferPointer<UInt64>,
        threshold: UnsafeMutableBufferPointer<UInt8>, covered: UnsafeMutableBufferPointer<UInt8>
    ) {
        let (columns, rows) = (self.columns, self.rows)
        let stride = columns + 1
        integral.withUnsafeBufferPointer { sums in
            for row in 0..<rows {
                let y0 = max(0, row - radius)
                let y1 = min(rows, row + radius + 1)
                let (upper, lower) = (y0 * stride, y1 * stride)
                let (line, height) = (row * columns, y1 - y0)
                for column in 0..<columns {
                    let x0 = max(0, column &- radius)
                    let x1 = min(columns, column &+ radius &+ 1)
                    let sum = (sums[lower &+ x1] &- sums[upper &+ x1]) &- (sums[lower &+ x0] &- sums[upper &+ x0])
                    let count = height &* (x1 &- x0)
                    let value = LocalThreshold.threshold(sum: sum, count: count, reciprocal: reciprocal[count])
                    threshold[line &+ column] = wanted[line &+ column] ? value : 0
                    covered[line &+ column] = wanted[line &+ column] ? UInt8(truncatingIfNeeded: radius) : 0
                }
            }
        }
    }

    /// ⌊2^48 / n⌋ + 1 for every n up to `largest` (0 for 0): ceil(sum / n) is
    /// ((sum + n − 1) × that) >> 48, exactly, for means up to 255 (the error
    /// stays under 1 / n). A division would cost more than the rest of a tile's
    /// work.
    static func reciprocals(upTo largest: Int) -> [UInt64] {
        (0...max(0, largest)).map { $0 == 0 ? 0 : (UInt64(1) << 48) / UInt64($0) + 1 }
    }

    /// The threshold of a tile whose window's means sum to `sum` over `count`
    /// tiles: dark when value + offset < mean, that is value < ceil(mean) − offset.
    @inline(__always)
    static func threshold(sum: UInt32, count: Int, reciprocal: UInt64) -> UInt8 {
        let mean = Int(truncatingIfNeeded: ((UInt64(sum) &+ UInt64(truncatingIfNeeded: count) &- 1) &* reciprocal) >> 48)
        return UInt8(clamping: mean &- offset)
    }

    /// `cover` with the tiles under `boxes` added, each against the mean of the
    /// tiles within its box's radius: where boxes overlap, the first box's. Tiles
    /// already covered keep their threshold.
    package func covering(_ boxes: [Box], adding cover: Cover) -> Cover {
        var cover = cover
        let (columns, rows) = (self.columns, self.rows)
        let stride = columns + 1
        let radii = boxes.map { max(1, min(255, $0.radius)) }
        let reciprocal = LocalThreshold.reciprocals(upTo: radii.max().map { (2 * $0 + 1) * (2 * $0 + 1) } ?? 0)
        reciprocal.withUnsafeBufferPointer { reciprocal in
            integral.withUnsafeBufferPointer { sums in
                cover.threshold.withUnsafeMutableBufferPointer { threshold in
                    cover.radius.withUnsafeMutableBufferPointer { covered in
                        for (box, radius) in zip(boxes, radii) {
                            let left = max(0, box.x) >> 2
                            let top = max(0, box.y) >> 2
                            let right = min(columns - 1, (box.x + box.width - 1) >> 2)
                            let bottom = min(rows - 1, (box.y + box.height - 1) >> 2)
                            guard right >= left, bottom >= top else { continue }
                            for row in top...bottom {
                                let y0 = max(0, row - radius)
                                let y1 = min(rows, row + radius + 1)
                                let (upper, lower, line) = (y0 * stride, y1 * stride, row * columns)
                                for column in left...right where covered[line &+ column] == 0 {
                                    let x0 = max(0, column &- radius)
                                    let x1 = min(columns, column &+ radius &+ 1)
                                    let sum = sums[lower &+ x1] &- sums[upper &+ x1] &- sums[lower &+ x0] &+ sums[upper &+ x0]
                                    let count = (y1 &- y0) &* (x1 &- x0)
                                    threshold[line &+ column] = LocalThreshold.threshold(
                                        sum: sum, count: count, reciprocal: reciprocal[count])
                                    covered[line &+ column] = UInt8(truncatingIfNeeded: radius)
                                }
                            }
                        }
                    }
                }
            }
        }
        return cover
    }
}
