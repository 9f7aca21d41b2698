/// The QR payload's and registration code's sentences for people. Templates:
/// `PayloadText+English.swift`, `PayloadText+Japanese.swift`.
public enum PayloadText: String, MessageCatalogue {
    case notRemoPayload
    case unsupportedVersion
    case damaged
    case wrongFieldCount
    case preQRUnit
    case malformedField
    case fieldNotCanonical
    case fieldProduced
    case encodePredatesQR

    case registrationCodeEmpty
    case registrationCodeInvalidCharacter
    case registrationCodeWrongLength
    case registrationCodeTypo
}
