import Foundation
import RemoCore
import RemoDocuments
import RemoImaging

/// The second reading of a label batch: the accepted rows' labels made a page
/// at a time on the press's pool while the file is read on, checked, their
/// pages written to the sheets' PDF in order and their files staged as they
/// come, and each label kept in a scratch file of the output folder
/// (``LabelBatchRun/Spooled``) for the transaction that records the batch.
///
/// The pool is kept a few pages ahead (``pagesAhead``): while it makes them,
/// this task reads the next rows and writes the finished pages, so neither
/// waits for the other. Memory holds those pages and a chunk of rows, whatever
/// the batch's size.
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

    typealias Pages = ThrowingTaskGroup<LabelPress.Page, any Error>

    let request: LabelBatchRequest
    private(set) var staged: StagedOutput
    private let press: LabelPress
    private let pdf: PDFWriter
    private let spool: LineFile.Writer
    private let progress: any BatchProgress
    /// Rows accepted by the first reading: the progress's total.
    private let total: Int
    /// Pages given to the pool and not yet written: 4 per thread.
    private let pagesAhead: Int
    /// Accepted rows not yet on a page.
    private var pending: [LabelPlan.Row] = []
    /// The rows of each page given to the pool and not yet written, by page.
    private var submitted: [Int: [LabelPlan.Row]] = [:]
    /// Pages made and waiting for the ones before them, by page.
    private var finished: [Int: LabelPress.Page] = [:]
    /// Pages given to the pool; pages written (the next to write).
    private var pages = 0
    private var written = 0
    private var labels = 0
    private var checked = 0
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
        pagesAhead = max(1, press.pool.threads) * 4
    }

    /// Reads the units file (`run`'s second reading) and makes the labels of
    /// its accepted rows; ends the PDF and the scratch file.
    ///
    /// - Throws: ``LabelBatchError/manifestChanged(serial:)`` for a row refused
    ///   now that the first reading accepted (without `skipInvalid`: the manifest
    ///   changed meanwhile); what reading the file and making the labels throw.
    mutating func make(reading run: inout LabelBatchRun) async throws -> Made {
        try await withThrowingTaskGroup(of: LabelPress.Page.self) { group in
            let perPage = request.layout.labelsPerPage
            try await run.read(.make) { plan in
                for row in plan.rows {
                    if row.status?.isAccepted ?? false {
                        pending.append(row)
                    } else if !request.skipInvalid {
                        throw LabelBatchError.manifestChanged(serial: row.serialText)
                    }
                }
                var start = 0
                while pending.count - start >= perPage {
                    try await submit(Array(pending[start..<(start + perPage)]), to: &group)
                    start += perPage
                }
                pending.removeFirst(start)
            }
            if !pending.isEmpty { try await submit(pending, to: &group) }
            pending = []
            while let page = try await group.next() { try receive(page) }
        }
        try spool.finish()
        if failures.isEmpty { try pdf.finish() }
        return Made(staged: staged, spool: spool.path, labels: labels, fresh: fresh, failures: failures)
    }

    /// Removes everything staged.
    func discard() {
        staged.discard()
    }

    /// Gives a page of rows to the pool, once fewer than ``pagesAhead`` pages wait.
    private mutating func submit(_ rows: [LabelPlan.Row], to group: inout Pages) async throws {
        while pages - written >= pagesAhead, let page = try await group.next() { try receive(page) }
        let payloads = try rows.map { row in
            (row: row.line, payload: try RecorderPayload(unit: row.unit!, claimCode: row.claimCode!))
        }
        let (press, index, first, files) = (self.press, pages, labels, request.labelFiles)
        group.addTask { try await press.page(payloads, index: index, firstLabel: first, files: files) }
        submitted[index] = rows
        pages += 1
        labels += rows.count
    }

    /// Takes a page the pool made; writes it and those after it that wait, in order.
    private mutating func receive(_ page: LabelPress.Page) throws {
        checked += page.labels.count
        progress.advance(to: checked, of: max(total, checked))
        failures.merge(page.failures) { first, _ in first }
        finished[page.index] = page
        while let next = finished.removeValue(forKey: written), let rows = submitted.removeValue(forKey: written) {
            written += 1
            // When a label fails, nothing more is written: the batch records nothing.
            guard failures.isEmpty else { continue }
            try write(next, rows: rows)
        }
    }

    /// Writes a page to the PDF, its label files to the staged folder and its labels to the scratch file.
    private mutating func write(_ page: LabelPress.Page, rows: [LabelPlan.Row]) throws {
        try pdf.add(try LabelPress.sheet(page.labels, layout: request.layout))
        for (offset, label) in page.labels.enumerated() {
            let row = rows[offset]
            if let format = request.labelFiles {
                try staged.stage(page.labelFiles[offset], as: "\(format.rawValue)/\(row.unit!.serial.rawValue).\(format.rawValue)")
            }
            if row.status != .reprinted { fresh += 1 }
            try spool.write(LabelBatchRun.Spooled(row: row, frame: label.frame).text)
        }
    }
}
