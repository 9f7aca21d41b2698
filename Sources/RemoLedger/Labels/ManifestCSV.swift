import RemoCore

/// The manifest as CSV in the output folder: one row per label made, in the
/// order of the sheets. Headers are machine names, never translated:
///
/// `batch_id,line,model,serial,device_id,produced,generation,claim_code_hash,status,page,position`
///
/// `status` is `new`, `reissued` or `reprinted` (what this run did); `page` and
/// `position` (from 1, row by row) say where the label is on the sheets. No
/// claim code or registration code is in it: those are on the labels only.
enum ManifestCSV {
    static let header = [
        "batch_id", "line", "model", "serial", "device_id", "produced", "generation", "claim_code_hash", "status", "page",
        "position",
    ]

    /// One row: the entry, what this run did, and where the label is.
    struct Row {
        let entry: ManifestEntry
        let status: String
        let page: Int
        let position: Int
    }

    /// The header line, CRLF-ended.
    static var headerLine: String { record(header) }

    /// A row's line, CRLF-ended.
    static func line(_ row: Row) -> String {
        let entry = row.entry
        return record([
            entry.batchID.description, String(entry.line), entry.unit.model.rawValue, entry.unit.serial.rawValue,
            entry.unit.deviceID.rawValue, entry.unit.produced.description, String(entry.generation),
            entry.claimHash.description, row.status, String(row.page), String(row.position),
        ])
    }

    private static func record(_ fields: [String]) -> String {
        fields.map { CSVWriter.field($0, neutralizingFormulas: false) }.joined(separator: ",") + "\r\n"
    }
}
