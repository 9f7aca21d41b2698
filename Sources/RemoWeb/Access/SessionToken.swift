import Crypto
import Foundation

/// A session's secret: 32 random bytes from the system's generator, as
/// base64url in the cookie. Its `description` never shows it, so a session
/// that reaches a log line leaves no usable secret there.
public struct SessionToken: Hashable, Sendable, CustomStringConvertible {
    /// The cookie value.
    public let value: String

    public init(value: String) {
        self.value = value
    }

    /// A new token.
    public static func make() -> SessionToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return SessionToken(value: text)
    }

    /// What a store keeps: the SHA-256 of the token, in hex (a stolen store holds no live session).
    public var hashed: String {
        SHA256.hash(data: Data(value.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    public var description: String { "session(…)" }
}
