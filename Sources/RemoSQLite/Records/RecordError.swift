import RemoCore
import RemoLedger

/// A stored row that cannot be read back as the value it should be: the
/// database was changed outside remo, or by a newer remo.
enum RecordError {
    static func malformed(_ table: String) -> LedgerStoreError {
        .newerSchema(path: "", migration: "\(table) row")
    }

    static func email(_ text: String) throws -> EmailAddress {
        do {
            return try EmailAddress(text)
        } catch {
            throw malformed("email \(text)")
        }
    }
}
