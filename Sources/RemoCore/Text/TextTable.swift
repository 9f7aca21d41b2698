/// Plain text aligned in columns, for people reading a terminal.
///
/// Widths are measured in terminal cells: Japanese (and other East Asian wide)
/// characters take two, so Japanese names line up with Latin ones.
public struct TextTable: Sendable {
    /// How a column's cells line up.
    public enum Alignment: Sendable {
        case left, right
    }

    /// What a column gives up when the table is wider than the terminal
    /// (``rendered(width:)``).
    public enum Overflow: Sendable {
        /// Nothing: the cell is always shown whole (codes, dates, numbers).
        case keep
        /// The cell is cut to fit, ending in `…` (names).
        case elide
        /// The cell moves under its row, indented and wrapped (messages).
        case below
    }

    /// The header cells; an empty array prints no header.
    public var header: [String]
    /// The rows, each as many cells as the header (or as the widest row).
    public var rows: [[String]] = []
    /// The alignment of each column; missing entries are left-aligned.
    public var alignments: [Alignment]
    /// What each column gives up to fit a width; missing entries are ``Overflow/keep``.
    public var overflows: [Overflow]

    /// The narrowest an elided column is cut to, in cells.
    static let narrowestElided = 8
    /// The indent of a cell moved under its row.
    static let belowIndent = 4

    /// A table with a header, column alignments and what each column gives up to fit.
    public init(header: [String] = [], alignments: [Alignment] = [], overflows: [Overflow] = []) {
        self.header = header
        self.alignments = alignments
        self.overflows = overflows
    }

    /// Appends a row.
    public mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table as lines of text, columns separated by two spaces, with no
    /// trailing spaces; a line of dashes under the header.
    ///
    /// - Parameter width: the terminal's width in cells, or nil for full lines
    ///   (a pipe, `--wide`). When the lines would be wider, the
    ///   ``Overflow/below`` columns move under their rows (indented, after their
    ///   header, wrapped at `width`), then the ``Overflow/elide`` columns are cut, widest first,
    ///   down to 8 cells; ``Overflow/keep`` columns stay whole.
    public func rendered(width: Int? = nil) -> String {
        let all = ((header.isEmpty ? [] : [header]) + rows).map { $0.map(TextTable.singleLine) }
        let columns = all.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], TextTable.displayWidth(of: cell)) }
        }
        func overflow(_ index: Int) -> Overflow { index < overflows.count ? overflows[index] : .keep }
        func lineWidth(_ shown: [Int]) -> Int { shown.reduce(0) { $0 + widths[$1] } + 2 * max(0, shown.count - 1) }
        let everyColumn = Array(0..<columns)
        guard let width, lineWidth(everyColumn) > width else {
            return lines(all, widths: widths, shown: everyColumn).joined(separator: "\n")
        }
        // Too wide: the messages go under their rows, then the names are cut.
        let below = everyColumn.filter { overflow($0) == .below }
        let shown = everyColumn.filter { overflow($0) != .below }
        while lineWidth(shown) > width {
            let cuttable = shown.filter { overflow($0) == .elide && widths[$0] > TextTable.narrowestElided }
            guard let widest = cuttable.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] = max(TextTable.narrowestElided, widths[widest] - (lineWidth(shown) - width))
        }
        let cut = all.map { row in
            row.enumerated().map { index, cell in overflow(index) == .elide ? TextTable.elided(cell, to: widths[index]) : cell }
        }
        let indent = String(repeating: " ", count: TextTable.belowIndent)
        let headerLines = header.isEmpty ? 0 : 2
        var output: [String] = []
        for (number, line) in lines(cut, widths: widths, shown: shown).enumerated() {
            output.append(line)
            guard number >= headerLines else { continue }
            let row = all[number - headerLines + (header.isEmpty ? 0 : 1)]
            for index in below where index < row.count && !row[index].isEmpty {
                let label = index < header.count && !header[index].isEmpty ? TextTable.singleLine(header[index]) + ": " : ""
                output += TextTable.wrapped(label + row[index], width: max(10, width - TextTable.belowIndent)).map { indent + $0 }
            }
        }
        return output.joined(separator: "\n")
    }

    /// The lines of `all` (the header first, when there is one, and its
    /// dashes), showing the columns `shown` at `widths`.
    private func lines(_ all: [[String]], widths: [Int], shown: [Int]) -> [String] {
        func line(_ row: [String]) -> String {
            var text = ""
            var pending = 0  // spaces owed before the next cell; trailing ones are never written
            for (position, index) in shown.enumerated() {
                let cell = index < row.count ? row[index] : ""
                let padding = widths[index] - TextTable.displayWidth(of: cell)
                let right = (index < alignments.count ? alignments[index] : .left) == .right
                if position > 0 { pending += 2 }
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
        if !header.isEmpty, let first = all.first {
            lines.append(line(first))
            lines.append(shown.map { String(repeating: "-", count: widths[$0]) }.joined(separator: "  "))
        }
        lines += all.dropFirst(header.isEmpty ? 0 : 1).map(line)
        return lines
    }

    /// `text` cut to at most `width` cells, ending in `…` when cut.
    public static func elided(_ text: String, to width: Int) -> String {
        guard displayWidth(of: text) > width else { return text }
        var kept = ""
        var used = 0
        for character in text {
            let cells = displayWidth(of: String(character))
            guard used + cells <= width - 1 else { break }
            kept.append(character)
            used += cells
        }
        return kept + "…"
    }

    /// `text` broken into lines of at most `width` cells: at spaces where
    /// there are any, else between characters (Japanese has no spaces).
    public static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        var lastSpace: String.Index?
        for character in text {
            let cells = displayWidth(of: String(character))
            if used + cells > width, !line.isEmpty {
                if character != " ", let space = lastSpace {
                    lines.append(String(line[..<space]))
                    line = String(line[line.index(after: space)...])
                } else {
                    lines.append(line)
                    line = ""
                }
                lastSpace = line.lastIndex(of: " ")
                used = displayWidth(of: line)
                if character == " " { continue }
            }
            if character == " " { lastSpace = line.endIndex }
            line.append(character)
            used += cells
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { $0.hasSuffix(" ") ? String($0.dropLast()) : $0 }
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
