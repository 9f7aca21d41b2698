public import RemoCore

/// What the manifest says of a claim code given for a serial: the check
/// registration makes before it registers a recorder.
///
/// Registration (issue 6) reports ``notInManifest(_:)`` as `not-in-manifest`,
/// ``wrongClaimCode(_:)`` and ``revoked(_:current:)`` as `wrong-claim-code`
/// (the second with its own message: the label was replaced), and registers
/// only ``valid(_:)``, with the manifest entry's unit fields.
public enum ClaimCheck: Hashable, Sendable {
    /// The code is the unit's current claim code.
    case valid(ManifestEntry)
    /// No label was ever made for the serial.
    case notInManifest(SerialNumber)
    /// The unit was labeled, but this is not any of its claim codes.
    case wrongClaimCode(ManifestEntry)
    /// The code is of a label that was replaced by a reissued one (`current`).
    case revoked(ManifestEntry, current: ManifestEntry?)

    /// The machine spelling: `valid`, `not-in-manifest`, `wrong-claim-code`, `revoked`.
    public var code: String {
        switch self {
        case .valid: "valid"
        case .notInManifest: "not-in-manifest"
        case .wrongClaimCode: "wrong-claim-code"
        case .revoked: "revoked"
        }
    }

    /// What it means, for people.
    public var message: Message {
        switch self {
        case .valid(let entry): LabelBatchText.claimValid(["serial": .text(entry.unit.serial.rawValue)])
        case .notInManifest(let serial): LabelBatchText.claimNotInManifest(["serial": .text(serial.rawValue)])
        case .wrongClaimCode(let entry): LabelBatchText.claimWrongCode(["serial": .text(entry.unit.serial.rawValue)])
        case .revoked(let entry, _):
            LabelBatchText.claimRevoked([
                "serial": .text(entry.unit.serial.rawValue), "generation": .integer(entry.generation),
            ])
        }
    }
}

extension LabelReader {
    /// Checks a claim code against the manifest, inside a transaction (for a
    /// use case such as registration that checks and writes in one).
    ///
    /// Every generation's hash is compared (in constant time), so the time taken
    /// does not tell which one matched.
    ///
    /// - Parameters:
    ///   - serial: the unit, from a scanned payload or a typed registration code.
    ///   - claimCode: the claim code it came with.
    public func claimCheck(serial: SerialNumber, claimCode: ClaimCode) throws -> ClaimCheck {
        let entries = try manifestEntries(serials: [serial])[serial] ?? []
        guard !entries.isEmpty else { return .notInManifest(serial) }
        let current = entries.first(where: \.isLive)
        var matched: ManifestEntry?
        for entry in entries where entry.claimHash.matches(claimCode, serial: serial) { matched = entry }
        guard let matched else { return .wrongClaimCode(current ?? entries[entries.count - 1]) }
        return matched.isLive ? .valid(matched) : .revoked(matched, current: current)
    }
}

extension Ledger {
    /// Checks a claim code against the manifest: valid, not in the manifest,
    /// wrong, or revoked. Reads only; anyone may check.
    ///
    /// ```swift
    /// let payload = try RecorderPayload(parsing: decoded.text)
    /// switch try await ledger.checkClaimCode(payload.claimCode, serial: payload.unit.serial) { ... }
    /// let typed = try RegistrationCode("AB1234567-28T5-CY4T-QKFF-C0")
    /// try await ledger.checkClaimCode(typed.claimCode, serial: typed.serial)
    /// ```
    public func checkClaimCode(_ claimCode: ClaimCode, serial: SerialNumber) async throws -> ClaimCheck {
        try await store.read { records in try records.claimCheck(serial: serial, claimCode: claimCode) }
    }
}
