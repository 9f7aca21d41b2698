import RemoCore

/// `remo license`'s sentences for people: help, labels, summaries. Templates:
/// `LicenseCommandText+English.swift`, `LicenseCommandText+Japanese.swift`.
package enum LicenseCommandText: String, MessageCatalogue {
    case licenseAbstract
    case datesAbstract
    case renewalAbstract
    case planAbstract
    case noticesAbstract

    case helpAssigned
    case helpTerm
    case helpCurrentExpiry
    case helpAssignOn
    case helpCameras
    case helpSpare
    case helpConnection
    case helpExpires

    case labelAssigned
    case labelFreeUntil
    case labelPaidFrom
    case labelExpires
    case labelCurrentExpiry
    case labelDaysLost
    case labelLossFreeFrom
    case labelWindow
    case labelWindowExpires
    case labelPart
    case labelPackCameras
    case labelCount
    case labelDate
    case labelAudience
    case labelDaysBefore
    case labelAction

    case planSummary
    case planNothingToBuy
}
