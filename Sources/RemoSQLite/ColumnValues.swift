public import GRDB
public import RemoCore
public import RemoLedger

// Core and ledger values as SQLite column values: dates as `YYYY-MM-DD` text
// (which sorts as dates), addresses and hashes as text, IDs as integers.

extension CalendarDate: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> CalendarDate? {
        String.fromDatabaseValue(dbValue).flatMap(CalendarDate.init)
    }
}

extension EmailAddress: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> EmailAddress? {
        String.fromDatabaseValue(dbValue).flatMap { try? EmailAddress($0) }
    }
}

extension SecretHash: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> SecretHash? {
        String.fromDatabaseValue(dbValue).flatMap(SecretHash.init)
    }
}

extension RecordID: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> RecordID? {
        Int64.fromDatabaseValue(dbValue).map(RecordID.init(rawValue:))
    }
}

extension Product {
    /// The product of a stored part number; a part the catalogue lacks means
    /// a database from a newer remo.
    static func stored(_ part: String) throws -> Product {
        guard let product = byStoredPart[part] else {
            throw LedgerStoreError.newerSchema(path: "", migration: "product \(part)")
        }
        return product
    }

    /// The catalogue by part number as stored (upper case), for reading rows fast.
    private static let byStoredPart = Dictionary(uniqueKeysWithValues: catalogue.map { ($0.part, $0) })
}
