import Crypto
import CryptoExtras
import Foundation

/// Hashes secrets with scrypt (swift-crypto's `KDF.Scrypt`) and a random salt,
/// and checks a secret against a hash in constant time.
///
/// Passwords, activation-card encryption IDs and claim codes are stored only
/// as these hashes. The cost is a setting: strong by default, tiny in tests.
///
/// ```swift
/// let hasher = SecretHasher(cost: .passwords)
/// let hash = try hasher.hash("correct horse")
/// hasher.verify("correct horse", against: hash)  // true
/// ```
public struct SecretHasher: Sendable {
    /// scrypt's parameters: memory and time grow with `2^log2N × blockSize`.
    public struct Cost: Hashable, Sendable {
        /// log2 of scrypt's N (rounds).
        public let log2N: Int
        /// scrypt's r.
        public let blockSize: Int
        /// scrypt's p.
        public let parallelism: Int

        public init(log2N: Int, blockSize: Int, parallelism: Int) {
            self.log2N = log2N
            self.blockSize = blockSize
            self.parallelism = parallelism
        }

        /// For passwords: N = 2^15, r = 8, p = 1 (32 MiB; about a tenth of a second).
        public static let passwords = Cost(log2N: 15, blockSize: 8, parallelism: 1)
        /// For short identifiers checked in batches (encryption IDs, claim codes):
        /// N = 2^12, r = 8, p = 1 (4 MiB; a few milliseconds each).
        public static let identifiers = Cost(log2N: 12, blockSize: 8, parallelism: 1)
        /// For tests only: as cheap as scrypt allows.
        public static let minimal = Cost(log2N: 1, blockSize: 1, parallelism: 1)
    }

    /// The cost new hashes are made at.
    public let cost: Cost

    public init(cost: Cost) {
        self.cost = cost
    }

    /// A new salted hash of `secret` (its UTF-8 bytes, Unicode-normalized to NFC).
    public func hash(_ secret: String) throws -> SecretHash {
        let salt = SymmetricKey(size: .bits128).withUnsafeBytes { Array($0) }
        return SecretHash(cost: cost, salt: salt, digest: try derive(secret, salt: salt, cost: cost))
    }

    /// Whether `secret` is the one `hash` was made from; compares in constant time.
    public func verify(_ secret: String, against hash: SecretHash) -> Bool {
        guard let derived = try? derive(secret, salt: hash.salt, cost: hash.cost), derived.count == hash.digest.count
        else { return false }
        var difference: UInt8 = 0
        for index in derived.indices {
            difference |= derived[index] ^ hash.digest[index]
        }
        return difference == 0
    }

    private func derive(_ secret: String, salt: [UInt8], cost: Cost) throws -> [UInt8] {
        let bytes = Array(secret.precomposedStringWithCanonicalMapping.utf8)
        let key = try KDF.Scrypt.deriveKey(
            from: bytes, salt: salt, outputByteCount: 32, rounds: 1 << cost.log2N, blockSize: cost.blockSize,
            parallelism: cost.parallelism)
        return key.withUnsafeBytes { Array($0) }
    }
}
