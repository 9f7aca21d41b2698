public import Foundation
public import RemoCore

/// A license bound to a camera from one day, until the binding ends (a move, a
/// failed camera's license re-applied): bound from ``boundOn`` up to the day
/// before ``unboundOn``. A license has at most one binding that
/// has not ended; a camera may have several (an expired license and its renewal).
public struct Binding: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<Binding>

    /// How a binding came about.
    public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
        /// At the camera's registration.
        case registration
        /// Automatically, the day after the camera's license expired (P6).
        case automatic
        /// By hand, naming the license.
        case manual
        /// A term license moved from another camera of the account (振替), or a
        /// perpetual one within 30 days.
        case move
        /// A failed camera's perpetual license re-applied to its replacement.
        case reapplication
    }

    public let id: ID
    public let licenseID: License.ID
    public let cameraID: Camera.ID
    /// The first day the license is bound to the camera.
    public let boundOn: CalendarDate
    /// The first day it is no longer bound (the day of a move), when the binding has ended.
    public let unboundOn: CalendarDate?
    public let method: Method
    public let at: Date

    public init(
        id: ID, licenseID: License.ID, cameraID: Camera.ID, boundOn: CalendarDate, unboundOn: CalendarDate?,
        method: Method, at: Date
    ) {
        self.id = id
        self.licenseID = licenseID
        self.cameraID = cameraID
        self.boundOn = boundOn
        self.unboundOn = unboundOn
        self.method = method
        self.at = at
    }

    /// Whether the binding still holds (it has not ended).
    public var isCurrent: Bool { unboundOn == nil }
}
