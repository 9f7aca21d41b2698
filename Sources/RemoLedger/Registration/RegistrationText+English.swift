extension RegistrationText {
    public var english: String {
        switch self {
        case .registered:
            "registered with {cameras} {cameras|camera|cameras} to {customer} in {site}"
        case .registeredDirect:
            "{cameras} camera-direct {cameras|camera|cameras} registered to {customer} in {site}"
        case .camerasAdded: "{cameras} {cameras|camera|cameras} added to the recorder {serial}"
        case .alreadyRegistered: "already registered to {customer}: nothing changed"
        case .ownedElsewhere:
            "registered to another account: nothing changed. Check that the label is on this customer's unit; if the unit changed hands, ask the partner of the account it is registered to"
        case .notInManifest:
            "the serial number {serial} is in no label manifest: check the label, or ask the warehouse whether it was labeled"
        case .wrongClaimCode:
            "the claim code does not match the label of {serial}: photograph the label again, or type the code printed on it"
        case .serialHasLabel:
            "{serial} has a QR label: register it by a photo of the label or the registration code printed on it, not by its serial number"
        case .serialOfQRUnit:
            "{serial} was produced {produced}, from {first} on: such a unit has a QR label; register it by a photo of the label or the registration code printed on it, not by its serial number"
        case .preQRUnit:
            "produced {produced}, before {first}: this unit predates QR registration: register it by its serial number, model and production month"
        case .noLicense:
            "no license available: {needed} {connection} {needed|license is|licenses are} needed, {available} {available|is|are} available; {missing} missing. Assign licenses to the account first, then register again"
        case .noLicensePlan: "{shortage}. Perpetual packs that would cover them: {plan}"
        case .unreadable: "the photo could not be read: {reason}"
        case .noCodeInPhoto:
            "no QR code found in the photo: photograph the label closer and in focus, or type the registration code printed beside the QR code"
        case .invalidPayload: "not a valid remo label: {reason}"
        case .siteLimit:
            "the site {site} has {present} camera-direct {present|camera|cameras}; {cameras} more would pass the limit of {limit} per site: use another site or connect the cameras through an edge storage unit"
        case .unknownRecorder:
            "no recorder with the serial number {serial} is registered to {customer}: register the recorder first"
        case .licenseRefused: "the license asked for cannot be bound: {reason}"
        case .notTried:
            "not tried: the database failed on an earlier input. Once it is fixed, run the registration again: what is registered stays registered"
        case .summary: "{registered} of {inputs} registered, {already} already registered, {refused} refused"
        case .summaryStoreFailed:
            "{registered} of {inputs} registered, {already} already registered, {refused} refused, {undone} not done: the database failed"
        case .summaryRefused: "{refused} {refused|input was|inputs were} refused: see each line for what to do"
        case .badCameraCount: "the number of cameras must be between {min} and {max}, not {count}"
        }
    }
}
