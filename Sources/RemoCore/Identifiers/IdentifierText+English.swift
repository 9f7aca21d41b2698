extension IdentifierText {
    public var english: String {
        switch self {
        case .empty: "The {name} is empty. {hint}"
        case .invalidCharacter: "\"{text}\" is not a valid {name}: \"{character}\" is not allowed in it. {hint}"
        case .wrongLength:
            "\"{text}\" is not a valid {name}: it has {length} {length|character|characters}. {hint}"
        case .space: "a space"

        case .nameActivationID: "activation ID"
        case .nameEncryptionID: "encryption ID"
        case .nameDeviceID: "device ID"
        case .nameMACAddress: "MAC address"
        case .nameSerialNumber: "serial number"
        case .nameModelNumber: "model number"
        case .nameClaimCode: "claim code"

        case .hintActivationID:
            "An activation ID has 16 letters and digits, written XXXX-XXXX-XXXX-XXXX on the activation card; spaces, hyphens and case do not matter."
        case .hintEncryptionID:
            "An encryption ID has 8 letters and digits, written XXXX-XXXX on the activation card; spaces, hyphens and case do not matter."
        case .hintDeviceID:
            "A device ID has 8 to 32 characters, each 0-9 or A-F; it is on the product's box and on its license registration screen."
        case .hintMACAddress: "A MAC address has 12 hexadecimal digits (0-9, A-F), such as 00:80:45:12:34:56."
        case .hintSerialNumber:
            "A serial number has 1 to 20 letters A-Z and digits, with no spaces or hyphens, as printed on the unit."
        case .hintModelNumber:
            "A model number has 1 to 20 letters, digits, hyphens, slashes and dots and starts with a letter or a digit, such as WJ-NX200."
        case .hintClaimCode:
            "A claim code has 12 letters and digits (no I, L, O or U), printed on the unit's QR label."
        }
    }
}
