import Hummingbird
import RemoCore

/// A request's query parameters, each bad one refused by name (400).
struct QueryFields {
    let request: Request

    func string(_ name: String) -> String? {
        request.uri.queryParameters[Substring(name)].map(String.init)
    }

    /// A `YYYY-MM-DD` day; nil when absent.
    func day(_ name: String) throws -> CalendarDate? {
        guard let text = string(name) else { return nil }
        do {
            return try CalendarDate(parsing: text)
        } catch {
            throw WebError.badField(name, reason: error.message)
        }
    }

    /// A whole number in `range`; nil when absent.
    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw WebError.badField(
                name, reason: WebText.errorNotANumber(["text": .text(text), "min": .integer(range.lowerBound), "max": .integer(range.upperBound)]))
        }
        return value
    }
}
