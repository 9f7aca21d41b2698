import Foundation
public import RemoCore
import RemoDocuments
import RemoImaging

extension Ledger {
    /// Makes a label batch from a units file (CSV with columns `model`, `serial`,
    /// `device_id`, `produced`; more columns are ignored): the label sheets' PDF,
    /// the manifest (in the database and as `manifest.csv`), and, on request, a
    /// file per label, in `request.output`. Only the local operator may.
    ///
    /// Every row is checked (with its line); units produced before July 2024 get
    /// no label. Each unit's claim code comes from the label key
    /// (``LabelKey/claimCode(serial:generation:)``), so a unit labeled before is
    /// printed again with the same code and adds nothing to the manifest, unless
    /// `reissue` gives it the next generation's code and revokes the old one.
    /// Every label is rasterized at the layout's printer resolution and decoded
    /// back before anything is recorded.
    ///
    /// All or nothing: with a refused row (and no `skipInvalid`) or a label that
    /// does not read back, nothing is written or recorded, and the result says
    /// why per row. Files are written under temporary names, the batch is
    /// recorded, then the files are renamed into place; a run killed between the
    /// two leaves the batch recorded without files, which running the same
    /// command again repairs (it prints the same labels).
    ///
    /// - Parameters:
    ///   - request: the units file, the output folder, the layout and options.
    ///   - acting: who, which day, when.
    ///   - progress: told as labels are checked.
    /// - Returns: a result per row (``LabelBatchResult/rows``), and the files made.
    /// - Throws: ``SpreadsheetTextError``, ``RemoCore/CSVError`` and
    ///   ``LabelBatchError`` for the file as a whole; ``LabelKeyError``;
    ///   ``AccessError``; ``LabelBatchError/filesNotPlaced(path:reason:)`` when the
    ///   batch was recorded but its files could not be renamed.
    public func makeLabels(_ request: LabelBatchRequest, by acting: Acting, progress: some BatchProgress = SilentProgress())
        async throws -> LabelBatchResult
    {
        let rows = CollectedLabelRows()
        let result = try await makeLabels(request, by: acting, progress: progress, rows: rows)
        return result.with(rows: rows.rows)
    }

    /// Makes a label batch as ``makeLabels(_:by:progress:)`` does, in memory
    /// bounded whatever the number of rows: the file is read a chunk of rows at
    /// a time (three times: to check every row, to make the labels, to give each
    /// row its result), the sheets' PDF and the label files are written as the
    /// labels are checked, and what is recorded waits in a scratch file of the
    /// output folder, recorded in one transaction. Each row's result goes to
    /// `sink` once the batch is recorded or refused, in file order; the result
    /// holds the counts and the first rows refused or skipped, not every row.
    ///
    /// - Parameter sink: told each row's result.
    /// - Throws: as ``makeLabels(_:by:progress:)``, and what `sink` throws.
    public func makeLabels(
        _ request: LabelBatchRequest, by acting: Acting, progress: some BatchProgress = SilentProgress(),
        rows sink: some LabelRowSink
    ) async throws -> LabelBatchResult {
        try await store.read { records in try records.resolve(acting.principal).requireOperator(for: .labelsMade) }
        let decoded = try SpreadsheetText.decode(request.units, source: request.source, encoding: request.encoding)
        try CSVReader(parsing: decoded.text).requireColumns(LabelPlan.columns)
        let keyUse = try await store.read { records in try records.labelKeyUse() }
        var run = LabelBatchRun(
            store: store, request: request, text: decoded.text, key: try LabelPlan.existingKey(for: request, keyUse: keyUse))
        var outcome = LabelBatchOutcome(request: request, encoding: decoded.encoding)

        // First reading: check every row.
        var rowCount = 0
        var accepted = 0
        try await run.read(.check) { plan in
            rowCount += plan.rows.count
            accepted += plan.rows.filter { $0.status?.isAccepted ?? false }.count
        }
        guard rowCount > 0 else { throw LabelBatchError.noUnits(source: request.source) }
        guard accepted > 0, request.skipInvalid || accepted == rowCount else {
            return try await outcome.results(of: &run, to: sink)
        }
        // A dry run stops at the check: each row's status, nothing made, no key created.
        guard !request.dryRun else { return try await outcome.results(of: &run, to: sink) }
        if run.key == nil {
            run.key = try request.keyFile.create()
            outcome.keyCreated = true
        }
        guard let key = run.key else { return try await outcome.results(of: &run, to: sink) }

        // Second reading: make, check and write the labels; then record the batch, put the files in place.
        var making = try LabelBatchMaking(
            request: request, press: LabelPress(layout: request.layout, design: try LabelDesign(layout: request.layout), pool: workPool),
            total: accepted, progress: progress)
        let made: LabelBatchMaking.Made
        do {
            made = try await making.make(reading: &run)
        } catch {
            making.discard()
            throw error
        }
        progress.finish()
        guard made.failures.isEmpty else {
            made.staged.discard()
            outcome.failures = made.failures
            return try await outcome.results(of: &run, to: sink)
        }
        // The transaction stages the manifest too; whatever it staged is discarded if it does not commit.
        let staging = StagedOutput.Shared(made.staged)
        let recorded: (batch: LabelBatch?, written: [ManifestEntry.ID])
        do {
            recorded = try await store.write { records in
                try staging.update { output in
                    try record(made: made, request: request, key: key, acting: acting, records: records, output: &output)
                }
            }
        } catch {
            staging.value.discard()
            throw error
        }
        let output = staging.value
        request.afterRecording?()
        let pdf = request.output + "/" + LabelPlan.pdfName
        defer { output.removeScratch() }
        outcome.files = try output.place(last: pdf)
        try await store.write { records in try records.markLabelsWritten(recorded.written, at: acting.now) }
        outcome.made = LabelBatchOutcome.Made(
            batch: recorded.batch?.id, pages: request.layout.pages(for: made.labels), spool: made.spool)
        return try await outcome.results(of: &run, to: sink)
    }

    /// Records the batch inside the write transaction, from the scratch file
    /// of its labels a chunk at a time: checks that the manifest did not change
    /// since it was read, adds the batch, revokes the reissued labels, adds the
    /// entries, writes the manifest CSV (under its temporary name) and the
    /// audit entries.
    private func record(
        made: LabelBatchMaking.Made, request: LabelBatchRequest, key: LabelKey, acting: Acting, records: any LedgerWriter,
        output: inout StagedOutput
    ) throws -> (batch: LabelBatch?, written: [ManifestEntry.ID]) {
        let actor = try records.resolve(acting.principal)
        try actor.requireOperator(for: .labelsMade)
        let dated = try records.dated(acting, in: settings.defaultTimeZone)
        var batch: LabelBatch?
        if made.fresh > 0 {
            batch = try records.insertLabelBatch(
                madeOn: dated.today, at: dated.now, source: request.source, layout: request.layout.name, keyID: key.id)
        }
        let manifest = try LineFile.Writer(path: try output.reserve(LabelPlan.manifestName))
        try manifest.write(ManifestCSV.headerLine)
        let spool = try LineFile.Reader(path: made.spool)
        var written: [ManifestEntry.ID] = []
        written.reserveCapacity(made.labels)
        var reissuedBefore: [String: String] = [:]
        var reissuedAfter: [String: String] = [:]
        var chunk: [LabelBatchRun.Spooled] = []

        func recordChunk() throws {
            let now = try records.manifestEntries(serials: chunk.map(\.unit.serial))
            var current: [SerialNumber: ManifestEntry] = [:]
            for label in chunk {
                let live = now[label.unit.serial]?.first(where: \.isLive)
                guard live?.id == label.existing else { throw LabelBatchError.manifestChanged(serial: label.unit.serial.rawValue) }
                current[label.unit.serial] = live
            }
            if let serial = try records.recordersWithoutLabel(serials: chunk.map(\.unit.serial)).keys.first {
                throw LabelBatchError.registeredMeanwhile(serial: serial.rawValue)
            }
            let fresh = chunk.filter { $0.status != .reprinted }
            var entries = current
            if let batch, !fresh.isEmpty {
                let replaced = fresh.compactMap { current[$0.unit.serial] }
                try records.revokeManifestEntries(replaced.map(\.id), by: batch.id, on: dated.today, at: dated.now)
                for entry in replaced {
                    reissuedBefore[entry.unit.serial.rawValue] = "generation \(entry.generation)"
                    reissuedAfter[entry.unit.serial.rawValue] = "generation \(entry.generation + 1)"
                }
                let inserted = try records.insertManifestEntries(
                    fresh.map { NewManifestEntry(unit: $0.unit, generation: $0.generation, claimHash: $0.claimHash, line: $0.line) },
                    batch: batch)
                for entry in inserted { entries[entry.unit.serial] = entry }
            }
            for label in chunk {
                guard let entry = entries[label.unit.serial] else {
                    throw LabelBatchError.manifestChanged(serial: label.unit.serial.rawValue)
                }
                try manifest.write(
                    ManifestCSV.line(ManifestCSV.Row(entry: entry, status: label.status.code, page: label.page, position: label.position)))
                written.append(entry.id)
            }
            chunk.removeAll(keepingCapacity: true)
        }
        while let line = try spool.next() {
            chunk.append(try LabelBatchRun.Spooled(text: line, path: made.spool))
            if chunk.count == LabelBatchRun.chunkSize { try recordChunk() }
        }
        if !chunk.isEmpty { try recordChunk() }
        try manifest.finish()

        if let batch {
            let replaced = reissuedBefore.count
            try records.recordChange(
                .labelsMade, by: actor, dated, subject: request.source, partner: nil, customer: nil,
                after: [
                    "batch": batch.id.description, "layout": request.layout.name, "key": key.id,
                    "labels": String(made.fresh), "new": String(made.fresh - replaced),
                    "reissued": String(replaced), "reprinted": String(made.labels - made.fresh),
                ])
            if replaced > 0 {
                try records.recordChange(
                    .labelsReissued, by: actor, dated, subject: request.source, partner: nil, customer: nil,
                    before: reissuedBefore, after: reissuedAfter)
            }
        } else {
            try records.recordChange(
                .labelsReprinted, by: actor, dated, subject: request.source, partner: nil, customer: nil,
                after: ["layout": request.layout.name, "labels": String(made.labels)])
        }
        try output.checkFinalNames()
        return (batch, written)
    }
}
