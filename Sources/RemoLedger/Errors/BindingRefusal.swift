public import RemoCore

/// Why a license could not be bound to, moved to, or re-applied to a camera.
/// (The license rules' own refusals, an expired term license and a closed
/// perpetual window, are ``RemoCore/LicenseBinding/BindingError`` and
/// ``RemoCore/PerpetualRules/Refusal``.)
public enum BindingRefusal: Error, Hashable, Sendable, MessageProviding {
    /// No license with this ID in the account.
    case unknownLicense(License.ID)
    /// The license is bound to a camera already.
    case licenseBound(License.ID, camera: Camera.ID)
    /// The license is not bound to any camera (nothing to move).
    case licenseNotBound(License.ID)
    /// The license is for the other connection type.
    case connectionMismatch(License.ID, part: String, camera: Camera.ID, connection: Connection)
    /// The camera is covered on the day already.
    case cameraCovered(Camera.ID, status: LicenseStatus)
    /// The camera was marked failed.
    case cameraFailed(Camera.ID, on: CalendarDate)
    /// The camera was not marked failed (re-application starts from a failed camera).
    case cameraNotFailed(Camera.ID)
    /// The failed camera holds no perpetual license to re-apply.
    case noPerpetualLicense(Camera.ID)
    /// The license would move to the camera it is on.
    case sameCamera(Camera.ID)
    /// No unbound, unexpired license of the camera's connection type in the account.
    case noLicense(Camera.ID, connection: Connection, buy: String)
    /// A perpetual license that was bound before is re-applied, not bound again.
    case perpetualUsed(License.ID)
    /// A type change starts from a camera on a perpetual license; this one is not.
    case notOnPerpetualLicense(Camera.ID)
    /// A type change binds a term license; this one is perpetual.
    case notTermLicense(License.ID)
    /// No unbound, unexpired term license of the camera's connection type for a type change.
    case noTermLicense(Camera.ID, connection: Connection)

    public var message: Message {
        switch self {
        case .unknownLicense(let id): LedgerText.bindingUnknownLicense(["license": .text(id.description)])
        case .licenseBound(let id, let camera):
            LedgerText.bindingLicenseBound(["license": .text(id.description), "camera": .text(camera.description)])
        case .licenseNotBound(let id): LedgerText.bindingLicenseNotBound(["license": .text(id.description)])
        case .connectionMismatch(let id, let part, let camera, let connection):
            LedgerText.bindingConnectionMismatch([
                "license": .text(id.description), "part": .text(part), "camera": .text(camera.description),
                "connection": .message(connection.name),
            ])
        case .cameraCovered(let camera, let status):
            LedgerText.bindingCameraCovered(["camera": .text(camera.description), "status": .message(status.name)])
        case .cameraFailed(let camera, let day):
            LedgerText.bindingCameraFailed(["camera": .text(camera.description), "date": .date(day)])
        case .cameraNotFailed(let camera): LedgerText.bindingCameraNotFailed(["camera": .text(camera.description)])
        case .noPerpetualLicense(let camera): LedgerText.bindingNoPerpetualLicense(["camera": .text(camera.description)])
        case .sameCamera(let camera): LedgerText.bindingSameCamera(["camera": .text(camera.description)])
        case .noLicense(let camera, let connection, let buy):
            LedgerText.bindingNoLicense([
                "camera": .text(camera.description), "connection": .message(connection.name), "part": .text(buy),
            ])
        case .perpetualUsed(let id): LedgerText.bindingPerpetualUsed(["license": .text(id.description)])
        case .notOnPerpetualLicense(let camera):
            LedgerText.bindingNotOnPerpetualLicense(["camera": .text(camera.description)])
        case .notTermLicense(let id): LedgerText.bindingNotTermLicense(["license": .text(id.description)])
        case .noTermLicense(let camera, let connection):
            LedgerText.bindingNoTermLicense(["camera": .text(camera.description), "connection": .message(connection.name)])
        }
    }
}
