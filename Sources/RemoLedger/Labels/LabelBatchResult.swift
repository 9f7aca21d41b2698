public import RemoDocuments

/// What a `remo labels make` run did: a result per row; the sheets, the manifest
/// and the label files when it succeeded.
public struct LabelBatchResult: Hashable, Sendable {
    /// Every row of the units file, in file order.
    public let rows: [LabelRow]
    /// The batch recorded, or nil when nothing new was labeled (or nothing was made).
    public let batch: LabelBatch.ID?
    /// The layout.
    public let layout: LabelLayout
    /// The encoding the units file was read in.
    public let encoding: SpreadsheetEncoding
    /// The files made, under their final names: the sheets' PDF, the manifest CSV, the label files.
    public let files: [String]
    /// The label sheets' PDF, when made.
    public let pdf: String?
    /// The manifest CSV, when made.
    public let manifest: String?
    /// Pages in the PDF.
    public let pages: Int
    /// Labels rasterized and decoded back before anything was committed.
    public let verified: Int
    /// Whether the label key file was made by this run.
    public let keyCreated: Bool
    /// Whether the run only said what it would do (``LabelBatchRequest/dryRun``).
    public let dryRun: Bool

    /// Whether the run made its labels (or, in a dry run, would make them):
    /// every row accepted or skipped, and at least one labeled.
    public var succeeded: Bool {
        (dryRun ? wouldLabel : labeled) > 0 && rows.allSatisfy { $0.status.isAccepted || $0.skipped }
    }
    /// Rows a run would label: accepted and not skipped.
    public var wouldLabel: Int { rows.filter { $0.status.isAccepted && !$0.skipped }.count }
    /// Rows labeled (new, reissued, reprinted).
    public var labeled: Int { rows.filter { $0.page != nil }.count }
    /// How many rows have a status code.
    public func count(_ code: String) -> Int { rows.filter { $0.status.code == code && !$0.skipped }.count }
    /// Rows left out by `--skip-invalid`.
    public var skipped: Int { rows.filter(\.skipped).count }
}
