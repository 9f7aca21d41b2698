import Foundation
import RemoCore
import RemoDocuments
import RemoLedger

/// What `remo labels make` prints. JSON, written as the batch goes: `{"rows":
/// [{"line", "serial", "model", "status", "skipped", "message", "generation",
/// "page", "position"}], "batch", "layout", "encoding", "pdf", "manifest",
/// "files", "pages", "labels", "verified", "new", "reissued", "reprinted",
/// "skipped", "refused", "keyCreated", "dryRun"}`: `rows` first (each row as the
/// batch tells it, ``LabelRowJSON``), then the rest, keys sorted. Text: the first
/// ``LabelBatchResult/notedLimit`` rows refused or skipped (in a dry run, every
/// row, its message saying what would happen), then the counts.
struct LabelBatchReport: LedgerReport {
    let result: LabelBatchResult

    /// One row, as JSON.
    struct Row: Encodable {
        let line: Int
        let serial: String
        let model: String
        let status: String
        let skipped: Bool
        let message: String
        @Nullable var generation: Int?
        @Nullable var page: Int?
        @Nullable var position: Int?

        init(_ row: LabelRow, dryRun: Bool) {
            line = row.line
            serial = row.serial
            model = row.model
            status = row.status.code
            skipped = row.skipped
            message = LabelBatchReport.message(for: row, dryRun: dryRun).description
            generation = row.generation
            page = row.page
            position = row.position
        }
    }

    private enum CodingKeys: String, CodingKey {
        case batch, layout, encoding, pdf, manifest, files, pages, labels, verified, new, reissued, reprinted, skipped
        case refused, keyCreated, dryRun
    }

    /// The document but for `rows`.
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
        try container.encode(result.refused, forKey: .refused)
        try container.encode(result.keyCreated, forKey: .keyCreated)
        try container.encode(result.dryRun, forKey: .dryRun)
    }

    /// What happened to a row; in a dry run, what would.
    static func message(for row: LabelRow, dryRun: Bool) -> Message {
        guard dryRun else { return row.status.message }
        switch row.status {
        case .new: return LabelCommandText.wouldLabel()
        case .reissued(let previous): return LabelCommandText.wouldReissue(["previous": .integer(previous)])
        case .reprinted: return LabelCommandText.wouldReprint()
        default: return row.status.message
        }
    }

    func text() -> String {
        var parts: [String] = []
        if !result.noted.isEmpty {
            var table = TextTable(
                header: [
                    LedgerCommandText.labelLine().description, LabelCommandText.labelSerial().description,
                    LedgerCommandText.labelResult().description,
                ], alignments: [.right])
            for row in result.noted {
                let said = Self.message(for: row, dryRun: result.dryRun).description
                table.append([
                    String(row.line), row.serial,
                    row.skipped ? LabelCommandText.skipped(["reason": .text(said)]).description : said,
                ])
            }
            parts.append(table.rendered())
            if result.notedCount > result.noted.count {
                parts.append(
                    LabelCommandText.moreNoted([
                        "shown": .integer(result.noted.count), "count": .integer(result.notedCount),
                    ]).description)
            }
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
        if result.dryRun, result.refused > 0 {
            return [LabelCommandText.dryRunRefused(["count": .integer(result.refused)])]
        }
        if result.labeled == 0 && result.refused == 0 { return [LabelCommandText.nothingToLabel()] }
        return [LabelCommandText.notMade(["count": .integer(result.refused)])]
    }
}

/// `remo labels make --json`'s output, written as the batch tells its rows:
/// `{"rows": [` and each row as it comes, then the rest of the document once
/// the batch is over. Without `--json` it writes nothing until the end, when
/// ``LabelBatchReport/text()`` is printed.
final class LabelRowJSON: LabelRowSink {
    private let json: Bool
    private let dryRun: Bool
    private var rows = 0
    private var pending: [UInt8] = []

    init(json: Bool, dryRun: Bool) {
        self.json = json
        self.dryRun = dryRun
    }

    func row(_ row: LabelRow) throws {
        guard json else { return }
        if rows == 0 { pending += Array("{\n  \"rows\" : [\n".utf8) } else { pending += Array(",\n".utf8) }
        rows += 1
        pending += LabelRowJSON.indented(try JSONDocument.bytes(LabelBatchReport.Row(row, dryRun: dryRun)), by: 4)
        if pending.count >= 1 << 16 { try flush() }
    }

    /// Ends the document with the batch's result (or prints the text for
    /// people), then the report's warnings on stderr.
    func finish(_ report: LabelBatchReport) throws {
        if json {
            pending += Array((rows == 0 ? "{\n  \"rows\" : [\n\n  ],\n" : "\n  ],\n").utf8)
            // The rest of the document, without its opening brace: its keys, indented as the rows' document.
            pending += try JSONDocument.bytes(report).drop { $0 != 0x0A }.dropFirst()
            try flush()
        } else {
            try Output.text(report.text())
        }
        report.warnings.forEach(Output.warning)
    }

    private func flush() throws {
        try Output.bytes(pending)
        pending.removeAll(keepingCapacity: true)
    }

    /// A pretty-printed value's lines indented by `spaces`, without its final newline.
    private static func indented(_ bytes: [UInt8], by spaces: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0x20, count: spaces)
        for byte in bytes.dropLast() {
            out.append(byte)
            if byte == 0x0A { out += [UInt8](repeating: 0x20, count: spaces) }
        }
        return out
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
