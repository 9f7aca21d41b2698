/// How a camera reaches the service, which decides the license it needs (P4).
///
/// A license's connection type must match its camera's.
public enum Connection: String, CaseIterable, Codable, Hashable, Sendable {
    /// Through an edge storage unit (a recorder).
    case edgeStorage = "edge-storage"
    /// Directly, recording to the camera's SD card; up to 2 cameras per site.
    case cameraDirect = "camera-direct"

    /// The name for people: "edge storage" / 「エッジストレージ」.
    public var name: Message {
        switch self {
        case .edgeStorage: LicenseText.connectionEdgeStorage()
        case .cameraDirect: LicenseText.connectionCameraDirect()
        }
    }
}
