import RemoCore

extension LabelLayout {
    /// The layouts remo ships, the default first.
    ///
    /// **Decision** (docs/decisions.md, "Label layouts"): sheet dimensions are the
    /// stock makers' published ones (the label, the grid, the margins and gaps);
    /// sheets are checked at 300 dpi (office laser printers) and keep 5 mm from the
    /// paper's edges clear (what laser printers cannot print). The thermal layouts
    /// are one label per page at their printers' resolutions.
    public static let catalogue: [LabelLayout] = [a4Forty, a4TwentyFour, thermal50x30, thermal62x29]

    /// The layout used when none is named: 40 labels of 48.5 × 25.4 mm on A4.
    public static var standard: LabelLayout { a4Forty }

    /// A4, 4 × 10 labels of 48.5 × 25.4 mm edge to edge (no gaps), 8 mm side and
    /// 21.5 mm top and bottom margins: Avery Zweckform 3657 and its equivalents.
    static let a4Forty = LabelLayout(
        name: "a4-40-48.5x25.4", summary: LabelLayoutText.layoutA4Forty(),
        page: Size(width: 210, height: 297), label: Size(width: 48.5, height: 25.4), columns: 4, rows: 10,
        firstLabelLeft: 8, firstLabelTop: 21.5, horizontalPitch: 48.5, verticalPitch: 25.4, dotsPerInch: 300,
        unprintableMargin: 5, padding: 1.5)

    /// A4, 3 × 8 labels of 70 × 37 mm edge to edge, no side margins and 0.5 mm
    /// top and bottom: Avery Zweckform 3474 and its equivalents.
    static let a4TwentyFour = LabelLayout(
        name: "a4-24-70x37", summary: LabelLayoutText.layoutA4TwentyFour(),
        page: Size(width: 210, height: 297), label: Size(width: 70, height: 37), columns: 3, rows: 8,
        firstLabelLeft: 0, firstLabelTop: 0.5, horizontalPitch: 70, verticalPitch: 37, dotsPerInch: 300,
        unprintableMargin: 5, padding: 1.5)

    /// One 50 × 30 mm label per page, for 203 dpi direct thermal label printers
    /// (Zebra, TSC and the like): the commonest small roll.
    static let thermal50x30 = LabelLayout(
        name: "thermal-50x30", summary: LabelLayoutText.layoutThermal50x30(),
        page: Size(width: 50, height: 30), label: Size(width: 50, height: 30), columns: 1, rows: 1,
        firstLabelLeft: 0, firstLabelTop: 0, horizontalPitch: 50, verticalPitch: 30, dotsPerInch: 203,
        unprintableMargin: 0, padding: 1.5)

    /// One 62 × 29 mm label per page, for 300 dpi Brother QL printers (DK-11209 rolls).
    static let thermal62x29 = LabelLayout(
        name: "thermal-62x29", summary: LabelLayoutText.layoutThermal62x29(),
        page: Size(width: 62, height: 29), label: Size(width: 62, height: 29), columns: 1, rows: 1,
        firstLabelLeft: 0, firstLabelTop: 0, horizontalPitch: 62, verticalPitch: 29, dotsPerInch: 300,
        unprintableMargin: 0, padding: 1.5)
}
