import Foundation
import RemoCore
import RemoDocuments
import RemoImaging

/// The second reading of a label batch: the accepted rows' labels made a group
/// of pages at a time, checked, their pages written to the sheets' PDF and
/// their files staged as they go, and each label kept in a scratch file of the
/// output folder (``LabelBatchRun/Spooled``) for the transaction that records
/// the batch. Memory holds one group of pages, whatever the batch's size.
struct LabelBatchMaking {
    /// What was made, for the transaction and the results.
    struct Made: Sendable {
        /// The staged files: the PDF, the label files.
        let staged: StagedOutput
        /// The scratch file of the labels.
        let spool: String
        /// Labels made.
        let labels: Int
        /// Labels new or reissued (not printed again).
        let fresh: Int
        /// Why labels did not read back, by line (nothing is recorded then).
        let failures: [Int: Message]
    }

    let request: LabelBatchRequest
    private(set) var staged: StagedOutput
    private let press: LabelPress
    private let pdf: PDFWriter
    private let spool: LineFile.Writer
    private let progress: any BatchProgress
    /// Rows accepted by the first reading: the progress's total.
    private let total: Int
    /// Labels in a group: whole pages, 4 per thread of the pool, at least 64 labels.
    private let groupSize: Int
    private var pending: [LabelPlan.Row] = []
    private var labels = 0
    private var fresh = 0
    private var failures: [Int: Message] = [:]

    /// Opens the output folder and starts the PDF and the scratch file.
    ///
    /// - Throws: ``LabelBatchError`` for the folder; ``RemoImaging/ImagingError`` for the PDF.
    init(request: LabelBatchRequest, press: LabelPress, total: Int, progress: some BatchProgress) throws {
        self.request = request
        self.press = press
        self.total = total
        self.progress = progress
        let folders = request.labelFiles.map { [$0.rawValue] } ?? []
        var staged = try StagedOutput(directory: request.output, subfolders: folders)
        do {
            pdf = try PDFWriter(path: try staged.reserve(LabelPlan.pdfName), title: request.source)
            spool = try LineFile.Writer(path: try staged.scratch("labels-made"))
        } catch {
            staged.discard()
            throw error
        }
        self.staged = staged
        let perPage = request.layout.labelsPerPage
        groupSize = perPage * max(max(1, press.pool.threads) * 4, (64 + perPage - 1) / perPage)
    }

    /// Takes a chunk of rows: its accepted ones are made once a group is full.
    ///
    /// - Throws: ``LabelBatchError/manifestChanged(serial:)`` for a row refused
    ///   now that the first reading accepted (without `skipInvalid`: the manifest
    ///   changed meanwhile); what making the labels throws.
    mutating func add(_ plan: LabelPlan) async throws {
        for row in plan.rows {
            if row.status?.isAccepted ?? false {
                pending.append(row)
            } else if !request.skipInvalid {
                throw LabelBatchError.manifestChanged(serial: row.serialText)
            }
        }
        while pending.count >= groupSize {
            try await make(Array(pending.prefix(groupSize)))
            pending.removeFirst(groupSize)
        }
    }

    /// Makes what is left, ends the PDF and the scratch file.
    mutating func finish() async throws -> Made {
        if !pending.isEmpty { try await make(pending) }
        pending = []
        try spool.finish()
        if failures.isEmpty { try pdf.finish() }
        return Made(staged: staged, spool: spool.path, labels: labels, fresh: fresh, failures: failures)
    }

    /// Removes everything staged.
    func discard() {
        staged.discard()
    }

    private mutating func make(_ rows: [LabelPlan.Row]) async throws {
        let payloads = try rows.map { row in
            (row: row.line, payload: try RecorderPayload(unit: row.unit!, claimCode: row.claimCode!))
        }
        var checked = labels
        let progress = self.progress
        let total = self.total
        let made = try await press.make(
            payloads, firstLabel: labels, pdf: failures.isEmpty ? pdf : nil, files: request.labelFiles,
            progress: { count in
                checked += count
                progress.advance(to: checked, of: max(total, checked))
            })
        failures.merge(made.failures) { first, _ in first }
        labels += rows.count
        guard failures.isEmpty else { return }
        for (offset, label) in made.labels.enumerated() {
            let row = rows[offset]
            if let format = request.labelFiles {
                try staged.stage(made.labelFiles[offset], as: "\(format.rawValue)/\(row.unit!.serial.rawValue).\(format.rawValue)")
            }
            if row.status != .reprinted { fresh += 1 }
            try spool.write(LabelBatchRun.Spooled(row: row, frame: label.frame).text)
        }
    }
}
