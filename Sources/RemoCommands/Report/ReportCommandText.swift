import RemoCore

/// `remo report`'s help and notes for people.
/// Templates: `ReportCommandText+English.swift`, `ReportCommandText+Japanese.swift`.
package enum ReportCommandText: String, MessageCatalogue {
    case abstract
    case discussion
    case helpCustomer
    case helpPartner
    case helpFormat
    case helpOutput
    case helpByteOrderMark
    case helpEncoding
    case helpExpiringWithin
    case helpUnlicensed
    case helpSite
    case needsScope
    case jsonConflict
    case written
}
