public import RemoCore

/// Why a device use case refused.
public enum DeviceError: Error, Hashable, Sendable, MessageProviding {
    /// No recorder with this ID in the account.
    case unknownRecorder(Recorder.ID)
    /// No camera with this ID in the account.
    case unknownCamera(Camera.ID)
    /// A camera-direct camera cannot connect through a recorder.
    case directCameraOnRecorder
    /// `cameras` more camera-direct cameras would pass the site's limit.
    case siteLimit(site: String, present: Int, cameras: Int, limit: Int)

    public var message: Message {
        switch self {
        case .unknownRecorder(let id): LedgerText.deviceUnknownRecorder(["id": .text(id.description)])
        case .unknownCamera(let id): LedgerText.deviceUnknownCamera(["id": .text(id.description)])
        case .directCameraOnRecorder: LedgerText.deviceDirectCameraOnRecorder()
        case .siteLimit(let site, let present, let cameras, let limit):
            LedgerText.deviceSiteLimit([
                "site": .text(site), "present": .integer(present), "cameras": .integer(cameras), "limit": .integer(limit),
            ])
        }
    }
}
