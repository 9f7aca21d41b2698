import RemoCore

/// The command line's hints: the command or flag that carries out a library
/// message's ``RemoCore/Remedy``, added by ``CommandHints``.
/// Templates: `HintText+English.swift`, `HintText+Japanese.swift`.
package enum HintText: String, MessageCatalogue {
    case attached
    case confirm
    case checkActor
    case actAs
    case chooseLedger
    case makeLedger
    case leaveOutDayOrSimulate
    case giveDayFrom
    case setBusyTimeout
    case addPartner
    case addCustomer
    case confirmEmail
    case addStock
    case assignLicenses
    case importCards
    case listLicenses
    case bindLicense
    case moveLicense
    case reapplyLicense
    case markCameraFailed
    case chooseLicense
    case chooseEncoding
    case chooseOutputFolder
    case chooseImageFormat
    case reissueLabels
    case repeatBatch
    case makeLabelKey
    case keepLabelKey
    case chooseLabelKey
    case listLayouts
    case registerBySerial
    case typeRegistrationCode
    case chooseSite
    case reportAllSites
    case writeToFile
    case csvOnly
    case byteOrderMarkNeedsUTF8
    case countDaysFromZero
}
