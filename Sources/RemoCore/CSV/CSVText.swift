/// The CSV reader's sentences for people. Templates: `CSVText+English.swift`,
/// `CSVText+Japanese.swift`.
public enum CSVText: String, MessageCatalogue {
    case noHeader
    case unterminatedQuote
    case textAfterQuote
    case wrongFieldCount
    case duplicateColumn
    case missingColumns
}
