/// Finds the parts of a photo that may hold a QR code, so zbar reads a few small
/// crops at full resolution instead of the whole photo.
///
/// One pass over the photo measures each `block`×`block` tile's darkest and
/// lightest pixel. A tile whose range reaches ``minimumContrast`` is *busy*; a
/// printed code is a patch of busy tiles (every tile meets a module edge) ringed
/// by its quiet zone, which is not. The busy tiles are grouped into 8-connected
/// components; a component of a plausible size for a code is a candidate, its
/// box widened by a margin for the quiet zone.
package struct QRCandidateFinder {
    /// A region worth decoding.
    package struct Candidate: Sendable {
        /// The box in photo pixels (clipped to the photo).
        package var x: Int
        package var y: Int
        package var width: Int
        package var height: Int
        /// Busy tiles over the box's tiles: near 1 for a code, low for scattered clutter.
        package var fill: Double
        /// Whether its shape is that of a code (nearly square in tiles and mostly busy).
        package var looksLikeCode: Bool
    }

    /// A finder with the default thresholds.
    package init() {}
    /// The smallest lightest-minus-darkest range of a busy tile.
    var minimumContrast = 36
    /// The smallest candidate side in pixels: a version-1 code at 1.5 px per module.
    var minimumSide = 28
    /// The largest candidate side, as a fraction of the photo's longer side (but
    /// at least 1024 pixels: a code may fill a small image).
    var maximumFraction = 0.45

    /// Each tile's range (its lightest minus its darkest pixel) and mean. Tiles
    /// of 4×4 pixels keep a 2.8-pixel module's quiet zone (11 px) at least two
    /// tiles wide, so neighbouring labels on a rack stay apart.
    package struct Tiles: Sendable {
        package let columns: Int
        package let rows: Int
        package let block: Int
        package var range: [UInt8]
        package var mean: [UInt8]
    }

    /// The range and mean of every tile of 4×4 pixels.
    ///
    /// Four rows at a time, sixteen columns at a time as SIMD vectors: the
    /// vertical minimum, maximum and sum first, then each group of four lanes.
    ///
    /// - Parameter parallelism: how many threads share the rows of tiles.
    package func tiles(of image: GrayImage, parallelism: Int = 1) -> Tiles {
        let block = 4
        let columns = (image.width + block - 1) / block
        let rows = (image.height + block - 1) / block
        // Bands of at least 64 rows of tiles, one per thread, joined in order.
        let bands = max(1, min(parallelism, rows / 64))
        let bandRows = (rows + bands - 1) / bands
        let parts = Array(0..<bands).concurrentMap(width: bands) { band in
            QRCandidateFinder.tiles(
                of: image, columns: columns, rows: (band * bandRows)..<min(rows, (band + 1) * bandRows))
        }
        return Tiles(
            columns: columns, rows: rows, block: block, range: parts.flatMap(\.range), mean: parts.flatMap(\.mean))
    }

    /// The range and mean of the tiles in rows `rows` of tiles, row by row.
    private static func tiles(of image: GrayImage, columns: Int, rows: Range<Int>) -> (range: [UInt8], mean: [UInt8]) {
        let block = 4
        var range = [UInt8](repeating: 0, count: columns * rows.count)
        var mean = [UInt8](repeating: 0, count: columns * rows.count)
        let (width, height) = (image.width, image.height)
        let wide = width / 16 * 16
        image.pixels.withUnsafeBufferPointer { pixels in
            let base = UnsafeRawPointer(pixels.baseAddress!)
            range.withUnsafeMutableBufferPointer { range in
                mean.withUnsafeMutableBufferPointer { mean in
                    for tileRow in rows {
                        let first = tileRow * block
                        let last = min(first + block, height)
                        let count = UInt16(4 * (last - first))
                        let out = (tileRow - rows.lowerBound) * columns
                        var x = 0
                        while x < wide {
                            var lo = base.loadUnaligned(fromByteOffset: first * width + x, as: SIMD16<UInt8>.self)
                            var hi = lo
                            var sum = SIMD16<UInt16>(truncatingIfNeeded: lo)
                            for y in (first + 1)..<max(first + 1, last) {
                                let row = base.loadUnaligned(fromByteOffset: y * width + x, as: SIMD16<UInt8>.self)
                                lo = pointwiseMin(lo, row)
                                hi = pointwiseMax(hi, row)
                                sum &+= SIMD16<UInt16>(truncatingIfNeeded: row)
                            }
                            // Each group of four lanes reduced within 32-bit words: the
                            // word's lowest byte ends up holding the group's minimum
                            // (maximum, and the sum in 16-bit halves).
                            let lows = QRCandidateFinder.groupMinimum(lo)
                            let highs = QRCandidateFinder.groupMaximum(hi)
                            let sums = QRCandidateFinder.groupSum(sum)
                            let ranges = (highs &- lows) & 0xFF
                            let means = count == 16 ? sums &>> 4 : sums / SIMD4<UInt32>(repeating: UInt32(count))
                            for lane in 0..<4 {
                                range[out + x / 4 + lane] = UInt8(truncatingIfNeeded: ranges[lane])
                                mean[out + x / 4 + lane] = UInt8(truncatingIfNeeded: means[lane])
                            }
                            x += 16
                        }
                        // The last columns, one tile at a time.
                        var column = wide / 4
                        while column < columns {
                            var (low, high, total, n) = (UInt8.max, UInt8.min, 0, 0)
                            for y in first..<last {
                                for x in (column * block)..<min(width, column * block + block) {
                                    let value = pixels[y * width + x]
                                    low = min(low, value)
                                    high = max(high, value)
                                    total += Int(value)
                                    n += 1
                                }
                            }
                            range[out + column] = high &- low
                            mean[out + column] = UInt8(total / n)
                            column += 1
                        }
                    }
                }
            }
        }
        return (range, mean)
    }

    /// The minimum of each group of four bytes, in the low byte of each 32-bit lane.
    @inline(__always)
    static func groupMinimum(_ bytes: SIMD16<UInt8>) -> SIMD4<UInt32> {
        // Pairs, then pairs of pairs: bytes shifted down within their word (the top
        // bytes take in zeros, which only the low byte's result never sees).
        let words = unsafeBitCast(bytes, to: SIMD4<UInt32>.self)
        let pairs = pointwiseMin(bytes, unsafeBitCast(words &>> 8, to: SIMD16<UInt8>.self))
        let pairWords = unsafeBitCast(pairs, to: SIMD4<UInt32>.self)
        let quads = pointwiseMin(pairs, unsafeBitCast(pairWords &>> 16, to: SIMD16<UInt8>.self))
        return unsafeBitCast(quads, to: SIMD4<UInt32>.self) & 0xFF
    }

    /// The maximum of each group of four bytes, in the low byte of each 32-bit lane.
    @inline(__always)
    static func groupMaximum(_ bytes: SIMD16<UInt8>) -> SIMD4<UInt32> {
        let words = unsafeBitCast(bytes, to: SIMD4<UInt32>.self)
        let pairs = pointwiseMax(bytes, unsafeBitCast(words &>> 8, to: SIMD16<UInt8>.self))
        let pairWords = unsafeBitCast(pairs, to: SIMD4<UInt32>.self)
        let quads = pointwiseMax(pairs, unsafeBitCast(pairWords &>> 16, to: SIMD16<UInt8>.self))
        return unsafeBitCast(quads, to: SIMD4<UInt32>.self) & 0xFF
    }

    /// The sum of each group of four 16-bit lanes.
    @inline(__always)
    static func groupSum(_ sums: SIMD16<UInt16>) -> SIMD4<UInt32> {
        let words = unsafeBitCast(sums, to: SIMD8<UInt32>.self)
        // Pairs of 16-bit lanes within 32-bit words, then pairs of words.
        let pairs = (words & 0xFFFF) &+ (words &>> 16)
        return SIMD4<UInt32>(pairs[0], pairs[2], pairs[4], pairs[6]) &+ SIMD4<UInt32>(pairs[1], pairs[3], pairs[5], pairs[7])
    }

    /// The contrast a busy tile needs in this photo: ``minimumContrast``, or three
    /// times the range of the tile at the first quartile when noise makes every
    /// tile busier (a dim photo brightened by the phone). A quartile, not the
    /// median: in a photo mostly filled by its label the median tile is busy.
    func busyContrast(_ tiles: Tiles) -> Int {
        var histogram = [Int](repeating: 0, count: 256)
        for value in tiles.range { histogram[Int(value)] += 1 }
        var seen = 0
        var quartile = 0
        for (value, count) in histogram.enumerated() {
            seen += count
            if 4 * seen >= tiles.range.count { quartile = value; break }
        }
        return max(minimumContrast, 3 * quartile)
    }

    /// The candidate regions of `image`, most code-like and largest first.
    package func candidates(in image: GrayImage, tiles: Tiles) -> [Candidate] {
        let contrast = busyContrast(tiles)
        let busy = tiles.range.map { Int($0) >= contrast }
        let block = tiles.block
        var found: [Candidate] = []
        let maximumSide = max(1024, Int(Double(max(image.width, image.height)) * maximumFraction))
        for component in QRCandidateFinder.components(of: busy, columns: tiles.columns, rows: tiles.rows) {
            let (left, right, top, bottom, count) = (
                component.left, component.right, component.top, component.bottom, component.count
            )
            let tileWidth = right - left + 1
            let tileHeight = bottom - top + 1
            let (width, height) = (tileWidth * block, tileHeight * block)
            guard min(width, height) >= minimumSide, max(width, height) <= maximumSide else { continue }
            let fill = Double(count) / Double(tileWidth * tileHeight)
            let aspect = Double(min(tileWidth, tileHeight)) / Double(max(tileWidth, tileHeight))
            // The margin: the quiet zone and a little more, so zbar sees the code's edge.
            let margin = max(12, min(width, height) / 6)
            let x0 = max(0, left * block - margin)
            let y0 = max(0, top * block - margin)
            let x1 = min(image.width, (right + 1) * block + margin)
            let y1 = min(image.height, (bottom + 1) * block + margin)
            found.append(
                Candidate(
                    x: x0, y: y0, width: x1 - x0, height: y1 - y0, fill: fill,
                    looksLikeCode: fill >= 0.3 && aspect >= 0.25))
        }
        return found.sorted {
            ($0.looksLikeCode ? 1 : 0, $0.fill) > ($1.looksLikeCode ? 1 : 0, $1.fill)
        }
    }

    /// A group of 8-connected busy cells: its bounding box (inclusive) and size.
    package struct Component: Hashable {
        package var left: Int
        package var right: Int
        package var top: Int
        package var bottom: Int
        package var count: Int

        package init(left: Int, right: Int, top: Int, bottom: Int, count: Int) {
            (self.left, self.right, self.top, self.bottom, self.count) = (left, right, top, bottom, count)
        }
    }

    /// The 8-connected components of the busy cells, by runs: each row's runs of
    /// busy cells are joined (union-find) to the runs of the row above that touch
    /// them, diagonals included; a component's box and size are summed per root.
    package static func components(of busy: [Bool], columns: Int, rows: Int) -> [Component] {
        // Runs: row, first and last column; parent links for union-find.
        var runRow: [Int32] = []
        var runStart: [Int32] = []
        var runEnd: [Int32] = []
        var parent: [Int32] = []
        func root(_ run: Int32) -> Int32 {
            var node = run
            while parent[Int(node)] != node {
                parent[Int(node)] = parent[Int(parent[Int(node)])]
                node = parent[Int(node)]
            }
            return node
        }
        busy.withUnsafeBufferPointer { busy in
            var previous = 0..<0  // the runs of the row above
            for row in 0..<rows {
                let line = row * columns
                let first = runRow.count
                var column = 0
                var above = previous.lowerBound
                while column < columns {
                    guard busy[line + column] else {
                        column += 1
                        continue
                    }
                    let start = column
                    while column < columns, busy[line + column] { column += 1 }
                    let end = column - 1
                    let run = Int32(runRow.count)
                    runRow.append(Int32(row))
                    runStart.append(Int32(start))
                    runEnd.append(Int32(end))
                    parent.append(run)
                    // Runs above that touch columns start - 1 ... end + 1.
                    while above < previous.upperBound, Int(runEnd[above]) < start - 1 { above += 1 }
                    var touching = above
                    while touching < previous.upperBound, Int(runStart[touching]) <= end + 1 {
                        let (a, b) = (root(Int32(touching)), root(run))
                        if a != b { parent[Int(max(a, b))] = min(a, b) }
                        touching += 1
                    }
                }
                previous = first..<runRow.count
            }
        }
        var index = [Int32](repeating: -1, count: parent.count)
        var components: [Component] = []
        for run in 0..<parent.count {
            let top = root(Int32(run))
            let (row, start, end) = (Int(runRow[run]), Int(runStart[run]), Int(runEnd[run]))
            if index[Int(top)] < 0 {
                index[Int(top)] = Int32(components.count)
                components.append(Component(left: start, right: end, top: row, bottom: row, count: 0))
            }
            let slot = Int(index[Int(top)])
            components[slot].left = min(components[slot].left, start)
            components[slot].right = max(components[slot].right, end)
            components[slot].top = min(components[slot].top, row)
            components[slot].bottom = max(components[slot].bottom, row)
            components[slot].count += end - start + 1
        }
        return components
    }

}

extension QRCandidateFinder.Tiles {
    /// The tiles whose range reaches `contrast`, and those within `reach` tiles of
    /// one along its row: where a row of pixels may cross a finder pattern (a
    /// pattern's centre, 3 modules wide, is flat inside but edged on both sides).
    package func marked(rangeAtLeast contrast: UInt8, widenedBy reach: Int) -> [Bool] {
        var marked = [Bool](repeating: false, count: range.count)
        let columns = self.columns
        range.withUnsafeBufferPointer { range in
            marked.withUnsafeMutableBufferPointer { marked in
                for row in 0..<rows {
                    let line = row * columns
                    // The last tile that reached the contrast, going right, then going left.
                    var last = Int.min / 2
                    for column in 0..<columns {
                        last = range[line &+ column] >= contrast ? column : last
                        marked[line &+ column] = column &- last <= reach
                    }
                    last = Int.max / 2
                    for column in Swift.stride(from: columns - 1, through: 0, by: -1) {
                        last = range[line &+ column] >= contrast ? column : last
                        marked[line &+ column] = marked[line &+ column] || last &- column <= reach
                    }
                }
            }
        }
        return marked
    }
}
