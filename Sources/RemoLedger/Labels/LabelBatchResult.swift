public import RemoDocuments

/// What a `remo labels make` run did: the counts of its rows, the first rows
/// refused or skipped, the sheets, the manifest and the label files when it
/// succeeded. Every row's own result went to the ``LabelRowSink`` the batch was
/// given, as it was decided; ``rows`` holds them only when the batch collected
/// them (``Ledger/makeLabels(_:by:progress:)``).
public struct LabelBatchResult: Hashable, Sendable {
    /// How many rows the text for people lists (``noted``).
    public static let notedLimit = 100

    /// Every row of the units file, in file order, when collected; empty when
    /// the rows went to a sink.
    public let rows: [LabelRow]
    /// The first ``notedLimit`` rows refused or skipped (in a dry run, every
    /// row), in file order.
    public let noted: [LabelRow]
    /// How many rows were noted (``noted`` holds the first of them).
    public let notedCount: Int
    /// Rows in the units file.
    public let rowCount: Int
    /// Rows labeled (new, reissued, reprinted).
    public let labeled: Int
    /// Rows a run would label: accepted and not skipped.
    public let wouldLabel: Int
    /// Rows left out by `--skip-invalid`.
    public let skipped: Int
    /// Rows refused and not skipped.
    public let refused: Int
    /// Rows by status code (``LabelRow/Status/code``), skipped rows left out.
    public let counts: [String: Int]
    /// The batch recorded, or nil when nothing new was labeled (or nothing was made).
    public let batch: LabelBatch.ID?
    /// The layout.
    public let layout: LabelLayout
    /// The encoding the units file was read in.
    public let encoding: SpreadsheetEncoding
    /// The files made, under their final names: the label files, the manifest CSV, the sheets' PDF.
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
    public var succeeded: Bool { (dryRun ? wouldLabel : labeled) > 0 && refused == 0 }
    /// How many rows (not skipped) have a status code.
    public func count(_ code: String) -> Int { counts[code] ?? 0 }
}

/// Where a label batch puts each row's result, in file order, as it is decided
/// (after the batch is recorded, or refused): the command line writes each as
/// JSON, a test collects them.
public protocol LabelRowSink {
    /// One row's result.
    func row(_ row: LabelRow) throws
}

/// A sink that keeps every row (for a caller that wants them all at once).
public final class CollectedLabelRows: LabelRowSink {
    /// The rows so far, in file order.
    public private(set) var rows: [LabelRow] = []

    public init() {}

    public func row(_ row: LabelRow) throws { rows.append(row) }
}
