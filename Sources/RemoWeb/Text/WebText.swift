public import RemoCore

/// The web app's sentences for people: page text, buttons, the scan page's
/// script messages and the API's error messages. Templates:
/// `WebText+English.swift`, `WebText+Japanese.swift`.
///
/// Entries without placeholders reach the templates as `{{t.<case>}}`; the
/// ones named `script…` also reach the page's script, as JSON.
public enum WebText: String, MessageCatalogue {
    // Errors (the API's `error.message`, and the error page)
    case errorBadField
    case errorMissingField
    case errorUnsupportedBody
    case errorNotLoggedIn
    case errorWrongLogin
    case errorTooManyAttempts
    case errorCrossSite
    case errorNotFound
    case errorMethodNotAllowed
    case errorPartTooLarge
    case errorTooManyParts
    case errorBodyTooLarge
    case errorNoImage
    case errorInternal
    case errorMultipartSyntax
    case errorMultipartTruncated
    case errorFieldTooLong
    case errorUnknownPart
    case errorBodyUnreadable
    case errorNotAnEmail
    case errorNotANumber
    case errorNotADate
    case errorNotAFormat
    case errorNotABoolean
    case errorNeedsCodes
    case errorPartnerOnly
    case errorPageTitle
    case errorBack

    // The frame of every page
    case appName
    case navScan
    case navCustomers
    case navStock
    case navAssign
    case navExpiring
    case navLogout
    case otherLanguage
    case signedInAs

    // Login
    case loginTitle
    case loginIntro
    case fieldEmail
    case fieldPassword
    case loginButton

    // Scan
    case scanTitle
    case fieldCustomer
    case fieldSite
    case photosLegend
    case takePhotos
    case photosHint
    case liveScan
    case liveStop
    case typedLegend
    case typedHint
    case addCode
    case labelsTitle
    case labelsEmpty
    case fieldCameras
    case removeLabel
    case registerButton
    case resultsTitle
    case noCustomers

    // Customers and the report
    case customersTitle
    case columnCustomer
    case columnName
    case columnPartner
    case columnSite
    case columnRecorder
    case columnCamera
    case columnConnection
    case columnLicense
    case columnStatus
    case columnExpires
    case columnDaysLeft
    case columnRegistered
    case reportTitle
    case reportDay
    case downloadCSV
    case downloadPDF
    case reportEmpty
    case countsLine

    // Partner pages
    case stockTitle
    case columnPart
    case columnAvailable
    case columnAssigned
    case stockEmpty
    case assignTitle
    case assignIntro
    case fieldPart
    case fieldCount
    case assignCheck
    case assignConfirm
    case assignIrreversible
    case assignDone
    case renewalNone
    case expiringTitle
    case fieldDays
    case showButton
    case expiringEmpty

    // What to do, per registration status (the scan page's results)
    case adviceRegistered
    case adviceAlreadyRegistered
    case adviceOwnedElsewhere
    case adviceNotInManifest
    case adviceWrongClaimCode
    case advicePreQRUnit
    case adviceQRUnit
    case adviceNoLicense
    case adviceNoLicenseAdmin
    case adviceUnreadable
    case adviceInvalidPayload
    case adviceSiteLimit
    case adviceUnknownRecorder
    case adviceTooManyAttempts
    case adviceStoreFailed
    case adviceNotTried
    case packsLine
    case hintAttached

    // The scan page's script
    case scriptCodeIncomplete
    case scriptCodeValid
    case scriptCodeTypo
    case scriptCodeBadCharacter
    case scriptCodeTooLong
    case scriptReading
    case scriptReadFailed
    case scriptNoLabel
    case scriptNotALabel
    case scriptRegistering
    case scriptRegisterFailed
    case scriptDuplicate
    case scriptNoViewfinder
    case scriptLoggedOut
}
