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
    package struct Candidate {
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

    /// Tile side in pixels.
    package init() {}
    /// The smallest lightest-minus-darkest range of a busy tile.
    var minimumContrast = 36
    /// The smallest candidate side in pixels: a version-1 code at 1.5 px per module.
    var minimumSide = 28
    /// Tiles per cell side: 1 keeps a 2.8-pixel module's quiet zone (11 px) at
    /// least two cells wide, so neighbouring labels on a rack stay apart.
    var cellTiles = 1
    /// The largest candidate side, as a fraction of the photo's longer side (but
    /// at least 1024 pixels: a code may fill a small image).
    var maximumFraction = 0.45

    /// Per-tile darkest and lightest values.
    package struct Tiles {
        let columns: Int
        let rows: Int
        let block: Int
        var low: [UInt8]
        var high: [UInt8]
    }

    /// The darkest and lightest pixel of every tile (tiles of 4×4 pixels).
    ///
    /// Four rows at a time, sixteen columns at a time as SIMD vectors: the
    /// vertical minimum and maximum first, then each group of four lanes.
    package func tiles(of image: GrayImage) -> Tiles {
        let block = 4
        let columns = (image.width + block - 1) / block
        let rows = (image.height + block - 1) / block
        var low = [UInt8](repeating: 255, count: columns * rows)
        var high = [UInt8](repeating: 0, count: columns * rows)
        let (width, height) = (image.width, image.height)
        let wide = width / 16 * 16
        image.pixels.withUnsafeBufferPointer { pixels in
            let base = UnsafeRawPointer(pixels.baseAddress!)
            low.withUnsafeMutableBufferPointer { low in
                high.withUnsafeMutableBufferPointer { high in
                    for tileRow in 0..<rows {
                        let first = tileRow * block
                        let last = min(first + block, height)
                        let out = tileRow * columns
                        var x = 0
                        while x < wide {
                            var lo = base.loadUnaligned(fromByteOffset: first * width + x, as: SIMD16<UInt8>.self)
                            var hi = lo
                            for y in (first + 1)..<max(first + 1, last) {
                                let row = base.loadUnaligned(fromByteOffset: y * width + x, as: SIMD16<UInt8>.self)
                                lo = pointwiseMin(lo, row)
                                hi = pointwiseMax(hi, row)
                            }
                            for lane in 0..<4 {
                                let l = lane * 4
                                low[out + x / 4 + lane] = min(min(lo[l], lo[l + 1]), min(lo[l + 2], lo[l + 3]))
                                high[out + x / 4 + lane] = max(max(hi[l], hi[l + 1]), max(hi[l + 2], hi[l + 3]))
                            }
                            x += 16
                        }
                        // The last columns, one pixel at a time.
                        for y in first..<last {
                            for column in stride(from: wide, to: width, by: 1) {
                                let value = pixels[y * width + column]
                                low[out + column / 4] = min(low[out + column / 4], value)
                                high[out + column / 4] = max(high[out + column / 4], value)
                            }
                        }
                    }
                }
            }
        }
        return Tiles(columns: columns, rows: rows, block: block, low: low, high: high)
    }

    /// The contrast a busy tile needs in this photo: ``minimumContrast``, or three
    /// times the range of the tile at the first quartile when noise makes every
    /// tile busier (a dim photo brightened by the phone). A quartile, not the
    /// median: in a photo mostly filled by its label the median tile is busy.
    func busyContrast(_ tiles: Tiles) -> Int {
        var histogram = [Int](repeating: 0, count: 256)
        for index in tiles.low.indices { histogram[Int(tiles.high[index] &- tiles.low[index])] += 1 }
        var seen = 0
        var quartile = 0
        for (value, count) in histogram.enumerated() {
            seen += count
            if 4 * seen >= tiles.low.count { quartile = value; break }
        }
        return max(minimumContrast, 3 * quartile)
    }

    /// The candidate regions of `image`, most code-like and largest first.
    package func candidates(in image: GrayImage, tiles: Tiles) -> [Candidate] {
        // Cells of `merge`×`merge` tiles, busy when any of their tiles is.
        let contrast = busyContrast(tiles)
        let merge = cellTiles
        let columns = (tiles.columns + merge - 1) / merge
        let rows = (tiles.rows + merge - 1) / merge
        let block = merge * tiles.block
        var busy = [Bool](repeating: false, count: columns * rows)
        for row in 0..<tiles.rows {
            for column in 0..<tiles.columns {
                let index = row * tiles.columns + column
                if Int(tiles.high[index]) - Int(tiles.low[index]) >= contrast {
                    busy[(row / merge) * columns + column / merge] = true
                }
            }
        }
        var label = [Int32](repeating: -1, count: columns * rows)
        var stack: [Int] = []
        var found: [Candidate] = []
        let maximumSide = max(1024, Int(Double(max(image.width, image.height)) * maximumFraction))
        for start in busy.indices where busy[start] && label[start] < 0 {
            var (left, right, top, bottom, count) = (columns, 0, rows, 0, 0)
            label[start] = 1
            stack.append(start)
            while let index = stack.popLast() {
                let (column, row) = (index % columns, index / columns)
                left = min(left, column)
                right = max(right, column)
                top = min(top, row)
                bottom = max(bottom, row)
                count += 1
                for dy in -1...1 {
                    let y = row + dy
                    guard y >= 0, y < rows else { continue }
                    for dx in -1...1 {
                        let x = column + dx
                        guard x >= 0, x < columns else { continue }
                        let next = y * columns + x
                        if busy[next], label[next] < 0 {
                            label[next] = 1
                            stack.append(next)
                        }
                    }
                }
            }
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
}
