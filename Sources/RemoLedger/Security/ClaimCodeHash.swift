import Crypto
public import RemoCore

/// What the manifest keeps of a claim code: SHA-256 of
/// `REMO-CLAIM:1:<serial>:<claim code>` (``RemoCore/ClaimCode/hashInput(serial:)``),
/// written `sha256:<64 hexadecimal digits>`.
///
/// **Decision** (docs/decisions.md, "Claim-code hash"): one SHA-256, not scrypt.
/// A claim code is 60 bits from a keyed generator, not a password a person
/// chooses: finding one from its hash takes 2^59 SHA-256 on average for each
/// unit (the serial is in the input, so no work serves two units), about 300
/// days of a high-end GPU per unit. scrypt at the identifiers' cost takes about
/// 25 ms a hash on the reference machine, two minutes for a 10,000-label batch,
/// which the batch's 10-second goal cannot afford.
public struct ClaimCodeHash: Hashable, Sendable, LosslessStringConvertible {
    /// The 32 bytes of the digest.
    public let digest: [UInt8]

    /// The hash of a unit's claim code.
    public init(claimCode: ClaimCode, serial: SerialNumber) {
        digest = Array(SHA256.hash(data: claimCode.hashInput(serial: serial)))
    }

    /// Reads the stored form; nil when it is not one.
    public init?(_ description: String) {
        let prefix = "sha256:"
        guard description.hasPrefix(prefix) else { return nil }
        let hex = Array(description.utf8.dropFirst(prefix.utf8.count))
        guard hex.count == 64 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        var index = 0
        while index < hex.count {
            guard let high = ClaimCodeHash.nibble(hex[index]), let low = ClaimCodeHash.nibble(hex[index + 1]) else {
                return nil
            }
            bytes.append(high << 4 | low)
            index += 2
        }
        digest = bytes
    }

    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var text = Array("sha256:".utf8)
        text.reserveCapacity(text.count + 2 * digest.count)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether `claimCode` is the code of `serial` this hash was made from,
    /// compared in constant time.
    public func matches(_ claimCode: ClaimCode, serial: SerialNumber) -> Bool {
        let other = ClaimCodeHash(claimCode: claimCode, serial: serial).digest
        guard other.count == digest.count else { return false }
        var difference: UInt8 = 0
        for index in digest.indices { difference |= digest[index] ^ other[index] }
        return difference == 0
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}

extension String {
    /// The string with leading zeros up to `length` characters.
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
