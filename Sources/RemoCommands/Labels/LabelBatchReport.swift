import Foundation
import RemoCore
import RemoDocuments
import RemoLedger

/// What `remo labels make` prints: `{"batch", "layout", "encoding", "pdf",
/// "manifest", "files", "pages", "labels", "verified", "new", "reissued",
/// "reprinted", "skipped", "refused", "keyCreated", "dryRun", "rows": [{"line", "serial",
/// "model", "status", "skipped", "message", "generation", "page", "position"}]}`.
/// In a dry run, a row's status is what it would be, and its message says so.
struct LabelBatchReport: LedgerReport {
    let result: LabelBatchResult

    private struct Row: Encodable {
        let line: Int
        let serial: String
        let model: String
        let status: String
        let skipped: Bool
        let message: String
        @Nullable var generation: Int?
        @Nullable var page: Int?
        @Nullable var position: Int?
    }

    private enum CodingKeys: String, CodingKey {
        case batch, layout, encoding, pdf, manifest, files, pages, labels, verified, new, reissued, reprinted, skipped
        case refused, keyCreated, dryRun, rows
    }

    /// Rows refused and not skipped.
    private var refused: Int { result.rows.filter { !$0.status.isAccepted && !$0.skipped }.count }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if let batch = result.batch { try container.encode(batch.rawValue, forKey: .batch) } else { try container.encodeNil(forKey: .batch) }
        try container.encode(result.layout.name, forKey: .layout)
        try container.encode(result.encoding.rawValue, forKey: .encoding)
        if let pdf = result.pdf { try container.encode(pdf, forKey: .pdf) } else { try container.encodeNil(forKey: .pdf) }
        if let manifest = result.manifest { try container.encode(manifest, forKey: .manifest) } else { try container.encodeNil(forKey: .manifest) }
        try container.encode(result.files, forKey: .files)
        try container.encode(result.pages, forKey: .pages)
        try container.encode(result.labeled, forKey: .labels)
        try container.encode(result.verified, forKey: .verified)
        try container.encode(result.count("new"), forKey: .new)
        try container.encode(result.count("reissued"), forKey: .reissued)
        try container.encode(result.count("reprinted"), forKey: .reprinted)
        try container.encode(result.skipped, forKey: .skipped)
        try container.encode(refused, forKey: .refused)
        try container.encode(result.keyCreated, forKey: .keyCreated)
        try container.encode(result.dryRun, forKey: .dryRun)
        try container.encode(
            result.rows.map {
                Row(
                    line: $0.line, serial: $0.serial, model: $0.model, status: $0.status.code, skipped: $0.skipped,
                    message: message(for: $0).description, generation: $0.generation, page: $0.page, position: $0.position)
            }, forKey: .rows)
    }

    /// What happened to a row; in a dry run, what would.
    private func message(for row: LabelRow) -> Message {
        guard result.dryRun else { return row.status.message }
        switch row.status {
        case .new: return LabelCommandText.wouldLabel()
        case .reissued(let previous): return LabelCommandText.wouldReissue(["previous": .integer(previous)])
        case .reprinted: return LabelCommandText.wouldReprint()
        default: return row.status.message
        }
    }

    func text() -> String {
        var parts: [String] = []
        let noted = result.rows.filter { result.dryRun || !$0.status.isAccepted || $0.skipped }
        if !noted.isEmpty {
            var table = TextTable(
                header: [
                    LedgerCommandText.labelLine().description, LabelCommandText.labelSerial().description,
                    LedgerCommandText.labelResult().description,
                ], alignments: [.right])
            for row in noted {
                let said = message(for: row).description
                table.append([
                    String(row.line), row.serial,
                    row.skipped ? LabelCommandText.skipped(["reason": .text(said)]).description : said,
                ])
            }
            parts.append(table.rendered())
        }
        if result.dryRun {
            if result.succeeded {
                parts.append(
                    LabelCommandText.dryRunSummary([
                        "labels": .integer(result.wouldLabel), "new": .integer(result.count("new")),
                        "reprinted": .integer(result.count("reprinted")), "reissued": .integer(result.count("reissued")),
                    ]).description)
            }
        } else if result.succeeded {
            parts.append(
                LabelCommandText.made([
                    "labels": .integer(result.labeled), "pages": .integer(result.pages), "layout": .text(result.layout.name),
                    "new": .integer(result.count("new")), "reprinted": .integer(result.count("reprinted")),
                    "reissued": .integer(result.count("reissued")), "dpi": .integer(result.layout.dotsPerInch),
                ]).description)
            if let batch = result.batch {
                parts.append(LabelCommandText.batchRecorded(["batch": .integer(Int(batch.rawValue))]).description)
            } else {
                parts.append(LabelCommandText.nothingNew().description)
            }
            if result.skipped > 0 { parts.append(LabelCommandText.skippedRows(["count": .integer(result.skipped)]).description) }
            if let pdf = result.pdf, let manifest = result.manifest {
                parts.append(LabelCommandText.filesWritten(["pdf": .text(pdf), "manifest": .text(manifest), "count": .integer(result.files.count)]).description)
            }
        }
        return parts.joined(separator: "\n\n")
    }

    var warnings: [Message] {
        if result.succeeded { return result.keyCreated ? [LabelCommandText.keyCreated()] : [] }
        if result.dryRun, refused > 0 { return [LabelCommandText.dryRunRefused(["count": .integer(refused)])] }
        if result.labeled == 0 && refused == 0 { return [LabelCommandText.nothingToLabel()] }
        return [LabelCommandText.notMade(["count": .integer(refused)])]
    }
}

/// What `remo labels layouts` prints: `[{"name", "default", "description",
/// "labelsPerPage", "columns", "rows", "label": {"width", "height"}, "page":
/// {"width", "height"}, "left", "top", "horizontalPitch", "verticalPitch",
/// "dotsPerInch"}]`, lengths in millimetres.
struct LayoutsReport: LedgerReport {
    private struct Size: Encodable {
        let width: Double
        let height: Double
    }

    private struct Layout: Encodable {
        let name: String
        let `default`: Bool
        let description: String
        let labelsPerPage: Int
        let columns: Int
        let rows: Int
        let label: Size
        let page: Size
        let left: Double
        let top: Double
        let horizontalPitch: Double
        let verticalPitch: Double
        let dotsPerInch: Int
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(
            LabelLayout.catalogue.map {
                Layout(
                    name: $0.name, default: $0 == .standard, description: $0.summary.description,
                    labelsPerPage: $0.labelsPerPage, columns: $0.columns, rows: $0.rows,
                    label: Size(width: $0.label.width, height: $0.label.height),
                    page: Size(width: $0.page.width, height: $0.page.height), left: $0.firstLabelLeft, top: $0.firstLabelTop,
                    horizontalPitch: $0.horizontalPitch, verticalPitch: $0.verticalPitch, dotsPerInch: $0.dotsPerInch)
            })
    }

    func text() -> String {
        var table = TextTable(header: [
            LabelCommandText.labelLayout().description, LabelCommandText.labelPerPage().description,
            LabelCommandText.labelSize().description, LabelCommandText.labelResolution().description,
        ], alignments: [.left, .right, .left, .right])
        for layout in LabelLayout.catalogue {
            let size = "\(LayoutsReport.millimetres(layout.label.width)) × \(LayoutsReport.millimetres(layout.label.height)) mm"
            table.append([
                layout == .standard ? LabelCommandText.defaultLayout(["name": .text(layout.name)]).description : layout.name,
                String(layout.labelsPerPage), size, "\(layout.dotsPerInch) dpi",
            ])
        }
        let descriptions = LabelLayout.catalogue.map { "\($0.name): \($0.summary.description)" }
        return table.rendered() + "\n\n" + descriptions.joined(separator: "\n")
    }

    /// A length without a needless `.0`.
    static func millimetres(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
