extension CSVText {
    public var english: String {
        switch self {
        case .noHeader: "The CSV is empty: its first line must name the columns."
        case .unterminatedQuote:
            "Line {line}: a quoted field starts here and is never closed. Add the closing quote (\"), and write a quote inside a field as \"\"."
        case .textAfterQuote:
            "Line {line}: text follows a quoted field's closing quote. Put the whole field in quotes, and write a quote inside it as \"\"."
        case .wrongFieldCount:
            "Line {line}: {found} {found|field|fields} where the header has {expected}. Check for a missing or extra comma, or quote a field that contains one."
        case .duplicateColumn: "The header names the column \"{name}\" twice: keep one."
        case .missingColumns: "The CSV lacks the {missing} column(s); its header has: {found}."
        }
    }
}
