public import RemoCore

/// How, when and by whom a recorder was registered to its account, as the
/// provisioning report shows it ("registered", "registeredBy", "method").
///
/// The store fills it through ``ReportReader/recorderRegistrations(of:)``. Until
/// registration (issue 6) records more, only the day is known (the day the
/// recorder was added); ``registeredBy`` and ``method`` are nil, and the
/// report says so. Registration fills them by changing the store side only.
public struct RecorderRegistration: Hashable, Sendable {
    /// How a recorder was registered.
    public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
        /// From a photo of its QR label.
        case photo
        /// By the registration code printed beside the QR, typed.
        case code
        /// By its serial number, typed (units made before QR labels, 2024-07).
        case serial

        /// The method for people: "QR photo" / 「QRコード写真」.
        public var name: Message {
            switch self {
            case .photo: ReportText.methodPhoto()
            case .code: ReportText.methodCode()
            case .serial: ReportText.methodSerial()
            }
        }
    }

    /// The day it was registered.
    public let registeredOn: CalendarDate
    /// Who registered it, as the audit log names an actor (a partner code, an
    /// address); nil when not recorded.
    public let registeredBy: String?
    /// How it was registered; nil when not recorded.
    public let method: Method?

    public init(registeredOn: CalendarDate, registeredBy: String? = nil, method: Method? = nil) {
        self.registeredOn = registeredOn
        self.registeredBy = registeredBy
        self.method = method
    }
}
