public import RemoCore

/// Registration's sentences for people: a result per input, and the summary.
///
/// Templates: `RegistrationText+English.swift`, `RegistrationText+Japanese.swift`.
public enum RegistrationText: String, MessageCatalogue {
    case registered
    case registeredDirect
    case camerasAdded
    case alreadyRegistered
    case ownedElsewhere
    case notInManifest
    case wrongClaimCode
    case serialHasLabel
    case preQRUnit
    case serialOfQRUnit
    case noLicense
    case noLicensePlan
    case unreadable
    case noCodeInPhoto
    case invalidPayload
    case siteLimit
    case unknownRecorder
    case licenseRefused
    case notTried
    case summary
    case summaryStoreFailed
    case summaryRefused
    case badCameraCount
}

extension RegistrationText {
    /// What a person can do about a refused input, for each front end to word.
    public var remedies: [Remedy] {
        switch self {
        case .preQRUnit: [.registerBySerial]
        case .noLicense: [.assignLicenses]
        case .noCodeInPhoto: [.typeRegistrationCode]
        case .siteLimit: [.chooseSite]
        default: []
        }
    }
}
