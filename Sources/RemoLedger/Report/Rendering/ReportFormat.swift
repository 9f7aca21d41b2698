/// The formats a provisioning report is written in.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    /// Aligned text for a terminal, in the reader's language.
    case text
    /// One row per camera with machine column names, for spreadsheets.
    case csv
    /// The document of docs/cli.md (docs/report.md has an example).
    case json
    /// The printable hand-over document: A4 pages.
    case pdf
}
