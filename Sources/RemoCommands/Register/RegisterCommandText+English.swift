extension RegisterCommandText {
    package var english: String {
        switch self {
        case .abstract: "Register recorders and cameras to a customer, from label photos or typed codes."
        case .discussion:
            "Each recorder is registered with its cameras, all or nothing, only when the account holds a license for every camera: a refusal says how many are missing and which packs would cover them. Inputs are registered one by one, so running a batch again registers only what was not registered. Exit status 1 when any input was refused. --dry-run says what would happen to each input and changes nothing (exit status 0 when nothing would be refused).\n\nExamples:\n  remo register --customer taro@example.jp --photo photos/ --cameras 2 --dry-run\n  remo register --customer taro@example.jp --code AB1234567-K7QM-2XPR-9DWT-C4"
        case .helpPhoto: "A photo of recorder labels (JPEG, PNG, HEIC), or a folder of them; several labels in a photo are each registered"
        case .helpCode: "A registration code as printed on the label (SERIAL-XXXX-XXXX-XXXX-CC), or a label's QR text"
        case .helpSerial: "The serial number of a recorder made before July 2024 (no QR label); needs --model and --produced"
        case .helpProduced: "The month the recorder given with --serial was produced (YYYY-MM, before 2024-07: a unit made since has a QR label); recorded with it"
        case .helpModel: "The model number of the recorder given with --serial"
        case .helpDeviceID: "The device ID (機器ID番号) of the recorder given with --serial"
        case .helpRecorder: "Add --cameras more cameras to this registered recorder (by serial number)"
        case .helpDirect: "Register --cameras camera-direct cameras (no recorder) in --site"
        case .helpCameras: "Cameras per recorder, or cameras to add, each bound to a license (default 1)"
        case .helpSite: "The site (folder) new devices go to (default: default)"
        case .helpLicense: "A license to bind to the cameras registered, in order (repeatable); the others take the first available"
        case .noInput: "Give what to register: --photo, --code, --serial, --recorder or --direct."
        case .modelNeedsSerial: "--serial needs --model and --produced (and --device-id when known); --model, --produced and --device-id go with --serial only."
        case .decodingProgress: "Reading photos"
        case .registeringProgress: "Registering"
        case .columnInput: "input"
        case .columnSerial: "serial"
        case .columnResult: "result"
        case .columnCameras: "cameras (license)"
        }
    }
}
