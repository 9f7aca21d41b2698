public import RemoCore

/// The imaging module's sentences for people: why a file is not an image, why a
/// QR code cannot be made, why a drawing cannot be written.
///
/// Templates: `ImagingText+English.swift`, `ImagingText+Japanese.swift`.
public enum ImagingText: String, MessageCatalogue {
    case fileNotFound
    case fileIsDirectory
    case fileNotRegular
    case fileIsEmpty
    case fileUnreadable
    case fileTooLarge
    case unknownFormat
    case tooManyPixels
    case damagedImage
    case unsupportedImage
    case qrTextEmpty
    case qrTextTooLong
    case qrEncodingFailed
    case imageEncodingFailed
    case scanFailed
    case invalidDrawing
    case drawingFailed
    case onePageFormat
    case unknownOutputFormat
    case writeFailed
    case noCodeFound
    case textUndecided
    case textUnconverted
    // Reasons our own code gives where the C library gives none.
    case reasonNoScanner
    case reasonNoZbarImage
    case reasonImageRefused
    case reasonQualityRange
    case reasonNoHeifContext
    case reasonNoLumaPlane
    case reasonNoRGBPlane
}

extension ImagingText {
    /// What a person can do about a refusal, for each front end to word.
    public var remedies: [Remedy] {
        switch self {
        case .unknownOutputFormat: [.chooseImageFormat]
        default: []
        }
    }
}
