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
    /// - Returns: a result per row, and the files made.
    /// - Throws: ``SpreadsheetTextError``, ``RemoCore/CSVError`` and
    ///   ``LabelBatchError`` for the file as a whole; ``LabelKeyError``;
    ///   ``AccessError``; ``LabelBatchError/filesNotPlaced(path:reason:)`` when the
    ///   batch was recorded but its files could not be renamed.
    public func makeLabels(_ request: LabelBatchRequest, by acting: Acting, progress: some BatchProgress = SilentProgress())
        async throws -> LabelBatchResult
    {
        try await store.read { records in try records.resolve(acting.principal).requireOperator(for: .labelsMade) }
        let decoded = try SpreadsheetText.decode(request.units, source: request.source, encoding: request.encoding)
        let table = try CSVTable(parsing: decoded.text)
        try table.requireColumns(LabelPlan.columns)
        guard !table.records.isEmpty else { throw LabelBatchError.noUnits(source: request.source) }

        var plan = LabelPlan(records: table.records)
        let serials = plan.rows.compactMap { $0.unit?.serial }
        let (existing, keyUse) = try await store.read { records in
            (try records.manifestEntries(serials: serials), try records.labelKeyUse())
        }
        var key = try LabelPlan.existingKey(for: request, keyUse: keyUse)
        var keyCreated = false
        plan.classify(existing: existing, keyID: key?.id, reissue: request.reissue)

        func result(files: [String] = [], pdf: String? = nil, manifest: String? = nil, batch: LabelBatch.ID? = nil, pages: Int = 0)
            -> LabelBatchResult
        {
            LabelBatchResult(
                rows: plan.resultRows(skipInvalid: request.skipInvalid, dryRun: request.dryRun), batch: batch, layout: request.layout,
                encoding: decoded.encoding, files: files, pdf: pdf, manifest: manifest, pages: pages,
                verified: plan.rows.filter { $0.page != nil }.count, keyCreated: keyCreated, dryRun: request.dryRun)
        }
        guard request.skipInvalid || plan.rows.allSatisfy({ $0.status?.isAccepted ?? true }) else { return result() }
        guard plan.rows.contains(where: { $0.status?.isAccepted ?? false }) else { return result() }
        // A dry run stops at the plan: each row's status, nothing made, no key created.
        guard !request.dryRun else { return result() }
        if key == nil {
            key = try request.keyFile.create()
            keyCreated = true
        }
        guard let key else { return result() }
        plan.assignClaimCodes(key)
        let labeled = plan.rows.indices.filter { plan.rows[$0].status?.isAccepted ?? false }
        guard request.skipInvalid || labeled.count == plan.rows.count, !labeled.isEmpty else { return result() }

        // Make every label in memory and check each at the printer's resolution.
        let press = LabelPress(
            layout: request.layout, design: try LabelDesign(layout: request.layout), title: request.source,
            pool: workPool)
        let payloads = try labeled.map { index in
            (row: index, payload: try RecorderPayload(unit: plan.rows[index].unit!, claimCode: plan.rows[index].claimCode!))
        }
        let made = try await press.make(payloads, files: request.labelFiles, progress: progress)
        progress.finish()
        for label in made.labels {
            plan.rows[label.row].page = label.frame.page + 1
            plan.rows[label.row].position = label.frame.position + 1
        }
        guard made.failures.isEmpty else {
            for (row, reason) in made.failures { plan.rows[row].status = .unreadable(reason: reason) }
            for index in plan.rows.indices { plan.rows[index].page = nil }
            return result()
        }

        // Write the files under temporary names, record the batch, put the files in place.
        let folders = request.labelFiles.map { [$0.rawValue] } ?? []
        var staged = try StagedOutput(directory: request.output, subfolders: folders)
        let recorded: (batch: LabelBatch?, written: [ManifestEntry.ID])
        let output: StagedOutput
        do {
            try staged.stage(made.pdf, as: LabelPlan.pdfName)
            if let format = request.labelFiles {
                for (label, bytes) in zip(made.labels, made.labelFiles) {
                    try staged.stage(bytes, as: "\(format.rawValue)/\(plan.rows[label.row].unit!.serial.rawValue).\(format.rawValue)")
                }
            }
        } catch {
            staged.discard()
            throw error
        }
        // The transaction stages the manifest too; whatever it staged is discarded if it does not commit.
        let staging = StagedOutput.Shared(staged)
        do {
            recorded = try await store.write { [plan, labels = made.labels] records in
                try staging.update { output in
                    try record(plan: plan, labels: labels, request: request, key: key, acting: acting, records: records, output: &output)
                }
            }
            output = staging.value
        } catch {
            staging.value.discard()
            throw error
        }
        request.afterRecording?()
        let files = try output.place(last: request.output + "/" + LabelPlan.pdfName)
        try await store.write { records in try records.markLabelsWritten(recorded.written, at: acting.now) }
        return result(
            files: files, pdf: request.output + "/" + LabelPlan.pdfName, manifest: request.output + "/" + LabelPlan.manifestName,
            batch: recorded.batch?.id, pages: request.layout.pages(for: made.labels.count))
    }

    /// Records the batch inside the write transaction: checks that the manifest
    /// did not change since it was read, adds the batch, revokes the reissued
    /// labels, adds the entries, writes the manifest CSV (under its temporary
    /// name) and the audit entries.
    private func record(
        plan: LabelPlan, labels: [PressedLabel], request: LabelBatchRequest, key: LabelKey, acting: Acting,
        records: any LedgerWriter, output: inout StagedOutput
    ) throws -> (batch: LabelBatch?, written: [ManifestEntry.ID]) {
        let actor = try records.resolve(acting.principal)
        try actor.requireOperator(for: .labelsMade)
        let dated = try records.dated(acting, in: settings.defaultTimeZone)
        let rows = labels.map { plan.rows[$0.row] }
        let now = try records.manifestEntries(serials: rows.map { $0.unit!.serial })
        for row in rows {
            let current = now[row.unit!.serial]?.first(where: \.isLive)
            guard current?.id == row.existing?.id else { throw LabelBatchError.manifestChanged(serial: row.unit!.serial.rawValue) }
        }
        var entries: [String: ManifestEntry] = [:]
        for row in rows { if let existing = row.existing, row.status == .reprinted { entries[row.unit!.serial.rawValue] = existing } }
        let fresh = rows.filter { $0.status != .reprinted }
        var batch: LabelBatch?
        if !fresh.isEmpty {
            let made = try records.insertLabelBatch(
                madeOn: dated.today, at: dated.now, source: request.source, layout: request.layout.name, keyID: key.id)
            batch = made
            let replaced = fresh.compactMap(\.existing)
            try records.revokeManifestEntries(replaced.map(\.id), by: made.id, on: dated.today, at: dated.now)
            let inserted = try records.insertManifestEntries(
                fresh.map {
                    NewManifestEntry(
                        unit: $0.unit!, generation: $0.generation!,
                        claimHash: ClaimCodeHash(claimCode: $0.claimCode!, serial: $0.unit!.serial), line: $0.line)
                }, batch: made)
            for entry in inserted { entries[entry.unit.serial.rawValue] = entry }
            try records.recordChange(
                .labelsMade, by: actor, dated, subject: request.source, partner: nil, customer: nil,
                after: [
                    "batch": made.id.description, "layout": request.layout.name, "key": key.id,
                    "labels": String(fresh.count), "new": String(fresh.count - replaced.count),
                    "reissued": String(replaced.count), "reprinted": String(rows.count - fresh.count),
                ])
            if !replaced.isEmpty {
                try records.recordChange(
                    .labelsReissued, by: actor, dated, subject: request.source, partner: nil, customer: nil,
                    before: Dictionary(uniqueKeysWithValues: replaced.map { ($0.unit.serial.rawValue, "generation \($0.generation)") }),
                    after: Dictionary(uniqueKeysWithValues: replaced.map { ($0.unit.serial.rawValue, "generation \($0.generation + 1)") }))
            }
        } else {
            try records.recordChange(
                .labelsReprinted, by: actor, dated, subject: request.source, partner: nil, customer: nil,
                after: ["layout": request.layout.name, "labels": String(rows.count)])
        }
        let csv = ManifestCSV.text(
            zip(labels, rows).map { label, row in
                ManifestCSV.Row(
                    entry: entries[row.unit!.serial.rawValue]!, status: row.status!.code, page: label.frame.page + 1,
                    position: label.frame.position + 1)
            })
        try output.stage(Array(csv.utf8), as: LabelPlan.manifestName)
        try output.checkFinalNames()
        return (batch, rows.map { entries[$0.unit!.serial.rawValue]!.id })
    }
}
