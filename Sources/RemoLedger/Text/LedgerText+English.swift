extension LedgerText {
    public var english: String {
        switch self {
        case .accessUnknownUser:
            "No partner, contract user or shared user logs in as {email}. Check the address of the user acting."
        case .accessReadOnly: "{email} is a shared user: shared users can look at an account but change nothing."
        case .accessOperatorOnly: "Only the local operator of the database may {action}; {actor} may not."
        case .accessOtherPartner: "Partner {actor} cannot act for partner {partner}: each partner manages only its own stock and customers."
        case .accessPartnerOnly: "{actor} is a contract user: only the partner may {action}."
        case .accessCustomerOnly: "Only the contract user {customer} may {action}, not {actor}: act as the contract user."

        case .clockDayGivenOnLive:
            "This ledger is live: a change is dated by the clock (today is {today}), so it cannot be dated {given}. Make the change without a day; give days only in a simulation ledger (demos, training, tests)."
        case .clockBeforeLatestChange:
            "A change dated {day} is refused: the ledger's latest change is dated {latest}, and a simulation ledger's days only move forward. Give {latest} or a later day."
        case .simulationLedger: "Simulation ledger: its days are given, not the clock's. Not a live ledger."
        case .accessInstallerOnly: "{actor} is an installer: installers register recorders and cameras to the partner's customers and read their reports. Ask a partner admin to {action}."
        case .accessReadAudit: "read the audit log"
        case .accessReadNotices: "read the notices"
        case .attemptsTooMany: "Too many {what} from here: try again in {minutes} {minutes|minute|minutes}. Nothing was changed."
        case .attemptsLogins: "failed logins"
        case .attemptsClaimCodes: "wrong claim codes"
        case .attemptsEncryptionIDs: "wrong encryption IDs"
        case .storeNotADatabase:
            "{path} is not a remo database (not SQLite, or damaged). Choose another ledger file, or move this one away."
        case .storeReadOnly: "{path} cannot be written (the file or its folder is read-only). Check its permissions, or choose another ledger file."
        case .storeLocked:
            "{path} is busy: another remo process held it for {seconds} seconds. Nothing was changed; try again when it has finished."
        case .storeCannotOpen: "{path} cannot be opened: {reason}."
        case .storeNewerSchema:
            "{path} was made by a newer remo (it has the change \"{migration}\" this one does not know). Use the newer remo."
        case .storeRefused: "The database refused the change, which would break a rule: {rule} Nothing was changed."

        case .storeReasonFolder: "it is a folder, not a file"
        case .storeReasonNoFolder: "the folder {folder} does not exist"
        case .storeReasonNoName: "no file was named"
        case .storeReasonNotRegular: "it is not a regular file (a device, a FIFO or a socket); a ledger is a file of its own"
        case .storeMissing:
            "There is no ledger at {path}. Make one first (a live ledger, or a simulation ledger for demos, training and tests), or name the ledger you meant."
        case .storeExists: "{path} already exists: a new ledger is made only where there is no file. Name another path, or use the ledger that is there."
        case .storeBadBusyTimeout:
            "The wait for a locked database, {value}, is not a number of seconds from 0 to {maximum}. Give a number of seconds in that range (10 by default)."
        case .storeDiskFailure:
            "The database {path} could not be written or read: {reason}. Nothing more was changed; what was reported done is committed. Free space on its disk (or check the disk), then run the command again."
        case .storeFailed: "The database {path} failed: {reason}. Nothing was changed by the step that failed; check the file, then run the command again."
        case .storeNotEmpty:
            "{path} already holds tables: a new ledger is made only in an empty database. Create an empty database (createdb) or schema for remo, or name the ledger that is there."
        case .storeUnreachable:
            "The database {path} cannot be reached: {reason}. Check that the PostgreSQL server runs there, and the user, the database and the password (in the URL, PGPASSWORD or ~/.pgpass); then run the command again."
        case .ruleLicenseAssignedOnce: "a license is assigned to a customer once, and never taken back."
        case .ruleAssignmentToOwnCustomer: "a partner's stock goes only to that partner's customers."
        case .ruleLicenseBoundOnce: "a license is bound to one camera at a time."
        case .ruleBindingInAccount: "a license is bound only to a camera of the account it was assigned to."
        case .ruleBindingConnection: "a license is bound only to a camera of its connection type."
        case .ruleBindingEndsOnce: "a binding ends once, on or after the day it began."
        case .ruleCardRegisteredOnce: "an activation card is registered once."
        case .ruleAppendOnly: "the audit log, stock, licenses, assignments and cards are never changed or deleted."
        case .ruleCustomerFixed: "a customer's partner and address, and a hand-over once made, never change."
        case .ruleCameraFixed: "a camera's account and connection type, and the day it failed, never change."
        case .ruleUnitLabeledOnce: "a unit has one current label at a time, and its generations follow one another."
        case .ruleManifestFixed: "a label manifest entry is never changed or deleted, except to revoke it once."

        case .accountMalformedPartnerCode:
            "\"{code}\" is not a partner code: use 1 to 32 letters, digits, - or _ (for example P0001)."
        case .accountUnknownPartner: "There is no partner with the code {code}. Check the code, or add the partner."
        case .accountUnknownCustomer:
            "There is no contract user {email} that you can see. Check the address, or add the contract user."
        case .accountPartnerCodeTaken: "A partner with the code {code} exists already; choose another code."
        case .accountEmailTaken:
            "{email} is already the login of a partner or a contract user; each login needs its own address."
        case .accountAlreadyShared: "The account of {customer} is already shared with {email}."
        case .accountWrongPassword: "The password for {email} is not right. Nothing was changed."
        case .accountInitialPasswordExpired:
            "The initial password mailed to {email} expired at {time} (it must be changed within 24 hours). Use forgot password to have a new one mailed."
        case .accountWeakPassword: "A password needs at least {minimum} characters."
        case .accountSamePassword: "The new password is the current one: choose a different one."
        case .accountAlreadyHandedOver: "The account of {email} was already handed over at {time}."
        case .accountEmptyTermsVersion: "Say which version of the terms of use was accepted."
        case .accountUnknownTimeZone: "\"{zone}\" is not a time zone: use a name such as Asia/Tokyo."

        case .stockCountNotPositive: "{count} is not a count of licenses: give 1 or more."
        case .stockCountTooLarge:
            "{count} licenses is more than one change may take ({maximum}): nothing was changed. Give {maximum} or fewer, in several changes if more are needed; a deployment that needs more at once raises its limit."
        case .stockPerpetualNotStock:
            "{part} is a perpetual license: it comes on activation cards, not as stock. Import the cards and register them in the customer's account."
        case .stockNotEnough:
            "Partner {partner} has {available} {part} {available|license|licenses} in stock, fewer than the {requested} asked for. Nothing was assigned: add stock to the partner first."
        case .stockNotConfirmed:
            "Assigning {count} {part} {count|license|licenses} to {customer} cannot be undone, and their dates start today. Confirm the assignment to go ahead."
        case .stockEmailLooksWrong:
            "The address {email} looks wrong (did you mean {suggestion}?) and was never confirmed, so the customer may never be able to log in. Nothing was assigned: add the customer again with the right address, or confirm this one."
        case .stockEmailUnconfirmed:
            "The address {email} was never confirmed: the customer has not logged in with a mailed password, and the partner has not confirmed it. If it is wrong the customer can never log in, so nothing was assigned. Confirm it once checked with the customer."

        case .deviceUnknownRecorder: "There is no recorder {id} in this account."
        case .deviceUnknownCamera: "There is no camera {id} in this account."
        case .deviceDirectCameraOnRecorder: "A camera-direct camera does not connect through a recorder: leave out the recorder."
        case .deviceSiteLimit:
            "The site {site} has {present} camera-direct {present|camera|cameras}; {cameras} more would pass the limit of {limit} per site, so nothing was added. Use another site, or connect the cameras through an edge storage unit."
        case .renewalOfCamera: "Camera {camera} ({name}): {advice} {windows}"

        case .cardImported:
            "Imported."
        case .cardValidNotImported:
            "Valid, but not imported: another row was refused, and the list imports all or none."
        case .cardAlreadyImported:
            "Imported before; nothing to do."
        case .cardNotPerpetual:
            "{part} is not a perpetual pack: activation cards are for perpetual licenses."
        case .cardDuplicatedLine:
            "This activation ID is on line {line} already."
        case .cardConflict:
            "This activation ID was imported before with a different encryption ID: check the list with i-PRO's order data."
        case .cardRegistered:
            "Registered; its perpetual licenses are in the account."
        case .cardValidNotRegistered:
            "Valid, but not registered: another card of the request was refused, and cards register all or none."
        case .cardUnknown:
            "This activation ID is not in the issued-card list: check it, or import the list."
        case .cardWrongEncryptionID:
            "The encryption ID does not match this card: check it on the card (暗号ID番号)."
        case .cardAlreadyRegistered:
            "This card was registered before; a card registers once."
        case .cardDuplicatedInRequest:
            "This card is given twice: once is enough."
        case .bindingUnknownLicense:
            "There is no license {license} in this account. See the account's licenses."
        case .bindingLicenseBound:
            "License {license} is bound to camera {camera} already: move it, or choose another license."
        case .bindingLicenseNotBound:
            "License {license} is not bound to any camera: there is nothing to move. Bind it to a camera."
        case .bindingConnectionMismatch:
            "License {license} ({part}) cannot go to camera {camera}: that camera is {connection}, and a license must match the camera's connection type."
        case .bindingCameraCovered:
            "Camera {camera} is covered already ({status}): nothing was bound. A renewal license is bound automatically the day after the current one expires."
        case .bindingCameraFailed:
            "Camera {camera} was marked failed on {date}: it takes no new license. When the same unit is back from repair, re-apply its perpetual license to it; a replacement unit is a camera of its own."
        case .bindingCameraNotFailed:
            "Camera {camera} is not marked failed: mark it failed first, then re-apply its license."
        case .bindingNoPerpetualLicense:
            "Failed camera {camera} holds no perpetual license to re-apply."
        case .bindingSameCamera:
            "The license is on camera {camera} already."
        case .bindingNoLicense:
            "The account has no unassigned, unexpired {connection} license for camera {camera}. Assign a term license from stock, or register an activation card: for one camera, buy {part}."
        case .bindingPerpetualUsed:
            "Perpetual license {license} was applied to a camera before: it is not bound again, but re-applied from its failed camera, or moved within 30 days."
        case .bindingNotOnPerpetualLicense:
            "Camera {camera} is not on a perpetual license: only a perpetual license's type can be changed. See the account's licenses."
        case .bindingNotTermLicense:
            "License {license} is a perpetual license: a type change puts the camera on a 1-year or 5-year license. Name a term license, or none to take one of the account's."
        case .bindingNoTermLicense:
            "The account has no unbound, unexpired {connection} term license for camera {camera}: nothing was changed. Assign one from stock first."
        case .outboxCannotWrite: "The mail could not be written to {path}: {reason}. Nothing was changed."
        case .mailInitialPasswordSubject: "Your i-PRO Remo. account and initial password"
        case .mailInitialPasswordBody:
            """
            Dear {name},

            An i-PRO Remo. account has been created for you.

            Login: {email}
            Initial password: {password}

            Please log in and change this password within {hours} hours (by {expires}).
            After that it no longer works; use "forgot password" on the login page to have a new one sent.
            """
        case .mailRenewedPasswordSubject: "Your new i-PRO Remo. initial password"
        case .mailRenewedPasswordBody:
            """
            Dear {name},

            A new initial password was requested for your i-PRO Remo. account.

            Login: {email}
            Initial password: {password}

            Please log in and change this password within {hours} hours (by {expires}).
            If you did not ask for it, your previous password no longer works: use this one and choose your own.
            """

        case .noticeNoCamera:
            "none (not bound to a camera)"
        case .noticePartnerSubject:
            "[{days} days] License {license} of {customer} expires on {expires}"
        case .noticePartnerBody:
            """
            {partner}

            The license {license} ({term}, {part}) of {customer} <{email}> expires on {expires}, in {days} days.
            Camera: {camera}

            What to do now: {action}

            {afterExpiry}
            """
        case .noticeCustomerSubject:
            "Your i-PRO Remo. license expires on {expires}"
        case .noticeCustomerBody:
            """
            Dear {customer},

            Your i-PRO Remo. license {license} ({term}, {part}) expires on {expires}, in {days} days.
            Camera: {camera}

            {afterExpiry}
            To keep the service, please contact {partner} about renewal.
            """
        case .textUndecodable:
            "Line {line} of {file} has a byte that is not valid {encoding}. Nothing was read: check the file's encoding (UTF-8 or CP932) or save it again."
        case .textNeitherEncoding:
            "Line {line} of {file} has a byte that is neither UTF-8 nor CP932 (Shift-JIS). Nothing was read: save the file again from the spreadsheet, or name its encoding."
        case .textUTF16:
            "{file} is UTF-16 text (Excel's \"Unicode text\"), not CSV. Save it from Excel as \"CSV UTF-8\" or \"CSV\"."
        case .textUnrepresentableNamed:
            "Row {row}, column {column} ({name}) contains \"{character}\", which {encoding} cannot hold. Nothing was written: change the character, or write UTF-8 instead."
        case .textUnrepresentable:
            "Row {row}, column {column} contains \"{character}\", which {encoding} cannot hold. Nothing was written: change the character, or write UTF-8 instead."
        case .textEncodingUnavailable:
            "This system cannot convert {encoding}: the glibc converters (gconv modules) are missing. Install the locales or libc packages that provide them."
        case .textUnknownEncoding:
            "\"{name}\" is not an encoding remo reads or writes: use utf-8 or cp932 (Shift-JIS as Japanese Excel saves it)."
        case .actionPartnerAdded: "add a partner"
        case .actionCustomerAdded: "add a contract user"
        case .actionEmailConfirmed: "confirm a contract user's e-mail address"
        case .actionLoggedIn: "log in"
        case .actionPasswordChanged: "change the password"
        case .actionPasswordRenewed: "renew the initial password"
        case .actionTermsAccepted: "accept the terms of use"
        case .actionHandedOver: "hand the account over"
        case .actionSharedUserAdded: "share the account"
        case .actionStockAdded: "add stock"
        case .actionLicensesAssigned: "assign licenses"
        case .actionCardsImported: "import activation cards"
        case .actionCardsRegistered: "register activation cards"
        case .actionSiteAdded: "add a site"
        case .actionCameraAdded: "add a camera"
        case .actionLicenseBound: "bind a license to a camera"
        case .actionLicenseMoved: "move a license to another camera"
        case .actionLicenseTypeChanged: "change a camera's license type"
        case .actionCameraFailed: "mark a camera failed"
        case .actionLicenseReapplied: "re-apply a perpetual license"
        case .actionAutomaticallyBound: "bind a license automatically at expiry"
        case .actionNoticesQueued: "queue expiry notices"
        case .actionNoticesWritten: "write notices as mail files"
        case .actionLabelsMade: "make recorder labels"
        case .actionLabelsReissued: "reissue recorder labels with new claim codes"
        case .actionLabelsReprinted: "print recorder labels again"
        case .actionRecorderRegistered: "register a recorder and its cameras"
        case .actionCamerasRegistered: "register cameras"
        case .actionPartnerUserAdded: "add a partner user"
        case .actionPartnerUserLoggedIn: "log in as a partner user"
        case .actionLoginFailed: "fail to log in"
        case .actionClaimCodeFailed: "give a wrong claim code"
        case .actionEncryptionIDFailed: "give a wrong encryption ID"
        case .actionAttemptsLimited: "be stopped by an attempt limit"
        }
    }
}
