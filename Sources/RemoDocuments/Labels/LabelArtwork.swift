public import RemoImaging

/// One label, set: its QR code's module size and place and its lines of text,
/// relative to the label's top-left corner. The same artwork is drawn on the
/// sheet that is printed and on the canvas that is checked, through
/// ``draw(on:labelAt:style:)``.
public struct LabelArtwork: Hashable, Sendable {
    /// A line of text.
    public struct Line: Hashable, Sendable {
        /// The text.
        public let text: String
        /// The font, at the size fitted.
        public let font: Canvas.Font
        /// Where the line starts, from the label's left edge, in points.
        public let x: Double
        /// The baseline, from the label's top edge, in points.
        public let baseline: Double
    }

    /// The QR symbol.
    public let matrix: QRMatrix
    /// A module's side in printer dots.
    public let moduleDots: Int
    /// The printer resolution, in dots per inch.
    public let dotsPerInch: Int
    /// The QR code's box (quiet zone included) from the label's top-left
    /// corner, before it is moved onto the printer's dot grid.
    let qrOffsetX: Double
    let qrOffsetY: Double
    /// The lines of text, top to bottom.
    public let lines: [Line]

    /// A printer dot, in points.
    public var dotSize: Double { 72 / Double(dotsPerInch) }
    /// A module's side, in points.
    public var moduleSize: Double { Double(moduleDots) * dotSize }

    /// The QR code with its quiet zone on the page for a label at `label`: a
    /// square of whole printer dots on the printer's dot grid (counted from the
    /// page's top-left corner).
    public func qrRegion(labelAt label: Canvas.Region) -> Canvas.Region {
        let dot = dotSize
        let x = ((label.x + qrOffsetX) / dot).rounded() * dot
        let y = ((label.y + qrOffsetY) / dot).rounded() * dot
        let side = Double((matrix.size + 2 * LabelDesign.quietZone) * moduleDots) * dot
        return Canvas.Region(x: x, y: y, width: side, height: side)
    }

    /// Draws the label on the current page of `canvas`: the QR code's dark
    /// modules and the text (the label's background is left as it is: white paper).
    ///
    /// - Parameters:
    ///   - canvas: the page, in points.
    ///   - label: the label's rectangle on the page.
    ///   - style: how the QR code is drawn: an image mask for PDF and PNG,
    ///     rectangles for SVG.
    public func draw(on canvas: inout Canvas, labelAt label: Canvas.Region, style: Canvas.QRStyle) {
        let box = qrRegion(labelAt: label)
        let quiet = Double(LabelDesign.quietZone) * moduleSize
        canvas.drawQR(matrix, x: box.x + quiet, y: box.y + quiet, moduleSize: moduleSize, style: style)
        for line in lines {
            canvas.drawText(line.text, x: label.x + line.x, y: label.y + line.baseline, font: line.font)
        }
    }
}
