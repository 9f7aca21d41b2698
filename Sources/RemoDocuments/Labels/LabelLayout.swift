public import RemoCore
public import RemoImaging

/// A kind of label stock and how labels are placed on it: the page, the label
/// size, the grid with its real margins and gaps, and the printer resolution
/// each label is checked at. What `remo labels make --layout NAME` names.
///
/// Lengths are millimetres, from the page's top-left corner. A sheet layout
/// (A4 label paper) has a grid of labels per page; a roll layout (a thermal
/// label printer) has one label per page, the page the size of the label.
///
/// ```swift
/// let layout = try LabelLayout.named("a4-24-70x37")
/// let frame = layout.frame(ofLabel: 25)   // page 1, second label of the first row
/// ```
public struct LabelLayout: Hashable, Sendable {
    /// Why a layout name is not known.
    public enum LookupError: Error, Hashable, Sendable, MessageProviding {
        /// No layout has this name.
        case unknownLayout(String)

        public var message: Message {
            switch self {
            case .unknownLayout(let name):
                LabelLayoutText.unknownLayout([
                    "name": .text(name), "names": .list(LabelLayout.catalogue.map { .text($0.name) }),
                ])
            }
        }
    }

    /// A width and a height, in millimetres.
    public struct Size: Hashable, Sendable {
        public let width: Double
        public let height: Double

        public init(width: Double, height: Double) {
            self.width = width
            self.height = height
        }
    }

    /// Where a label is: its page (from 0) and its rectangle on the page, in points.
    public struct Frame: Hashable, Sendable {
        /// The page, from 0.
        public let page: Int
        /// The label's position on the page, from 0, row by row.
        public let position: Int
        /// The label's rectangle on the page, in points (1/72 inch).
        public let region: Canvas.Region
    }

    /// The name `--layout` takes: lower case, no spaces (`a4-24-70x37`).
    public let name: String
    /// The stock in a sentence for people (size, count, compatible products).
    public let summary: Message
    /// The page: A4 for sheets, the label for rolls.
    public let page: Size
    /// One label.
    public let label: Size
    /// Labels across a page.
    public let columns: Int
    /// Labels down a page.
    public let rows: Int
    /// The first label's top-left corner: the stock's left and top margins.
    public let firstLabelLeft: Double
    public let firstLabelTop: Double
    /// From one label's left edge to the next one's (the label width plus the gap).
    public let horizontalPitch: Double
    /// From one label's top edge to the next one's (the label height plus the gap).
    public let verticalPitch: Double
    /// The printer resolution the layout is made for, in dots per inch: QR
    /// modules are whole dots at it, and each label is rasterized at it and
    /// decoded before a batch is committed.
    public let dotsPerInch: Int
    /// How far from the page's edges a printer cannot print (laser printers
    /// leave about 4 to 5 mm); nothing is drawn there. Zero for label printers.
    public let unprintableMargin: Double
    /// How far inside its edges a label's content stays, for the stock's
    /// die-cut tolerance and the printer's registration.
    public let padding: Double

    public init(
        name: String, summary: Message, page: Size, label: Size, columns: Int, rows: Int, firstLabelLeft: Double,
        firstLabelTop: Double, horizontalPitch: Double, verticalPitch: Double, dotsPerInch: Int,
        unprintableMargin: Double, padding: Double
    ) {
        self.name = name
        self.summary = summary
        self.page = page
        self.label = label
        self.columns = columns
        self.rows = rows
        self.firstLabelLeft = firstLabelLeft
        self.firstLabelTop = firstLabelTop
        self.horizontalPitch = horizontalPitch
        self.verticalPitch = verticalPitch
        self.dotsPerInch = dotsPerInch
        self.unprintableMargin = unprintableMargin
        self.padding = padding
    }

    /// Points (1/72 inch) in a millimetre.
    public static let pointsPerMillimetre = 72 / 25.4

    /// Labels on one page.
    public var labelsPerPage: Int { columns * rows }

    /// Whether the layout is a sheet of several labels (else one label per page).
    public var isSheet: Bool { labelsPerPage > 1 }

    /// The page size in points.
    public var pageWidthPoints: Double { page.width * LabelLayout.pointsPerMillimetre }
    public var pageHeightPoints: Double { page.height * LabelLayout.pointsPerMillimetre }

    /// Rasterizing resolution: pixels per point at ``dotsPerInch``.
    public var pixelsPerPoint: Double { Double(dotsPerInch) / 72 }

    /// The pages `count` labels take.
    public func pages(for count: Int) -> Int {
        (count + labelsPerPage - 1) / labelsPerPage
    }

    /// Where the label with this index (from 0, in order) goes.
    public func frame(ofLabel index: Int) -> Frame {
        let position = index % labelsPerPage
        let millimetre = LabelLayout.pointsPerMillimetre
        let left = firstLabelLeft + Double(position % columns) * horizontalPitch
        let top = firstLabelTop + Double(position / columns) * verticalPitch
        return Frame(
            page: index / labelsPerPage, position: position,
            region: Canvas.Region(
                x: left * millimetre, y: top * millimetre, width: label.width * millimetre,
                height: label.height * millimetre))
    }

    /// The part of every label that content may use, relative to the label's
    /// top-left corner, in points: the label less its padding, and less what
    /// falls in the page's unprintable margin on any of the labels (the same
    /// area on every label, so every label looks the same).
    public var contentArea: Canvas.Region {
        let lastLeft = firstLabelLeft + Double(columns - 1) * horizontalPitch
        let lastTop = firstLabelTop + Double(rows - 1) * verticalPitch
        let left = max(padding, unprintableMargin - firstLabelLeft)
        let top = max(padding, unprintableMargin - firstLabelTop)
        let right = max(padding, lastLeft + label.width - (page.width - unprintableMargin))
        let bottom = max(padding, lastTop + label.height - (page.height - unprintableMargin))
        let millimetre = LabelLayout.pointsPerMillimetre
        return Canvas.Region(
            x: left * millimetre, y: top * millimetre, width: (label.width - left - right) * millimetre,
            height: (label.height - top - bottom) * millimetre)
    }

    /// The layout with this name, in any case.
    ///
    /// - Throws: ``LookupError/unknownLayout(_:)`` listing the known names.
    public static func named(_ name: String) throws(LookupError) -> LabelLayout {
        let key = name.lowercased().filter { !$0.isWhitespace }
        guard let layout = catalogue.first(where: { $0.name == key }) else { throw .unknownLayout(name) }
        return layout
    }
}
