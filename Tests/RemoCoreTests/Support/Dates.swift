import RemoCore

/// Parses a date in tests, where the text is known to be valid.
func date(_ text: String) throws -> CalendarDate {
    try CalendarDate(parsing: text)
}
