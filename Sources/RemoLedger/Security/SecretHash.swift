import Foundation

/// A secret (a password, an encryption ID, a claim code) as a salted scrypt
/// hash, with the cost it was made at, so that a later change of cost still
/// verifies old hashes.
///
/// Written as `scrypt$ln=15,r=8,p=1$<salt, base64>$<hash, base64>` (the PHC
/// string format's shape), which is how stores keep it.
public struct SecretHash: Hashable, Sendable, LosslessStringConvertible {
    /// The scrypt parameters it was made with.
    public let cost: SecretHasher.Cost
    /// The random salt.
    public let salt: [UInt8]
    /// The derived key.
    public let digest: [UInt8]

    public init(cost: SecretHasher.Cost, salt: [UInt8], digest: [UInt8]) {
        self.cost = cost
        self.salt = salt
        self.digest = digest
    }

    /// Parses the stored form; nil when it is not one.
    public init?(_ description: String) {
        let fields = description.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[0] == "scrypt" else { return nil }
        var values: [Substring: Int] = [:]
        for pair in fields[1].split(separator: ",") {
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let value = Int(parts[1]) else { return nil }
            values[parts[0]] = value
        }
        guard let log2N = values["ln"], let r = values["r"], let p = values["p"], (1...30).contains(log2N),
            r > 0, p > 0, let salt = Data(base64Encoded: String(fields[2])).map(Array.init),
            let digest = Data(base64Encoded: String(fields[3])).map(Array.init),
            !salt.isEmpty, !digest.isEmpty
        else { return nil }
        self.init(cost: SecretHasher.Cost(log2N: log2N, blockSize: r, parallelism: p), salt: salt, digest: digest)
    }

    public var description: String {
        "scrypt$ln=\(cost.log2N),r=\(cost.blockSize),p=\(cost.parallelism)$\(Data(salt).base64EncodedString())$\(Data(digest).base64EncodedString())"
    }
}
