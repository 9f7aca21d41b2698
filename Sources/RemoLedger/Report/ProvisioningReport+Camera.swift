public import RemoCore

extension ProvisioningReport {
    /// An edge storage unit and the cameras connected through it.
    public struct Recorder: Hashable, Sendable {
        public let id: RemoLedger.Recorder.ID
        public let serial: String
        public let model: String
        /// The device ID (機器ID番号), when known.
        public let deviceID: String?
        /// When, how and by whom it was registered.
        public let registration: RecorderRegistration
        /// Its cameras, by ID.
        public let cameras: [Camera]

        public init(
            id: RemoLedger.Recorder.ID, serial: String, model: String, deviceID: String?,
            registration: RecorderRegistration, cameras: [Camera]
        ) {
            self.id = id
            self.serial = serial
            self.model = model
            self.deviceID = deviceID
            self.registration = registration
            self.cameras = cameras
        }
    }

    /// A camera, the license that covers it, and where it stands on the report's day.
    public struct Camera: Hashable, Sendable {
        public let id: RemoLedger.Camera.ID
        public let name: String
        /// The site (folder) it is in.
        public let site: String
        /// The serial of the recorder it connects through, if any.
        public let recorder: String?
        public let connection: Connection
        /// The day it was added to the account.
        public let added: CalendarDate
        /// The day it was marked failed, if on or before the report's day.
        public let failed: CalendarDate?
        /// The license bound to it on the day: the one that covers it, else the
        /// last one bound (an expired license stays bound); nil when none is.
        public let license: LicenseLine?
        /// Free, active, expiring, expired, perpetual or unlicensed on the day.
        public let status: LicenseStatus
        /// Days to the last covered day (0 on it); nil when not covered or perpetual.
        public let daysLeft: Int?

        public init(
            id: RemoLedger.Camera.ID, name: String, site: String, recorder: String?, connection: Connection,
            added: CalendarDate, failed: CalendarDate?, license: LicenseLine?, status: LicenseStatus, daysLeft: Int?
        ) {
            self.id = id
            self.name = name
            self.site = site
            self.recorder = recorder
            self.connection = connection
            self.added = added
            self.failed = failed
            self.license = license
            self.status = status
            self.daysLeft = daysLeft
        }

        /// How much the camera needs attention, for marking it.
        public var attention: Attention {
            switch status {
            case .unlicensed, .expired: .notCovered
            case .expiring: .expiring
            case .free, .active, .perpetual: .none
            }
        }
    }

    /// How much a camera needs attention: unlicensed and expired cameras do not
    /// work remotely; expiring ones stop within ``RemoCore/Coverage/expiringWithin`` days.
    public enum Attention: Hashable, Sendable {
        case none
        case expiring
        case notCovered
    }

    /// A license as the report shows it: part number, type, license or card ID, dates.
    public struct LicenseLine: Hashable, Sendable {
        public let id: License.ID
        public let product: Product
        /// The activation card it came from (起動ID番号), for a perpetual license.
        public let card: ActivationID?
        /// The day it was assigned to the account.
        public let assigned: CalendarDate
        /// A term license's free period end and expiry; nil for a perpetual one.
        public let dates: TermDates?

        public init(id: License.ID, product: Product, card: ActivationID?, assigned: CalendarDate, dates: TermDates?) {
            self.id = id
            self.product = product
            self.card = card
            self.assigned = assigned
            self.dates = dates
        }

        /// The last day of the free period; nil for a perpetual license.
        public var freeUntil: CalendarDate? { dates?.freeUntil }
        /// The last valid day; nil for a perpetual license.
        public var expires: CalendarDate? { dates?.expires }
    }
}
