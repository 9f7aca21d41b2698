import Crypto
public import RemoCore

/// The warehouse's secret label key: claim codes are derived from it, so the
/// same unit gets the same claim code every time its label is printed, while
/// the database holds only the codes' hashes.
///
/// **Decision** (docs/decisions.md, "Claim codes and re-runs"): a unit's claim
/// code is HMAC-SHA256(key, `REMO-CLAIM-CODE:1:<serial>:<generation>`), its
/// first 8 bytes read as ``RemoCore/ClaimCode/init(randomBytes:)`` reads random
/// bytes (60 bits). The key is 32 bytes from the system's secure generator,
/// kept in a file outside the database (``LabelKeyFile``): a stolen database
/// holds hashes only, and cannot make a label. `--reissue` raises the
/// generation, which gives a new, unrelated code.
public struct LabelKey: Hashable, Sendable {
    /// The key's length in bytes.
    public static let length = 32

    /// The secret.
    let bytes: [UInt8]

    /// A key from its bytes.
    ///
    /// - Precondition: ``length`` bytes.
    public init(bytes: [UInt8]) {
        precondition(bytes.count == LabelKey.length, "a label key is 32 bytes")
        self.bytes = bytes
    }

    /// A new key from the system's cryptographically secure generator.
    public static func generate() -> LabelKey {
        LabelKey(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
    }

    /// The key's public name, kept with each batch so that a batch can tell which
    /// key made it: 16 hexadecimal digits of SHA-256 of `REMO-LABEL-KEY-ID:1:`
    /// and the key (it tells nothing about the key).
    public var id: String {
        let digest = SHA256.hash(data: Array("REMO-LABEL-KEY-ID:1:".utf8) + bytes)
        return digest.prefix(8).map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    /// The claim code of a unit's label of a generation (1 for the first label,
    /// one more for each reissue).
    public func claimCode(serial: SerialNumber, generation: Int) -> ClaimCode {
        let message = Array("REMO-CLAIM-CODE:1:\(serial.rawValue):\(generation)".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: bytes))
        return ClaimCode(randomBytes: Array(mac.prefix(8)))
    }
}
