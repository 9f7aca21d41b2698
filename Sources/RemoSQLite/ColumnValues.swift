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
