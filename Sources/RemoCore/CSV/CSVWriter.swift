/// Writes CSV text (RFC 4180) that spreadsheets open safely.
///
/// **Decision** (docs/decisions.md, "CSV"): records end with CRLF; a field is
/// quoted when it contains a comma, a quote, CR or LF, or starts or ends with a
/// space. Against formula injection (OWASP "CSV injection"), a field that starts
/// with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'` so that a spreadsheet
/// shows it as text instead of running it, unless the whole field is a plain
/// number such as `-5` or `+81`. Turn this off (``neutralizesFormulas``) for CSV
/// read back by programs rather than people. Byte encodings are the caller's.
public struct CSVWriter: Sendable {
    /// The text so far.
    public private(set) var text = ""
    /// Whether fields that a spreadsheet would run as formulas get a leading `'`.
    public let neutralizesFormulas: Bool

    /// A writer whose first row is `header`.
    public init(header: [String], neutralizesFormulas: Bool = true) {
        self.neutralizesFormulas = neutralizesFormulas
        append(header)
    }

    /// Appends a record.
    public mutating func append(_ fields: [String]) {
        text += fields.map { CSVWriter.field($0, neutralizingFormulas: neutralizesFormulas) }.joined(separator: ",")
        text += "\r\n"
    }

    /// One field as written: neutralised, then quoted when needed.
    public static func field(_ value: String, neutralizingFormulas: Bool = true) -> String {
        var value = value
        if neutralizingFormulas, let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            !isPlainNumber(value)
        {
            value = "'" + value
        }
        let needsQuotes =
            value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || value.unicodeScalars.first == " " || value.unicodeScalars.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// Whether `value` is a number: an optional sign, digits, an optional decimal part.
    static func isPlainNumber(_ value: String) -> Bool {
        var scalars = value.unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        let parts = scalars.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(IdentifierInput.isDigit) }
    }
}
