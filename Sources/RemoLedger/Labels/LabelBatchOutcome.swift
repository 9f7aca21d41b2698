import Foundation
import RemoCore
import RemoDocuments

/// The last reading of a label batch: each row's result, told to the sink in
/// file order, and the counts. A labeled row's result is its label's line of
/// the scratch file; any other row's is its check, now (refused, skipped, or
/// `valid` when the batch was refused or a label did not read back).
struct LabelBatchOutcome {
    /// What was recorded and put in place.
    struct Made {
        let batch: LabelBatch.ID?
        let pages: Int
        /// The scratch file of the labels, in file order.
        let spool: String
    }

    let request: LabelBatchRequest
    let encoding: SpreadsheetEncoding
    var keyCreated = false
    /// Why labels did not read back, by line.
    var failures: [Int: Message] = [:]
    /// The files put in place.
    var files: [String] = []
    /// Set once the batch is recorded and its files are in place.
    var made: Made?

    init(request: LabelBatchRequest, encoding: SpreadsheetEncoding) {
        self.request = request
        self.encoding = encoding
    }

    /// Reads the file once more, tells `sink` each row's result, and sums them up.
    func results(of run: inout LabelBatchRun, to sink: some LabelRowSink) async throws -> LabelBatchResult {
        let labels = try SpoolCursor(made.map(\.spool))
        var tally = Tally(dryRun: request.dryRun)
        try await run.read(.results(labeled: { try labels.hasLabel(line: $0) })) { plan in
            for row in plan.rows {
                let result: LabelRow
                if let label = try labels.take(line: row.line) {
                    result = LabelRow(
                        line: row.line, serial: row.serialText, model: row.modelText, status: label.status, skipped: false,
                        generation: label.generation, page: label.page, position: label.position)
                } else {
                    var status = row.status ?? .valid
                    if let reason = failures[row.line] {
                        status = .unreadable(reason: reason)
                    } else if status.isAccepted, !request.dryRun {
                        // A dry run says what each row would be; a refused batch labeled none.
                        status = .valid
                    }
                    let unreadable = failures[row.line] != nil
                    result = LabelRow(
                        line: row.line, serial: row.serialText, model: row.modelText, status: status,
                        skipped: request.skipInvalid && !status.isAccepted && !unreadable, generation: nil, page: nil,
                        position: nil)
                }
                try sink.row(result)
                tally.add(result)
            }
        }
        let succeeded = made != nil
        return LabelBatchResult(
            rows: [], noted: tally.noted, notedCount: tally.notedCount, rowCount: tally.rows, labeled: tally.labeled,
            wouldLabel: tally.wouldLabel, skipped: tally.skipped, refused: tally.refused, counts: tally.counts, batch: made?.batch, layout: request.layout,
            encoding: encoding, files: files, pdf: succeeded ? request.output + "/" + LabelPlan.pdfName : nil,
            manifest: succeeded ? request.output + "/" + LabelPlan.manifestName : nil, pages: made?.pages ?? 0,
            verified: succeeded ? tally.labeled : 0, keyCreated: keyCreated, dryRun: request.dryRun)
    }

    /// The counts of the rows told so far, and the first rows refused or skipped.
    private struct Tally {
        var rows = 0
        var labeled = 0
        var wouldLabel = 0
        var skipped = 0
        var refused = 0
        var counts: [String: Int] = [:]
        var noted: [LabelRow] = []
        var notedCount = 0
        /// A dry run notes every row (what would happen to it).
        let dryRun: Bool

        mutating func add(_ row: LabelRow) {
            rows += 1
            if row.page != nil { labeled += 1 }
            if row.skipped {
                skipped += 1
            } else {
                counts[row.status.code, default: 0] += 1
                if row.status.isAccepted { wouldLabel += 1 } else { refused += 1 }
            }
            if dryRun || !row.status.isAccepted || row.skipped {
                notedCount += 1
                if noted.count < LabelBatchResult.notedLimit { noted.append(row) }
            }
        }
    }
}

/// The labels of the scratch file (none when nothing was recorded), read in
/// file order as far as the rows asked about: memory holds those of a chunk of
/// rows at most.
private final class SpoolCursor {
    private let path: String
    private let reader: LineFile.Reader?
    private var ahead: [Int: LabelBatchRun.Spooled] = [:]
    private var last = Int.min

    init(_ path: String?) throws {
        self.path = path ?? ""
        reader = try path.map { try LineFile.Reader(path: $0) }
    }

    /// Whether the row on `line` has a label; lines are asked in file order.
    func hasLabel(line: Int) throws -> Bool {
        try readThrough(line)
        return ahead[line] != nil
    }

    /// The label of the row on `line`, if any, which is then forgotten.
    func take(line: Int) throws -> LabelBatchRun.Spooled? {
        try readThrough(line)
        return ahead.removeValue(forKey: line)
    }

    private func readThrough(_ line: Int) throws {
        guard let reader else { return }
        while last < line, let text = try reader.next() {
            let label = try LabelBatchRun.Spooled(text: text, path: path)
            ahead[label.line] = label
            last = label.line
        }
        if last < line { last = Int.max }
    }
}

extension LabelBatchResult {
    /// The same result with every row.
    func with(rows: [LabelRow]) -> LabelBatchResult {
        LabelBatchResult(
            rows: rows, noted: noted, notedCount: notedCount, rowCount: rowCount, labeled: labeled, wouldLabel: wouldLabel, skipped: skipped,
            refused: refused, counts: counts, batch: batch, layout: layout, encoding: encoding, files: files, pdf: pdf,
            manifest: manifest, pages: pages, verified: verified, keyCreated: keyCreated, dryRun: dryRun)
    }
}
