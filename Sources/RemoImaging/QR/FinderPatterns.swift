import Foundation
/// The QR finder patterns in part of a photo: the three 7×7-module squares (a
/// dark ring, a light ring, a dark 3×3 centre) at a code's corners.
///
/// Pixels are dark or light against the local light (``LocalThreshold``). Each
/// row is cut into runs; five runs dark, light, dark, light, dark in the ratio
/// 1:1:3:1:1 cross a finder pattern, and the column through the middle of the
/// centre run must cross it in the same ratio (its module may differ: a code seen
/// at an angle is foreshortened along one axis). Hits within half a pattern of
/// each other are one pattern. Printed letters (a C, a B), barcodes and textures
/// give single-row hits that the column does not confirm, or that few rows
/// repeat; every row through a pattern's 3-module centre crosses it.
///
/// The photo decoder hands zbar only the regions holding patterns.
package struct FinderPatterns {
    /// A finder pattern: its centre in photo pixels, its module in pixels (across
    /// and down) and how many rows confirmed it.
    package struct Pattern: Hashable, Sendable {
        package var x: Double
        package var y: Double
        package var moduleAcross: Double
        package var moduleDown: Double
        package var rows: Int

        package init(x: Double, y: Double, moduleAcross: Double, moduleDown: Double, rows: Int) {
            (self.x, self.y, self.moduleAcross, self.moduleDown, self.rows) = (x, y, moduleAcross, moduleDown, rows)
        }

        /// The larger of the two module sizes.
        package var module: Double { max(moduleAcross, moduleDown) }

        /// Whether `other` is this pattern found again: its centre within a module
        /// of this one's.
        func isFound(again other: Pattern) -> Bool {
            abs(x - other.x) <= module && abs(y - other.y) <= module
        }
    }

    /// The patterns crossed by at least a third of the rows through a centre (3
    /// modules tall) would cross: finder patterns, not letters or textures.
    package let patterns: [Pattern]

    /// The fewest rows crossing a pattern, however small, for it to count.
    static let minimumRows = 2

    /// The most module heights of rows that may cross a pattern.
    static let mostModulesCrossed = 4.5

    /// The patterns in the tiles of `image` that `scanned` marks (every covered
    /// tile of `cover` when nil), looking at every `rowStep`-th row, on up to
    /// `parallelism` threads (bands of rows).
    ///
    /// - Parameter lightOnDark: look for light patterns on dark (an inverted
    ///   code): each pixel is turned over (`255 - value`, one exclusive-or per
    ///   sixteen pixels) before it meets `cover`, whose thresholds must then be
    ///   those of the image turned over (``LocalThreshold`` of the tiles'
    ///   inverted means); the image itself is not copied.
    package init(
        in image: GrayImage, cover: LocalThreshold.Cover, scanned: [Bool]? = nil, rowStep: Int, parallelism: Int,
        lightOnDark: Bool = false
    ) {
        let scan: [Bool] = scanned ?? cover.radius.map { $0 != 0 }
        let step = max(1, rowStep)
        // Bands of whole tile rows, one per thread.
        let bands = max(1, min(parallelism, cover.rows / 64))
        let tileRows = (cover.rows + bands - 1) / bands
        let found = Array(0..<bands).concurrentMap(width: bands) { (band: Int) -> [Pattern] in
            let start: Int = band * tileRows * 4
            let end: Int = min(image.height, (band + 1) * tileRows * 4)
            return FinderPatterns.merged(
                FinderPatterns.hits(
                    in: image, cover: cover, scan: scan, rows: start..<end, step: step, flip: lightOnDark ? 0xFF : 0))
        }
        // A pattern's 3-module centre is crossed by about 3 modules' worth of rows
        // (seen on the corpus: at most 3.0 in 95 of 100, never over 4.3); a bar of
        // a barcode, crossed all along, by many more.
        patterns = FinderPatterns.merged(found.flatMap { $0 }).filter {
            let crossed = Double($0.rows * step) / $0.moduleDown
            return Double($0.rows) >= Double(FinderPatterns.minimumRows) && crossed >= 1
                && crossed <= FinderPatterns.mostModulesCrossed
        }
    }

    /// `patterns` and `more` together, a pattern found in both once (its centre
    /// within a module of the other's).
    static func combining(_ patterns: [Pattern], _ more: [Pattern]) -> [Pattern] {
        patterns + more.filter { extra in
            !patterns.contains { $0.isFound(again: extra) }
        }
    }

    /// Every row hit confirmed by its column, in the rows `rows` whose index is a
    /// multiple of `step`, in spans of scanned tiles; each pixel exclusive-or
    /// `flip` first.
    private static func hits(
        in image: GrayImage, cover: LocalThreshold.Cover, scan: [Bool], rows: Range<Int>, step: Int, flip: UInt8
    ) -> [Pattern] {
        let width = image.width
        let columns = cover.columns
        var hits: [Pattern] = []
        // Each pixel's threshold along the current row of tiles, for 16-pixel steps.
        var rowThreshold = [UInt8](repeating: 0, count: columns * 4 + 16)
        var words: [UInt64] = []
        image.pixels.withUnsafeBufferPointer { pixels in
            cover.threshold.withUnsafeBufferPointer { thresholds in
                let dark = { (x: Int, y: Int) -> Bool in
                    pixels[y * width + x] ^ flip < thresholds[(y >> 2) * columns + (x >> 2)]
                }
                let flips = SIMD16<UInt8>(repeating: flip)
                let base = UnsafeRawPointer(pixels.baseAddress!)
                let first = (rows.lowerBound + step - 1) / step * step
                var thresholdRow = -1
                var spans: [Range<Int>] = []
                for y in stride(from: first, to: rows.upperBound, by: step) {
                    let tileRow = y >> 2
                    if tileRow != thresholdRow {
                        // The spans of scanned tiles in this row of tiles, and their thresholds.
                        thresholdRow = tileRow
                        spans.removeAll(keepingCapacity: true)
                        scan.withUnsafeBufferPointer { scan in
                            var column = 0
                            while column < columns {
                                guard scan[tileRow * columns + column] else {
                                    column += 1
                                    continue
                                }
                                let start = column
                                while column < columns, scan[tileRow * columns + column] { column += 1 }
                                spans.append(start..<column)
                            }
                        }
                        rowThreshold.withUnsafeMutableBytes { row in
                            for span in spans {
                                for column in span {
                                    let value = UInt32(thresholds[tileRow * columns + column]) &* 0x0101_0101
                                    row.storeBytes(of: value, toByteOffset: 4 * column, as: UInt32.self)
                                }
                            }
                        }
                    }
                    guard !spans.isEmpty else { continue }
                    let line = y * width
                    rowThreshold.withUnsafeBufferPointer { rowThreshold in
                        let limits = UnsafeRawPointer(rowThreshold.baseAddress!)
                        for span in spans {
                            let (start, column) = (span.lowerBound, span.upperBound)
                            let left = start * 4
                            let right = min(width, column * 4)
                            guard right > left else { continue }
                            // The row's dark pixels across the span as bits, 64 to a word,
                            // sixteen compared at once.
                            let count = right - left
                            let wordCount = (count + 63) >> 6
                            if words.count < wordCount { words = [UInt64](repeating: 0, count: wordCount) }
                            var x = left
                            while x < right {
                                var mask: UInt64 = 0
                                if x + 16 <= right {
                                    let values =
                                        base.loadUnaligned(fromByteOffset: line + x, as: SIMD16<UInt8>.self) ^ flips
                                    let limit = limits.loadUnaligned(fromByteOffset: x, as: SIMD16<UInt8>.self)
                                    let bits = SIMD16<UInt8>(repeating: 0).replacing(
                                        with: FinderPatterns.bitWeights, where: values .< limit)
                                    mask = UInt64(bits.lowHalf.wrappedSum()) | UInt64(bits.highHalf.wrappedSum()) << 8
                                } else {
                                    for bit in 0..<(right - x) where pixels[line + x + bit] ^ flip < rowThreshold[x + bit] {
                                        mask |= 1 << UInt64(bit)
                                    }
                                }
                                let offset = x - left
                                let shift = UInt64(offset & 63)
                                if shift == 0 { words[offset >> 6] = mask } else { words[offset >> 6] |= mask << shift }
                                x += 16
                            }
                            // The runs, from one change of shade to the next; the last five
                            // oldest first.
                            var runs = (0, 0, 0, 0, 0)
                            var runCount = 0
                            var isDark = words[0] & 1 != 0
                            var position = 0
                            while position < count {
                                // The next pixel of the other shade, or the span's end.
                                var word = position >> 6
                                var other = (isDark ? ~words[word] : words[word]) & (~UInt64(0) << UInt64(position & 63))
                                while other == 0, word + 1 < wordCount {
                                    word += 1
                                    other = isDark ? ~words[word] : words[word]
                                }
                                let end =
                                    other == 0 ? count : min(count, (word << 6) + other.trailingZeroBitCount)
                                runs = (runs.1, runs.2, runs.3, runs.4, end - position)
                                runCount += 1
                                // A dark run ended: the last five runs may cross a pattern.
                                if isDark, runCount >= 5, FinderPatterns.matches(runs) {
                                    let x = left + end
                                    let total = runs.0 + runs.1 + runs.2 + runs.3 + runs.4
                                    let centreX = x - runs.4 - runs.3 - (runs.2 + 1) / 2
                                    if let (centreY, down) = FinderPatterns.crossCheck(
                                        dark, top: 0, bottom: image.height, column: centreX, row: y,
                                        centreRun: runs.2)
                                    {
                                        hits.append(
                                            Pattern(
                                                x: Double(x - runs.4 - runs.3) - Double(runs.2) / 2, y: centreY,
                                                moduleAcross: Double(total) / 7, moduleDown: down, rows: 1))
                                    }
                                }
                                isDark.toggle()
                                position = end
                            }
                        }
                    }
                }
            }
        }
        return hits
    }

    /// Each lane's bit in a 16-lane mask, per half (a byte each).
    private static let bitWeights = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)

    /// Hits of one pattern merged: within half a pattern (3.5 modules) of each
    /// other, their centres averaged.
    private static func merged(_ hits: [Pattern]) -> [Pattern] {
        var merged: [Pattern] = []
        for hit in hits {
            if let index = merged.lastIndex(where: {
                abs($0.x - hit.x) <= 3.5 * $0.module && abs($0.y - hit.y) <= 3.5 * $0.module
                    && hit.module <= 2 * $0.module && $0.module <= 2 * hit.module
            }) {
                let pattern = merged[index]
                let n = Double(pattern.rows)
                merged[index] = Pattern(
                    x: (pattern.x * n + hit.x) / (n + 1), y: (pattern.y * n + hit.y) / (n + 1),
                    moduleAcross: (pattern.moduleAcross * n + hit.moduleAcross) / (n + 1),
                    moduleDown: (pattern.moduleDown * n + hit.moduleDown) / (n + 1), rows: pattern.rows + 1)
            } else {
                merged.append(hit)
            }
        }
        return merged
    }

    /// The column through a row's hit, crossed in the ratio 1:1:3:1:1 too: its
    /// centre row and module, or nil.
    private static func crossCheck(
        _ dark: (Int, Int) -> Bool, top: Int, bottom: Int, column: Int, row: Int, centreRun: Int
    ) -> (Double, Double)? {
        guard dark(column, row) else { return nil }
        // The longest a run may be: a module foreshortened the other way (2.5 ×).
        let limit = 3 * centreRun + 4
        func run(from start: Int, step: Int, isDark: Bool) -> Int {
            var y = start
            var length = 0
            while y >= top, y < bottom, dark(column, y) == isDark, length <= limit {
                length += 1
                y += step
            }
            return length
        }
        let up = run(from: row, step: -1, isDark: true)
        let down = run(from: row + 1, step: 1, isDark: true)
        let centre = up + down
        let lightUp = run(from: row - up, step: -1, isDark: false)
        let darkUp = run(from: row - up - lightUp, step: -1, isDark: true)
        let lightDown = run(from: row + 1 + down, step: 1, isDark: false)
        let darkDown = run(from: row + 1 + down + lightDown, step: 1, isDark: true)
        let runs = (darkUp, lightUp, centre, lightDown, darkDown)
        guard darkUp > 0, lightUp > 0, lightDown > 0, darkDown > 0, matches(runs) else { return nil }
        let total = darkUp + lightUp + centre + lightDown + darkDown
        return (Double(row - up + 1) + Double(centre) / 2 - 0.5, Double(total) / 7)
    }

    /// Whether five runs (dark first) are in the ratio 1:1:3:1:1: each one-module
    /// run within half a module of the module size (the total over 7), the centre
    /// within one module of three.
    static func matches(_ runs: (Int, Int, Int, Int, Int)) -> Bool {
        let total = runs.0 + runs.1 + runs.2 + runs.3 + runs.4
        guard total >= 7 else { return false }
        // In units of a fourteenth of the total: a module is 2 units, half a module 1.
        let module = 2 * total
        guard abs(14 * runs.0 - module) <= total, abs(14 * runs.1 - module) <= total,
            abs(14 * runs.3 - module) <= total, abs(14 * runs.4 - module) <= total
        else { return false }
        return abs(14 * runs.2 - 3 * module) <= 2 * total
    }

    /// How many of a group's patterns may be one code's: all of them when two are
    /// at least 10 modules apart (a code's are 14 or more), else one.
    package static func ofOneCode(_ group: [Pattern]) -> Int {
        guard group.count >= 2 else { return group.count }
        let module = group.map(\.module).max()!
        let apart = group.contains { a in group.contains { b in hypot(a.x - b.x, a.y - b.y) >= 10 * module } }
        return apart ? group.count : 1
    }

    /// The centre a code's fourth corner would have, when the three patterns of
    /// `group` are a code's: at the corners of a right angle (legs within
    /// 1:1.6 of each other and 90° ± 30° between them, a code seen at an angle),
    /// the point opposite the right angle's corner. Nil for any other group.
    package static func fourthCorner(of group: [Pattern]) -> (x: Double, y: Double)? {
        guard let (index, _) = rightAngle(of: group) else { return nil }
        let (corner, a, b) = (group[index], group[(index + 1) % 3], group[(index + 2) % 3])
        return (a.x + b.x - corner.x, a.y + b.y - corner.y)
    }

    /// A group (``groups(of:)``) split into the codes it may hold: each three
    /// patterns at the corners of a right angle (``fourthCorner(of:)``) with
    /// modules within 1:1.5 of each other, the most square first, and the
    /// patterns left over as one more part when there are two or more of them.
    /// A group of more than ``largestSplitGroup`` patterns, or with no such three,
    /// is one part.
    package static func codes(in group: [Pattern]) -> [[Pattern]] {
        guard group.count > 3, group.count <= largestSplitGroup else { return [group] }
        var rest = group
        var parts: [[Pattern]] = []
        while rest.count >= 3 {
            var best: (parts: [Int], skew: Double)? = nil
            for i in rest.indices {
                for j in rest.indices where j > i {
                    for k in rest.indices where k > j {
                        let three = [rest[i], rest[j], rest[k]]
                        let modules = three.map(\.module)
                        guard modules.max()! <= 1.5 * modules.min()!, let skew = rightAngle(of: three)?.skew else {
                            continue
                        }
                        if skew < best?.skew ?? .infinity { best = ([i, j, k], skew) }
                    }
                }
            }
            guard let found = best else { break }
            parts.append(found.parts.map { rest[$0] })
            for index in found.parts.reversed() { rest.remove(at: index) }
        }
        guard !parts.isEmpty else { return [group] }
        return rest.count >= 2 ? parts + [rest] : parts
    }

    /// The most patterns in a group that ``codes(in:)`` splits.
    static let largestSplitGroup = 12

    /// The corner (an index of `three`) where three patterns make the right
    /// angle a code's finder patterns make (legs within 1:1.6 and 90° ± 30°: a
    /// code seen at an angle), and how far they are from a right angle with legs
    /// of equal length (0 for a code seen square on: the cosine of the angle
    /// plus the legs' relative difference); nil when they make none.
    private static func rightAngle(of three: [Pattern]) -> (corner: Int, skew: Double)? {
        guard three.count == 3 else { return nil }
        var best: (corner: Int, skew: Double)? = nil
        for index in 0..<3 {
            let (corner, a, b) = (three[index], three[(index + 1) % 3], three[(index + 2) % 3])
            let (ax, ay) = (a.x - corner.x, a.y - corner.y)
            let (bx, by) = (b.x - corner.x, b.y - corner.y)
            let (la, lb) = (hypot(ax, ay), hypot(bx, by))
            guard la > 0, lb > 0, max(la, lb) <= 1.6 * min(la, lb) else { continue }
            // cos 60° = 0.5: the angle between the legs within 90° ± 30°.
            let cosine = abs(ax * bx + ay * by) / (la * lb)
            guard cosine <= 0.5 else { continue }
            let skew = cosine + abs(la - lb) / max(la, lb)
            if skew < best?.skew ?? .infinity { best = (index, skew) }
        }
        return best
    }

    /// Patterns that may belong to one code: near each other (within 40 modules,
    /// a version-6 code's 41 modules across) and of similar module size, joined
    /// in chains.
    package static func groups(of patterns: [Pattern]) -> [[Pattern]] {
        var group = Array(patterns.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while group[index] != index { index = group[index] }
            return index
        }
        for i in patterns.indices {
            for j in patterns.indices where j > i {
                let (a, b) = (patterns[i], patterns[j])
                let module = max(a.module, b.module)
                guard module <= 1.7 * min(a.module, b.module),
                    abs(a.x - b.x) <= 40 * module, abs(a.y - b.y) <= 40 * module
                else { continue }
                let (ra, rb) = (root(i), root(j))
                if ra != rb { group[max(ra, rb)] = min(ra, rb) }
            }
        }
        var groups: [Int: [Pattern]] = [:]
        for index in patterns.indices { groups[root(index), default: []].append(patterns[index]) }
        return groups.keys.sorted().map { groups[$0]! }
    }
}
