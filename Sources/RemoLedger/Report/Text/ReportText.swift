public import RemoCore

/// The provisioning report's sentences and labels for people, in every format.
/// Templates: `ReportText+English.swift`, `ReportText+Japanese.swift`.
public enum ReportText: String, MessageCatalogue {
    case title
    case asOf
    case customerLine
    case partnerLine
    case dateLine
    case countLine
    case statusLine
    case statusCount
    case statusFailed
    case filterLine
    case filterSite
    case filterExpiring
    case filterUnlicensed
    case legendNotCovered
    case legendExpiring
    case noCameras
    case noAccounts
    case summaryHeading
    case recordersHeading
    case camerasHeading
    case unknown
    case pageNumber
    case columnSite
    case columnRecorder
    case columnSerial
    case columnModel
    case columnRegistered
    case columnRegisteredBy
    case columnMethod
    case columnCamera
    case columnName
    case columnConnection
    case columnLicense
    case columnPart
    case columnType
    case columnAssigned
    case columnFreeUntil
    case columnExpires
    case columnDaysLeft
    case columnStatus
    case methodPhoto
    case methodCode
    case methodSerial
    case errorUnknownSite
    case errorUnknownSiteNone
    case errorPDFNeedsFile
    case errorCSVOptionsOnly
    case errorByteOrderMarkNeedsUTF8
    case errorNegativeDays
}

extension ReportText {
    /// What a person can do about a refused report, for each front end to word.
    public var remedies: [Remedy] {
        switch self {
        case .errorUnknownSite: [.chooseSite]
        case .errorUnknownSiteNone: [.reportAllSites]
        case .errorPDFNeedsFile: [.writeToFile]
        case .errorCSVOptionsOnly: [.csvOnly]
        case .errorByteOrderMarkNeedsUTF8: [.byteOrderMarkNeedsUTF8]
        case .errorNegativeDays: [.countDaysFromZero]
        default: []
        }
    }
}
