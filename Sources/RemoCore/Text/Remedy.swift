/// What a person can do about a refusal, in no front end's words.
///
/// A library sentence says what is wrong and what to do in the user's terms
/// ("assign licenses to the account first"); the ``Message`` carries the typed
/// remedy beside it, and each front end adds its own hint through its
/// ``RemedyPresenter``: the command line names a command or a flag
/// (`remo license assign`, `--yes`), the web app a page or a field. Without a
/// presenter a message is its sentence alone.
public enum Remedy: Hashable, Sendable {
    // Who acts and on which ledger
    /// Confirm a change that cannot be undone.
    case confirm
    /// Check the address of the user acting.
    case checkActor
    /// Act as this user (the contract user, for what only they may do).
    case actAs(EmailAddress)
    /// Use another ledger (database file).
    case chooseLedger
    /// Make the ledger at this path first (a live one, or a simulation).
    case makeLedger(path: String)
    /// Make the change without a day, or in a simulation ledger.
    case leaveOutDayOrSimulate
    /// Give this day or a later one.
    case giveDayFrom(CalendarDate)
    /// Set the store's busy timeout to seconds in range.
    case setBusyTimeout

    // Accounts and licenses
    /// Add the partner.
    case addPartner
    /// Add the contract user.
    case addCustomer
    /// Confirm the contract user's e-mail address.
    case confirmEmail
    /// Add stock to the partner.
    case addStock
    /// Assign licenses from stock to the account.
    case assignLicenses
    /// Import activation cards (the issued-card list).
    case importCards
    /// See the account's licenses.
    case listLicenses
    /// Bind a license to a camera.
    case bindLicense
    /// Move a license to another camera.
    case moveLicense
    /// Re-apply a license from a failed camera.
    case reapplyLicense
    /// Mark a camera failed.
    case markCameraFailed
    /// Name another license, or none.
    case chooseLicense

    // Files
    /// Name the text encoding of a spreadsheet file (UTF-8 or CP932).
    case chooseEncoding
    /// Name another folder for the files made.
    case chooseOutputFolder
    /// Name the image format (PNG, SVG or PDF) of a file written.
    case chooseImageFormat

    // Labels
    /// Give units new labels (new claim codes) instead of printing theirs again.
    case reissueLabels
    /// Make the same batch again, printing the same labels.
    case repeatBatch
    /// Make a new label key.
    case makeLabelKey
    /// Keep the existing label key (ask for no new one).
    case keepLabelKey
    /// Name the right label key file.
    case chooseLabelKey
    /// See the label layouts.
    case listLayouts

    // Registration
    /// Register a unit by its serial number and model.
    case registerBySerial
    /// Type the registration code printed beside the QR code.
    case typeRegistrationCode
    /// Use another site (folder) of the account.
    case chooseSite

    // The report
    /// Report the whole account, not one site.
    case reportAllSites
    /// Write the report to a file.
    case writeToFile
    /// Ask for CSV, or leave out the options that only CSV takes.
    case csvOnly
    /// Leave out the byte-order mark, or write UTF-8.
    case byteOrderMarkNeedsUTF8
    /// Count the days of a period from 0 up.
    case countDaysFromZero
}

extension Remedy {
    /// The front end's wording of remedies, bound once by the command line (or
    /// per request by a web front end) and read by ``Message/rendered(in:)``.
    /// None by default: a message is its sentence alone.
    @TaskLocal public static var presenter: (any RemedyPresenter)? = nil
}
