import Foundation

/// The text encodings a spreadsheet's CSV comes in: UTF-8 (with or without a
/// byte-order mark), and CP932, the Shift-JIS variant Japanese Excel saves "CSV"
/// in (Windows-31J).
public enum SpreadsheetEncoding: String, CaseIterable, Hashable, Sendable {
    case utf8 = "utf-8"
    case cp932

    /// An encoding from a name people use: `utf-8`, `utf8`, `cp932`, `shift_jis`,
    /// `sjis`, `windows-31j`, `ms932`, in any case.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "cp932", "shift-jis", "sjis", "windows-31j", "ms932", "ms-kanji": self = .cp932
        default: return nil
        }
    }

    /// glibc's iconv name.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .cp932: "CP932"
        }
    }
}
