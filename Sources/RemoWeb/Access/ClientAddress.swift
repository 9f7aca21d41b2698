public import NIOCore

/// The address a request came from, as the library's per-address attempt
/// limits count it: the peer's IP address (without its port), or `unknown`.
public struct ClientAddress: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The address of a socket peer.
    public init(_ address: SocketAddress?) {
        rawValue = address?.ipAddress ?? address?.pathname ?? "unknown"
    }

    public var description: String { rawValue }
}
