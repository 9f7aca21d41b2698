extension LabelLayoutText {
    public var english: String {
        switch self {
        case .layoutA4Forty:
            "A4 sheet of 40 labels, 48.5 × 25.4 mm (4 × 10, no gaps; margins 8 mm at the sides, 21.5 mm top and bottom): Avery Zweckform 3657 and equivalents. 300 dpi."
        case .layoutA4TwentyFour:
            "A4 sheet of 24 labels, 70 × 37 mm (3 × 8, no gaps; no side margins, 0.5 mm top and bottom): Avery Zweckform 3474 and equivalents. 300 dpi."
        case .layoutThermal50x30: "One 50 × 30 mm label per page, for 203 dpi thermal label printers."
        case .layoutThermal62x29: "One 62 × 29 mm label per page, for 300 dpi Brother QL printers (DK-11209)."
        case .unknownLayout: "There is no label layout \"{name}\". Use one of: {names}."
        case .serialCaption: "S/N"
        case .registrationCodeCaption: "Registration code"
        case .qrTooSmall:
            "A QR code of {modules} modules (quiet zone included) does not fit a label of layout {layout} with modules of at least {dots} printer dots. Use a larger layout."
        case .textTooLong: "\"{text}\" does not fit a label of layout {layout} even at the smallest size. Use a larger layout."
        }
    }
}
