public import Foundation
public import RemoCore

/// What every store needs to read its rows back as the ledger's values; one
/// place, so that SQLite and PostgreSQL read them the same way.
public enum StoredRow {
    /// A stored row that cannot be read back as the value it should be: the
    /// database was changed outside remo, or by a newer remo.
    public static func malformed(_ table: String) -> LedgerStoreError {
        .newerSchema(path: "", migration: "\(table) row")
    }

    /// A stored address.
    public static func email(_ text: String) throws -> EmailAddress {
        do {
            return try EmailAddress(text)
        } catch {
            throw malformed("email \(text)")
        }
    }

    /// An audit entry's `before` or `after` as stored: a JSON object of strings, keys sorted.
    public static func json(_ state: [String: String]?) throws -> String? {
        guard let state else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(state), as: UTF8.self)
    }

    /// A stored `before` or `after`.
    public static func state(_ json: String?) throws -> [String: String]? {
        guard let json else { return nil }
        return try JSONDecoder().decode([String: String].self, from: Data(json.utf8))
    }
}

extension Product {
    /// The product of a stored part number; a part the catalogue lacks means
    /// a database from a newer remo.
    public static func stored(_ part: String) throws -> Product {
        guard let product = byStoredPart[part] else {
            throw LedgerStoreError.newerSchema(path: "", migration: "product \(part)")
        }
        return product
    }

    /// The catalogue by part number as stored (upper case), for reading rows fast.
    private static let byStoredPart = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.part, $0) })
}
