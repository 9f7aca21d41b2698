/// Plain text aligned in columns, for people reading a terminal.
///
/// Widths are measured in terminal cells: Japanese (and other East Asian wide)
/// characters take two, so Japanese names line up with Latin ones.
public struct TextTable: Sendable {
    /// How a column's cells line up.
    public enum Alignment: Sendable {
        case left, right
    }

    /// The header cells; an empty array prints no header.
    public var header: [String]
    /// The rows, each as many cells as the header (or as the widest row).
    public var rows: [[String]] = []
    /// The alignment of each column; missing entries are left-aligned.
    public var alignments: [Alignment]

    /// A table with a header and column alignments.
    public init(header: [String] = [], alignments: [Alignment] = []) {
        self.header = header
        self.alignments = alignments
    }

    /// Appends a row.
    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines of text, columns separated by two spaces, with no
    /// trailing spaces; a line of dashes under the header.
    public func rendered() -> String {
        let all = ((header.isEmpty ? [] : [header]) + rows).map { $0.map(TextTable.singleLine) }
        let cellWidths = all.map { $0.map(TextTable.displayWidth) }
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in cellWidths {
            for (index, width) in row.enumerated() {
                widths[index] = max(widths[index], width)
            }
        }
        func line(_ row: Int) -> String {
            var text = ""
            var pending = 0  // spaces owed before the next cell; trailing ones are never written
            for index in 0..<columns {
                let cell = index < all[row].count ? all[row][index] : ""
                let padding = widths[index] - (index < cellWidths[row].count ? cellWidths[row][index] : 0)
                let right = (index < alignments.count ? alignments[index] : .left) == .right
                if index > 0 { pending += 2 }
                if right { pending += padding }
                if !cell.isEmpty {
                    text += String(repeating: " ", count: pending)
                    text += cell
                    pending = 0
                }
                if !right { pending += padding }
            }
            return text
        }
        var lines: [String] = []
        let offset = header.isEmpty ? 0 : 1
        if !header.isEmpty {
            lines.append(line(0))
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        lines += (0..<rows.count).map { line($0 + offset) }
        return lines.joined(separator: "\n")
    }

    /// The text on one line: line breaks, tabs, other control characters and
    /// bidirectional controls (``ControlCharacters``, which would break a
    /// table's alignment or act on the terminal) become spaces.
    public static func singleLine(_ text: String) -> String {
        let isControl = ControlCharacters.contains
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    /// The number of terminal cells `text` takes: two for East Asian wide and
    /// fullwidth characters, none for combining marks, one otherwise.
    public static func displayWidth(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cellWidth(of: $1) }
    }

    static func cellWidth(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }  // before the first combining mark and the first wide character
        if scalar.properties.generalCategory == .nonspacingMark || value == 0x200B { return 0 }
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
