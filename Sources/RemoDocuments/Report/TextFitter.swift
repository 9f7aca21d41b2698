import RemoCore
package import RemoImaging

/// Fits a line of text into a width on a canvas: whole when it fits, else
/// wrapped onto at most `maxLines` lines (at a space when there is one, else
/// between any two characters, as Japanese breaks), the last line elided with
/// "…". Never wider than the width, so cells never overprint their neighbours.
package struct TextFitter {
    package let font: Canvas.Font
    package let width: Double
    package let maxLines: Int

    package init(font: Canvas.Font, width: Double, maxLines: Int) {
        self.font = font
        self.width = width
        self.maxLines = maxLines
    }

    /// The ellipsis put at the end of cut text.
    package static let ellipsis = "…"

    /// The lines `text` takes (at least one, possibly empty).
    package func lines(_ text: String, on canvas: borrowing Canvas) -> [String] {
        let text = TextTable.singleLine(text)
        // No glyph of the font is wider than its em (CJK ideographs are exactly
        // one): short text fits without asking cairo.
        if Double(text.unicodeScalars.count) * font.size * 1.05 <= width { return [text] }
        if advance(text, on: canvas) <= width { return [text] }
        var lines: [String] = []
        var rest = Array(text)
        while !rest.isEmpty {
            if lines.count == maxLines - 1 {
                lines.append(elided(rest, on: canvas))
                break
            }
            let whole = String(rest)
            if advance(whole, on: canvas) <= width {
                lines.append(whole)
                break
            }
            var count = longestFittingPrefix(rest, suffix: "", on: canvas)
            if let space = rest[..<count].lastIndex(of: " "), space > 0 { count = space }
            lines.append(String(rest[..<count]).trimmingTrailingSpaces)
            rest = Array(rest[count...].drop { $0 == " " })
        }
        return lines.isEmpty ? [""] : lines
    }

    /// The text cut to fit with an ellipsis, or whole when it fits (nothing
    /// when not even the ellipsis fits).
    package func elided(_ characters: [Character], on canvas: borrowing Canvas) -> String {
        let whole = String(characters)
        if advance(whole, on: canvas) <= width { return whole }
        guard advance(TextFitter.ellipsis, on: canvas) <= width else { return "" }
        let count = longestFittingPrefix(characters, suffix: TextFitter.ellipsis, on: canvas)
        return String(characters[..<count]).trimmingTrailingSpaces + TextFitter.ellipsis
    }

    /// The most leading characters that fit with `suffix` after them; at least
    /// one when no suffix is asked for (a character wider than the cell is cut
    /// by nothing else).
    private func longestFittingPrefix(_ characters: [Character], suffix: String, on canvas: borrowing Canvas) -> Int {
        var low = 0
        var high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            if advance(String(characters[..<middle]) + suffix, on: canvas) <= width {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return suffix.isEmpty ? max(low, 1) : low
    }

    private func advance(_ text: String, on canvas: borrowing Canvas) -> Double {
        canvas.measureText(text, font: font).advance
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        String(self[..<(lastIndex { $0 != " " }.map { index(after: $0) } ?? startIndex)])
    }
}
