public import RemoCore

/// The label layouts' sentences for people: what each stock is, the captions
/// printed on labels, why a label cannot be set.
///
/// Templates: `LabelLayoutText+English.swift`, `LabelLayoutText+Japanese.swift`.
public enum LabelLayoutText: String, MessageCatalogue {
    case layoutA4Forty
    case layoutA4TwentyFour
    case layoutThermal50x30
    case layoutThermal62x29
    case unknownLayout
    case serialCaption
    case registrationCodeCaption
    case qrTooSmall
    case textTooLong
}

extension LabelLayoutText {
    /// What a person can do about an unknown layout, for each front end to word.
    public var remedies: [Remedy] {
        switch self {
        case .unknownLayout: [.listLayouts]
        default: []
        }
    }
}
