public import RemoCore

/// What an installer gives for one device (or one group of cameras), already
/// read: the command line decodes photos first (``RegistrationPhotos``), and a
/// web page can pass what the phone's own scanner read.
public struct RegistrationInput: Hashable, Sendable {
    /// What was given.
    public enum Kind: Hashable, Sendable {
        /// The text of a QR code read from a photo.
        case scanned(String)
        /// A photo in which no code could be read, and why.
        case unreadablePhoto(Message)
        /// A typed registration code (`SERIAL-XXXX-XXXX-XXXX-CC`), or the text
        /// of a QR payload typed by a scanner (`REMO:1:…`).
        case typed(String)
        /// A recorder made before QR labels (2024-07), by its serial number,
        /// model, production month (`YYYY-MM`, before 2024-07: a unit made
        /// since has a QR label and registers by it) and (when known) device ID,
        /// typed. The month is recorded with the recorder.
        case serial(serial: String, model: String, deviceID: String?, produced: String)
        /// More cameras (``RegistrationRequest/cameras``) for a recorder
        /// already registered to the account.
        case addCameras(serial: String)
        /// Camera-direct cameras (``RegistrationRequest/cameras``), no recorder.
        case direct
    }

    /// What the user gave, for the result: a file name, the typed text.
    public let input: String
    public let kind: Kind
    /// The cameras for this input alone (a recorder's, or those added); nil
    /// for the request's ``RegistrationRequest/cameras``.
    public let cameras: Int?

    public init(input: String, kind: Kind, cameras: Int? = nil) {
        self.input = input
        self.kind = kind
        self.cameras = cameras
    }
}

/// A registration: devices for one account, each registered in its own
/// transaction (a recorder and its cameras all or nothing), with a result each.
public struct RegistrationRequest: Hashable, Sendable {
    /// The account the devices are registered to.
    public var customer: EmailAddress
    public var inputs: [RegistrationInput]
    /// Cameras per recorder (or for ``RegistrationInput/Kind/addCameras(serial:)``
    /// and ``RegistrationInput/Kind/direct``), each bound to a license, unless
    /// an input gives its own (``RegistrationInput/cameras``).
    public var cameras: Int
    /// The site (folder) new devices go to; created when missing.
    public var site: String
    /// Licenses to bind, in this order, to the cameras registered (the rest
    /// take the first available one: perpetual first, then term oldest first).
    public var licenses: [License.ID]

    /// The site new devices go to unless the request names one.
    public static let defaultSite = "default"
    /// The most cameras one input may register (an edge storage unit takes at most 64).
    public static let maximumCameras = 64

    public init(
        customer: EmailAddress, inputs: [RegistrationInput], cameras: Int = 1, site: String = RegistrationRequest.defaultSite,
        licenses: [License.ID] = []
    ) {
        self.customer = customer
        self.inputs = inputs
        self.cameras = cameras
        self.site = site
        self.licenses = licenses
    }
}
