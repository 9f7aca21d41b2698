public import Foundation
public import RemoCore

/// One labeled unit in the warehouse manifest: the unit, the generation of its
/// label, and the hash of its claim code (the code itself exists only on the
/// label). A reissued label is a new entry of the next generation; the one it
/// replaces is revoked.
///
/// Registration (issue 6) looks a unit up by serial: see
/// ``Ledger/checkClaimCode(_:serial:)`` and ``LabelReader/claimCheck(serial:claimCode:)``.
public struct ManifestEntry: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<ManifestEntry>

    /// When and by which batch a label was revoked (replaced by a reissue).
    public struct Revocation: Hashable, Sendable {
        /// The batch that reissued the unit's label.
        public let batchID: LabelBatch.ID
        public let on: CalendarDate
        public let at: Date

        public init(batchID: LabelBatch.ID, on: CalendarDate, at: Date) {
            self.batchID = batchID
            self.on = on
            self.at = at
        }
    }

    public let id: ID
    /// The batch that made the label.
    public let batchID: LabelBatch.ID
    /// The key the batch's claim codes were made with (``LabelKey/id``).
    public let keyID: String
    /// The unit as its row in the units file gave it.
    public let unit: RecorderUnit
    /// 1 for a unit's first label, one more for each reissue.
    public let generation: Int
    /// The claim code's hash.
    public let claimHash: ClaimCodeHash
    /// The line of the units file the unit was on.
    public let line: Int
    /// Set when the label was replaced by a reissued one: its claim code no longer registers.
    public let revocation: Revocation?
    /// When the label's files were finished (written under their final names);
    /// nil when the batch was interrupted after it was committed and before
    /// that, until a run prints the label again.
    public let written: Date?

    public init(
        id: ID, batchID: LabelBatch.ID, keyID: String, unit: RecorderUnit, generation: Int, claimHash: ClaimCodeHash,
        line: Int, revocation: Revocation?, written: Date?
    ) {
        self.id = id
        self.batchID = batchID
        self.keyID = keyID
        self.unit = unit
        self.generation = generation
        self.claimHash = claimHash
        self.line = line
        self.revocation = revocation
        self.written = written
    }

    /// Whether this is the unit's current label (not revoked).
    public var isLive: Bool { revocation == nil }
}
