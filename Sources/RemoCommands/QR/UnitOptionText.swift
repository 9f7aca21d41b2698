import RemoCore

/// The sentences of the recorder unit options (`remo qr encode`, `remo qr payload`).
/// Templates: `UnitOptionText+English.swift`, `UnitOptionText+Japanese.swift`.
package enum UnitOptionText: String, MessageCatalogue {
    case helpModel
    case helpSerial
    case helpDeviceID
    case helpProduced
    case helpClaimCode
    case missingFields
    case payloadAbstract
    case payloadDiscussion
    case registrationCode
    case textOrUnit
}
