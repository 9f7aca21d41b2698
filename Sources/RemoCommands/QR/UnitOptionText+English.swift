extension UnitOptionText {
    package var english: String {
        switch self {
        case .helpModel: "The recorder's model number, such as WJ-NX200."
        case .helpSerial: "The recorder's serial number."
        case .helpDeviceID: "The recorder's device ID: 8 to 32 characters 0-9 and A-F."
        case .helpProduced: "The production month, YYYY-MM: 2024-07 or later (earlier units have no QR label)."
        case .helpClaimCode: "The unit's claim code, 12 characters; a new random one when omitted."
        case .missingFields: "The recorder's fields are incomplete: give {options} as well."
        case .payloadAbstract: "Print the QR payload (docs/qr-payload.md) of a recorder produced from July 2024 onward."
        case .payloadDiscussion:
            "Prints the payload text on standard output, and the registration code printed beside the QR code on standard error. Without --claim-code a new random claim code is made: record it, as the warehouse manifest does."
        case .registrationCode: "Registration code: {code} (claim code {claimCode})"
        case .textOrUnit: "Give either --text TEXT or the recorder's fields (--model, --serial, --device-id, --produced), not both."
        }
    }
}
