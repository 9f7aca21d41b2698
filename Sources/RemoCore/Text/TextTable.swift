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
        let all = (header.isEmpty ? [] : [header]) + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.enumerated() {
                widths[index] = max(widths[index], TextTable.displayWidth(of: cell))
            }
        }
        func line(_ row: [String]) -> String {
            var cells: [String] = []
            for index in 0..<columns {
                let cell = index < row.count ? row[index] : ""
                let padding = String(repeating: " ", count: widths[index] - TextTable.displayWidth(of: cell))
                let alignment = index < alignments.count ? alignments[index] : .left
                cells.append(alignment == .right ? padding + cell : cell + padding)
            }
            return String(cells.joined(separator: "  ").reversed().drop(while: { $0 == " " }).reversed())
        }
        var lines: [String] = []
        if !header.isEmpty {
            lines.append(line(header))
            lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        }
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    /// The number of terminal cells `text` takes: two for East Asian wide and
    /// fullwidth characters, none for combining marks, one otherwise.
    public static func displayWidth(of text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + cellWidth(of: $1) }
    }

    static func cellWidth(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
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
