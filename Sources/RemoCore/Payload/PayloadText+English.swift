extension PayloadText {
    public var english: String {
        switch self {
        case .notRemoPayload:
            "This QR code is not a remo recorder label: \"{text}\" does not start with REMO:. Scan the QR label on the recorder's body."
        case .unsupportedVersion:
            "This recorder label uses payload format version {version}, which this remo cannot read (it reads version {supported}). Update remo, or type the registration code printed beside the QR code."
        case .damaged:
            "The QR label's data is damaged: its check does not match. Scan it again, or type the registration code printed beside the QR code."
        case .wrongFieldCount:
            "The QR label's data has {count} {count|field|fields} where it should have {expected}. Type the registration code printed beside the QR code."
        case .preQRUnit:
            "This unit predates QR registration: register it by its serial number ({serial}, produced in {produced}, before {first})."
        case .malformedField: "The QR label's {field} \"{value}\" is not valid. {reason}"
        case .fieldNotCanonical: "It must be written exactly as {canonical}."
        case .fieldProduced: "production month"
        case .encodePredatesQR:
            "{serial} was produced in {produced}, before {first}: units produced before then get no QR label. Register it by its serial number."

        case .registrationCodeEmpty:
            "The registration code is empty: type the code printed beside the QR code on the recorder's label."
        case .registrationCodeInvalidCharacter:
            "\"{text}\" is not a registration code: \"{character}\" is not allowed in it. A registration code has letters and digits; spaces and hyphens do not matter."
        case .registrationCodeWrongLength:
            "\"{text}\" is not a registration code: it has {length} letters and digits, a registration code has {minimum} to {maximum}. Type it again as printed beside the QR code."
        case .registrationCodeTypo:
            "\"{text}\" has a typo: its check characters do not match. Type the registration code again as printed beside the QR code; case, spaces and hyphens do not matter."
        }
    }
}
