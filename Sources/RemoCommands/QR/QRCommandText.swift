import RemoCore

/// The `remo qr` commands' sentences for people: help, summaries, table headers.
/// Templates: `QRCommandText+English.swift`, `QRCommandText+Japanese.swift`.
package enum QRCommandText: String, MessageCatalogue {
    case qrAbstract
    case encodeAbstract
    case encodeDiscussion
    case decodeAbstract
    case decodeDiscussion
    case helpText
    case helpOutput
    case helpImageFormat
    case jsonWithImageOnStdout
    case helpErrorCorrection
    case helpModuleSize
    case helpQuietZone
    case helpFiles
    case missingText
    case moduleSizeOutOfRange
    case quietZoneOutOfRange
    case noFiles
    case wrotePixels
    case wrotePoints
    case decodeProgress
    case columnFile
    case columnText
    case columnRegistrationCode
    case columnPayload
    case validLabel
    case helpRaw
    case rawOrJSON
    case notRead
    case decodeSummary
}
