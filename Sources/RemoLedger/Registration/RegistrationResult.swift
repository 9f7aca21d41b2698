public import RemoCore

/// One device of a registration request (or a group of cameras), and what
/// became of it.
public struct RegistrationItem: Hashable, Sendable {
    /// What became of it. Only ``registered`` and ``alreadyRegistered`` are success.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case registered
        case alreadyRegistered = "already-registered"
        case ownedElsewhere = "owned-elsewhere"
        case notInManifest = "not-in-manifest"
        case wrongClaimCode = "wrong-claim-code"
        case preQRUnit = "pre-qr-unit"
        /// A unit typed by its serial with a production month from July 2024 on:
        /// it has a QR label and registers by it.
        case qrUnit = "qr-unit"
        case noLicense = "no-license"
        case unreadable
        case invalidPayload = "invalid-payload"
        case siteLimit = "site-limit"
        /// Cameras for a recorder that is not registered to the account.
        case unknownRecorder = "unknown-recorder"
        /// Too many wrong claim codes by this user or from this address: not checked.
        case tooManyAttempts = "too-many-attempts"
        /// The database failed (a full disk, a lock held too long) in this input's
        /// transaction: nothing of it was changed, and the batch stopped here.
        case storeFailed = "store-failed"
        /// Not tried: the database failed on an earlier input of the batch.
        case notTried = "not-tried"

        /// The machine spelling (JSON).
        public var code: String { rawValue }
        public var isAccepted: Bool { self == .registered || self == .alreadyRegistered }
        /// Whether the input was left undone because the database failed, not refused for what it is.
        public var isStoreFailure: Bool { self == .storeFailed || self == .notTried }
    }

    /// A camera of the device and the license bound to it (nil when none is).
    public struct CameraLicense: Hashable, Sendable {
        public let camera: Camera.ID
        public let license: License.ID?
    }

    /// The input as given (the first one, when the same label was given again).
    public let input: String
    /// Later inputs that named the same unit (a label seen in two photos counts once).
    public internal(set) var alsoIn: [String]
    /// How the device was identified; nil for camera-direct cameras and unreadable input.
    public let method: RecorderRegistration.Method?
    /// The unit's serial number, when the input named one.
    public let serial: SerialNumber?
    public let status: Status
    /// What happened and what to do, for people.
    public let message: Message
    /// The device's cameras and their licenses (registered now, or before).
    public let cameras: [CameraLicense]
    /// For ``Status/noLicense``: how many licenses are missing and the perpetual packs that cover them.
    public let plan: PackPlan?

    init(
        input: String, method: RecorderRegistration.Method?, serial: SerialNumber?, status: Status, message: Message,
        cameras: [CameraLicense] = [], plan: PackPlan? = nil
    ) {
        self.input = input
        self.alsoIn = []
        self.method = method
        self.serial = serial
        self.status = status
        self.message = message
        self.cameras = cameras
        self.plan = plan
    }

    /// The licenses missing, for ``Status/noLicense``.
    public var missing: Int? { plan?.needed }
}

/// What a registration did: a result per device, in input order.
///
/// When the database failed during the batch, the items before the failing
/// one are what was committed, the failing one is ``RegistrationItem/Status/storeFailed``
/// (with the store's message) and the later ones that needed the database
/// ``RegistrationItem/Status/notTried``; ``storeFailure`` is the store's error.
public struct RegistrationResult: Hashable, Sendable {
    public let items: [RegistrationItem]
    /// The database's failure that stopped the batch; nil when it did not fail.
    public let storeFailure: LedgerStoreError?

    init(items: [RegistrationItem], storeFailure: LedgerStoreError? = nil) {
        self.items = items
        self.storeFailure = storeFailure
    }

    /// Whether nothing was refused and the database did not fail.
    public var succeeded: Bool { items.allSatisfy(\.status.isAccepted) }

    public func count(_ status: RegistrationItem.Status) -> Int { items.filter { $0.status == status }.count }

    /// The inputs refused for what they are (not those the database failure left undone).
    public var refused: Int { items.filter { !$0.status.isAccepted && !$0.status.isStoreFailure }.count }

    /// One line for people: how many registered, already registered and
    /// refused, and how many the database failure left undone.
    public var summary: Message {
        let (registered, inputs, already) = (count(.registered), items.count, count(.alreadyRegistered))
        guard storeFailure != nil else {
            return RegistrationText.summary([
                "registered": .integer(registered), "inputs": .integer(inputs), "already": .integer(already),
                "refused": .integer(refused),
            ])
        }
        return RegistrationText.summaryStoreFailed([
            "registered": .integer(registered), "inputs": .integer(inputs), "already": .integer(already),
            "refused": .integer(refused), "undone": .integer(items.filter(\.status.isStoreFailure).count),
        ])
    }
}
