/// Counts the rows of a black-and-white image that cross a QR finder pattern:
/// runs of dark, light, dark, light, dark in the ratio 1:1:3:1:1.
///
/// A code has three finder patterns, each crossed this way by the rows through
/// its 3×3 centre, so a region holding a code has at least a few such rows (about
/// 4.5 per pixel of module size when every second row is looked at); printed
/// text, barcodes and textures rarely do. The photo decoder escalates only
/// regions with enough of them: they are the codes it expected to read.
enum FinderPatternCount {
    /// Rows (every second one) of `image` (0 black, 255 white) holding a 1:1:3:1:1 run.
    static func rows(in image: GrayImage) -> Int {
        let (width, height) = (image.width, image.height)
        var hits = 0
        image.pixels.withUnsafeBufferPointer { pixels in
            var runs = [Int](repeating: 0, count: 5)
            for y in stride(from: 0, to: height, by: 2) {
                let line = y * width
                // The last five runs, oldest first; `dark` is the colour of the newest.
                var count = 0
                var length = 0
                var dark = pixels[line] < 128
                var found = false
                for x in 0..<width {
                    let isDark = pixels[line + x] < 128
                    if isDark == dark {
                        length += 1
                        continue
                    }
                    // A run ended: push it.
                    runs.removeFirst()
                    runs.append(length)
                    count += 1
                    // The newest run was dark when the new pixel is light.
                    if dark, count >= 5, FinderPatternCount.matches(runs) {
                        found = true
                        break
                    }
                    dark = isDark
                    length = 1
                }
                if found { hits += 1 }
            }
        }
        return hits
    }

    /// Whether five runs (dark first) are in the ratio 1:1:3:1:1: each one-module
    /// run within half a module of the module size (the total over 7), the centre
    /// within one module of three.
    static func matches(_ runs: [Int]) -> Bool {
        let total = runs.reduce(0, +)
        guard total >= 7 else { return false }
        // In units of a fourteenth of the total: a module is 2 units, half a module 1.
        let module = 2 * total  // 14 × (total / 7)
        for index in [0, 1, 3, 4] where abs(14 * runs[index] - module) > total {
            return false
        }
        return abs(14 * runs[2] - 3 * module) <= 2 * total
    }
}
