public import RemoImaging

/// Draws a ``ReportDocument`` on A4 landscape pages: each section starts on a
/// new page with its title block and summary, then its table; the table's
/// header row is repeated on every page it continues on; every page has the
/// section's footer and "page N of M".
///
/// Cells never overprint: text is measured with the font it is drawn in
/// (Noto Sans CJK JP by default, for Japanese and Latin), wrapped onto at most
/// ``maxLinesPerCell`` lines and elided with "…" beyond that. Group cells
/// (site, recorder) equal to the row above are left blank, except on the
/// first row of a page.
///
/// ```swift
/// let bytes = try ReportLayout().pdf(document)
/// ```
public struct ReportLayout: Sendable {
    /// The page width and height, in points: A4 landscape.
    public var pageWidth = 841.89
    public var pageHeight = 595.28
    /// The margin on every side, in points.
    public var margin = 28.0
    /// The font family (fontconfig name).
    public var fontFamily = Canvas.Font.defaultFamily
    /// The table's text size, in points.
    public var tableSize = 6.8
    /// The most lines a table cell wraps onto before it is elided.
    public var maxLinesPerCell = 2

    public init() {}

    /// The document as PDF bytes.
    ///
    /// - Throws: ``RemoImaging/ImagingError`` when cairo fails.
    public func pdf(_ document: ReportDocument) throws(ImagingError) -> [UInt8] {
        let canvas = try draw(document)
        return try canvas.encoded(as: .pdf)
    }

    /// The document drawn on a canvas, one canvas page per page.
    ///
    /// - Throws: ``RemoImaging/ImagingError`` when cairo fails.
    public func draw(_ document: ReportDocument) throws(ImagingError) -> Canvas {
        var canvas = try Canvas(width: pageWidth, height: pageHeight)
        canvas.title = document.title
        let plan = Plan(layout: self, document: document, canvas: canvas)
        let pages = plan.pages(canvas: canvas)
        for (index, page) in pages.enumerated() {
            if index > 0 { try canvas.newPage() }
            plan.draw(page, number: index + 1, of: pages.count, on: &canvas)
        }
        return canvas
    }
}

/// The measured layout of one document: fonts, metrics, column positions, and
/// the pages its sections take.
private struct Plan {
    struct PlannedRow {
        var lines: [[String]]
        var height: Double
        var emphasis: ReportDocument.Emphasis
        var cells: [String]
    }

    struct Page {
        var section: Int
        var opensSection: Bool
        var rows: [PlannedRow]
    }

    let layout: ReportLayout
    let document: ReportDocument
    let table: Canvas.Font
    let tableBold: Canvas.Font
    let titleFont: Canvas.Font
    let detailFont: Canvas.Font
    let headingFont: Canvas.Font
    let footerFont: Canvas.Font
    let ascent: Double
    let lineHeight: Double
    let padding = 2.2
    let cellInset = 3.0
    let columnX: [Double]
    let columnWidth: [Double]
    let header: PlannedRow

    init(layout: ReportLayout, document: ReportDocument, canvas: borrowing Canvas) {
        self.layout = layout
        self.document = document
        let family = layout.fontFamily
        table = Canvas.Font(family: family, size: layout.tableSize)
        tableBold = Canvas.Font(family: family, size: layout.tableSize, weight: .bold)
        titleFont = Canvas.Font(family: family, size: 16, weight: .bold)
        detailFont = Canvas.Font(family: family, size: 9)
        headingFont = Canvas.Font(family: family, size: 9.5, weight: .bold)
        footerFont = Canvas.Font(family: family, size: 6.5)
        let metrics = canvas.measureText("Ag漢", font: table)
        ascent = metrics.ascent
        lineHeight = metrics.ascent + metrics.descent
        let usable = layout.pageWidth - 2 * layout.margin
        let total = document.columns.reduce(0) { $0 + max($1.weight, 0) }
        var x = layout.margin
        var xs: [Double] = []
        var widths: [Double] = []
        for column in document.columns {
            let width = total > 0 ? usable * max(column.weight, 0) / total : 0
            xs.append(x)
            widths.append(width)
            x += width
        }
        columnX = xs
        columnWidth = widths
        header = PlannedRow(lines: [], height: 0, emphasis: .none, cells: document.columns.map(\.header))
    }

    /// Where the table may go down to: above the footer.
    var bottom: Double { layout.pageHeight - layout.margin - 12 }

    /// Splits every section's rows into pages.
    func pages(canvas: borrowing Canvas) -> [Page] {
        let header = planned(self.header, font: tableBold, canvas: canvas)
        var pages: [Page] = []
        for (index, section) in document.sections.enumerated() {
            var page = Page(section: index, opensSection: true, rows: [])
            var y = layout.margin + openingHeight(section) + header.height
            for row in section.rows {
                let fitted = planned(row, canvas: canvas)
                if y + fitted.height > bottom, !page.rows.isEmpty {
                    pages.append(page)
                    page = Page(section: index, opensSection: false, rows: [])
                    y = layout.margin + header.height
                }
                page.rows.append(fitted)
                y += fitted.height
            }
            pages.append(page)
        }
        return pages
    }

    /// The height of a section's title block and summary, with the gap before the table.
    func openingHeight(_ section: ReportDocument.Section) -> Double {
        22 + Double(section.details.count) * 13 + 8 + 14 + Double(section.summary.count) * 12 + 10
    }

    func planned(_ row: ReportDocument.Row, canvas: borrowing Canvas) -> PlannedRow {
        planned(PlannedRow(lines: [], height: 0, emphasis: row.emphasis, cells: row.cells), font: table, canvas: canvas)
    }

    func planned(_ row: PlannedRow, font: Canvas.Font, canvas: borrowing Canvas) -> PlannedRow {
        var row = row
        row.lines = columnWidth.indices.map { column in
            let text = column < row.cells.count ? row.cells[column] : ""
            return TextFitter(font: font, width: columnWidth[column] - 2 * cellInset, maxLines: layout.maxLinesPerCell)
                .lines(text, on: canvas)
        }
        row.height = Double(row.lines.map(\.count).max() ?? 1) * lineHeight + 2 * padding
        return row
    }

    func draw(_ page: Page, number: Int, of count: Int, on canvas: inout Canvas) {
        let section = document.sections[page.section]
        var y = layout.margin
        if page.opensSection {
            y = drawOpening(section, on: &canvas)
        }
        let header = planned(self.header, font: tableBold, canvas: canvas)
        band(y: y, height: header.height, color: Canvas.Color(gray: 0.86), on: &canvas)
        drawCells(header.lines, y: y, font: tableBold, on: &canvas)
        y += header.height
        var previous: [String]?
        for row in page.rows {
            switch row.emphasis {
            case .none: break
            case .caution:
                band(y: y, height: row.height, color: Canvas.Color(red: 1, green: 0.93, blue: 0.72), on: &canvas)
            case .alert:
                band(y: y, height: row.height, color: Canvas.Color(red: 1, green: 0.82, blue: 0.82), on: &canvas)
            }
            var lines = row.lines
            if let previous {
                // Blank the leading group cells that repeat the row above.
                for column in 0..<min(document.groupColumns, lines.count) {
                    guard Array(row.cells.prefix(column + 1)) == Array(previous.prefix(column + 1)) else { break }
                    lines[column] = [""]
                }
            }
            drawCells(lines, y: y, font: row.emphasis == .alert ? tableBold : table, on: &canvas)
            y += row.height
            band(y: y - 0.25, height: 0.5, color: Canvas.Color(gray: 0.8), on: &canvas)
            previous = row.cells
        }
        if page.rows.isEmpty && page.opensSection {
            canvas.drawText(section.emptyNote, x: layout.margin + cellInset, y: y + 14, font: detailFont)
        }
        drawFooter(section.footer, label: document.pageLabel(number, count), on: &canvas)
    }

    /// Fills the table's width from `y` down `height` points.
    func band(y: Double, height: Double, color: Canvas.Color, on canvas: inout Canvas) {
        canvas.fillRectangle(
            x: layout.margin, y: y, width: layout.pageWidth - 2 * layout.margin, height: height, color: color)
    }

    /// Draws one line of text from the left margin, elided to the page's width.
    func line(_ text: String, y: Double, font: Canvas.Font, on canvas: inout Canvas) {
        let width = layout.pageWidth - 2 * layout.margin
        canvas.drawText(fitted(text, font: font, width: width, canvas: canvas), x: layout.margin, y: y, font: font)
    }

    /// Draws the title block and the summary; returns where the table starts.
    func drawOpening(_ section: ReportDocument.Section, on canvas: inout Canvas) -> Double {
        var y = layout.margin + 16
        line(section.title, y: y, font: titleFont, on: &canvas)
        y += 6
        for detail in section.details {
            y += 13
            line(detail, y: y, font: detailFont, on: &canvas)
        }
        y += 8
        band(y: y, height: 0.8, color: Canvas.Color(gray: 0.5), on: &canvas)
        y += 14
        line(section.summaryHeading, y: y, font: headingFont, on: &canvas)
        for summary in section.summary {
            y += 12
            line(summary, y: y, font: detailFont, on: &canvas)
        }
        return y + 10
    }

    func drawCells(_ lines: [[String]], y: Double, font: Canvas.Font, on canvas: inout Canvas) {
        for (column, cellLines) in lines.enumerated() {
            for (index, line) in cellLines.enumerated() where !line.isEmpty {
                var x = columnX[column] + cellInset
                if document.columns[column].alignment == .trailing {
                    x = columnX[column] + columnWidth[column] - cellInset - canvas.measureText(line, font: font).advance
                }
                canvas.drawText(line, x: x, y: y + padding + ascent + Double(index) * lineHeight, font: font)
            }
        }
    }

    func drawFooter(_ footer: String, label: String, on canvas: inout Canvas) {
        let y = layout.pageHeight - layout.margin + 4
        let labelWidth = canvas.measureText(label, font: footerFont).advance
        let footerWidth = layout.pageWidth - 2 * layout.margin - labelWidth - 12
        let grey = Canvas.Color(gray: 0.3)
        let fittedFooter = fitted(footer, font: footerFont, width: footerWidth, canvas: canvas)
        canvas.drawText(fittedFooter, x: layout.margin, y: y, font: footerFont, color: grey)
        canvas.drawText(label, x: layout.pageWidth - layout.margin - labelWidth, y: y, font: footerFont, color: grey)
    }

    /// One line of text, elided to fit `width`.
    func fitted(_ text: String, font: Canvas.Font, width: Double, canvas: borrowing Canvas) -> String {
        TextFitter(font: font, width: width, maxLines: 1).lines(text, on: canvas)[0]
    }
}
