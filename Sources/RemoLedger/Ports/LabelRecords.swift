public import Foundation
public import RemoCore

/// Reading the warehouse manifest: label batches and the labeled units.
public protocol LabelReader {
    /// The unit's current (not revoked) manifest entry, if it was labeled.
    func manifestEntry(serial: SerialNumber) throws -> ManifestEntry?
    /// Every entry of these serials, current and revoked, oldest generation
    /// first; serials never labeled are left out.
    func manifestEntries(serials: [SerialNumber]) throws -> [SerialNumber: [ManifestEntry]]
    /// The entries a batch made, by line.
    func manifestEntries(batch: LabelBatch.ID) throws -> [ManifestEntry]
    func labelBatch(id: LabelBatch.ID) throws -> LabelBatch?
    /// How many manifest entries each label key made, by key ID (empty when nothing was labeled).
    func labelKeyUse() throws -> [String: Int]
}

/// A unit to add to the manifest.
public struct NewManifestEntry: Hashable, Sendable {
    public let unit: RecorderUnit
    public let generation: Int
    public let claimHash: ClaimCodeHash
    public let line: Int

    public init(unit: RecorderUnit, generation: Int, claimHash: ClaimCodeHash, line: Int) {
        self.unit = unit
        self.generation = generation
        self.claimHash = claimHash
        self.line = line
    }
}

/// Adding label batches, revoking replaced labels, recording finished files.
/// A use case adds a batch, then revokes the entries it replaces, then adds its
/// entries (the store keeps one current entry per serial at every step).
public protocol LabelWriter: LabelReader {
    /// Stores a batch (its entries come next).
    func insertLabelBatch(madeOn: CalendarDate, at: Date, source: String, layout: String, keyID: String) throws
        -> LabelBatch

    /// Stores a batch's entries. The store refuses a second current entry for a
    /// serial, and a generation other than the serial's next one.
    ///
    /// - Returns: the entries, in the order given.
    func insertManifestEntries(_ entries: [NewManifestEntry], batch: LabelBatch) throws -> [ManifestEntry]

    /// Revokes current entries (their units get a new label in `batch`); the
    /// store refuses to revoke an entry twice.
    func revokeManifestEntries(_ entries: [ManifestEntry.ID], by batch: LabelBatch.ID, on day: CalendarDate, at: Date)
        throws

    /// Records that the entries' label files were finished; entries marked before keep their moment.
    func markLabelsWritten(_ entries: [ManifestEntry.ID], at: Date) throws
}
