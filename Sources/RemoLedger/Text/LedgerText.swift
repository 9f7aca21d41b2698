public import RemoCore

/// The ledger's sentences for people: refusals, store faults, rules, mail, the
/// names of audited actions. Templates: `LedgerText+English.swift`,
/// `LedgerText+Japanese.swift`.
public enum LedgerText: String, MessageCatalogue {
    // Role rules
    case accessUnknownUser
    case accessReadOnly
    case accessOperatorOnly
    case accessOtherPartner
    case accessPartnerOnly
    case accessCustomerOnly
    case accessInstallerOnly
    case accessReadAudit
    case accessReadNotices

    // Attempt limits
    case attemptsTooMany
    case attemptsLogins
    case attemptsClaimCodes
    case attemptsEncryptionIDs

    // The clock
    case clockDayGivenOnLive
    case clockBeforeLatestChange
    case simulationLedger

    // The store
    case storeNotADatabase
    case storeReadOnly
    case storeLocked
    case storeCannotOpen
    case storeNewerSchema
    case storeRefused
    case storeReasonFolder
    case storeReasonNoFolder
    case storeReasonNoName
    case storeReasonNotRegular
    case storeMissing
    case storeExists
    case storeBadBusyTimeout
    case storeDiskFailure
    case storeFailed
    case storeNotEmpty
    case storeUnreachable

    // Rules the store enforces
    case ruleLicenseAssignedOnce
    case ruleAssignmentToOwnCustomer
    case ruleLicenseBoundOnce
    case ruleBindingInAccount
    case ruleBindingConnection
    case ruleBindingEndsOnce
    case ruleCardRegisteredOnce
    case ruleAppendOnly
    case ruleCustomerFixed
    case ruleCameraFixed
    case ruleUnitLabeledOnce
    case ruleManifestFixed

    // Accounts
    case accountMalformedPartnerCode
    case accountUnknownPartner
    case accountUnknownCustomer
    case accountPartnerCodeTaken
    case accountEmailTaken
    case accountAlreadyShared
    case accountWrongPassword
    case accountInitialPasswordExpired
    case accountWeakPassword
    case accountSamePassword
    case accountAlreadyHandedOver
    case accountEmptyTermsVersion
    case accountUnknownTimeZone

    // Stock and assignment
    case stockCountNotPositive
    case stockCountTooLarge
    case stockPerpetualNotStock
    case stockNotEnough
    case stockNotConfirmed
    case stockEmailLooksWrong
    case stockEmailUnconfirmed

    // Devices
    case deviceUnknownRecorder
    case deviceUnknownCamera
    case deviceDirectCameraOnRecorder
    case deviceSiteLimit
    case renewalOfCamera
    case cardImported
    case cardValidNotImported
    case cardAlreadyImported
    case cardNotPerpetual
    case cardDuplicatedLine
    case cardConflict
    case cardRegistered
    case cardValidNotRegistered
    case cardUnknown
    case cardWrongEncryptionID
    case cardAlreadyRegistered
    case cardDuplicatedInRequest
    case bindingUnknownLicense
    case bindingLicenseBound
    case bindingLicenseNotBound
    case bindingConnectionMismatch
    case bindingCameraCovered
    case bindingCameraFailed
    case bindingCameraNotFailed
    case bindingNoPerpetualLicense
    case bindingSameCamera
    case bindingNoLicense
    case bindingPerpetualUsed
    case bindingNotOnPerpetualLicense
    case bindingNotTermLicense
    case bindingNoTermLicense

    // The outbox and its mail
    case outboxCannotWrite
    case mailInitialPasswordSubject
    case mailInitialPasswordBody
    case mailRenewedPasswordSubject
    case mailRenewedPasswordBody
    case noticeNoCamera
    case noticePartnerSubject
    case noticePartnerBody
    case noticeCustomerSubject
    case noticeCustomerBody
    case textUndecodable
    case textNeitherEncoding
    case textUTF16
    case textUnrepresentableNamed
    case textUnrepresentable
    case textEncodingUnavailable
    case textUnknownEncoding

    // Audited actions
    case actionPartnerAdded
    case actionCustomerAdded
    case actionEmailConfirmed
    case actionLoggedIn
    case actionPasswordChanged
    case actionPasswordRenewed
    case actionTermsAccepted
    case actionHandedOver
    case actionSharedUserAdded
    case actionStockAdded
    case actionLicensesAssigned
    case actionCardsImported
    case actionCardsRegistered
    case actionSiteAdded
    case actionCameraAdded
    case actionLicenseBound
    case actionLicenseMoved
    case actionLicenseTypeChanged
    case actionCameraFailed
    case actionLicenseReapplied
    case actionAutomaticallyBound
    case actionNoticesQueued
    case actionNoticesWritten
    case actionLabelsMade
    case actionLabelsReissued
    case actionLabelsReprinted
    case actionRecorderRegistered
    case actionCamerasRegistered
    case actionPartnerUserAdded
    case actionPartnerUserLoggedIn
    case actionLoginFailed
    case actionClaimCodeFailed
    case actionEncryptionIDFailed
    case actionAttemptsLimited
}

extension LedgerText {
    /// What a person can do about a refusal, for each front end to word.
    /// (``AccessError/customerOnly(actor:customer:action:)`` adds whom to act as.)
    public var remedies: [Remedy] {
        switch self {
        case .accessUnknownUser: [.checkActor]
        case .storeNotADatabase, .storeReadOnly: [.chooseLedger]
        case .storeBadBusyTimeout: [.setBusyTimeout]
        case .clockDayGivenOnLive: [.leaveOutDayOrSimulate]
        case .accountUnknownPartner: [.addPartner]
        case .accountUnknownCustomer: [.addCustomer]
        case .stockPerpetualNotStock, .cardUnknown: [.importCards]
        case .stockNotEnough: [.addStock]
        case .stockNotConfirmed: [.confirm]
        case .stockEmailLooksWrong, .stockEmailUnconfirmed: [.confirmEmail]
        case .bindingUnknownLicense, .bindingNotOnPerpetualLicense: [.listLicenses]
        case .bindingLicenseBound: [.moveLicense]
        case .bindingLicenseNotBound: [.bindLicense]
        case .bindingCameraNotFailed: [.markCameraFailed]
        case .bindingNoLicense, .bindingNoTermLicense: [.assignLicenses]
        case .bindingPerpetualUsed: [.reapplyLicense, .moveLicense]
        case .bindingNotTermLicense: [.chooseLicense]
        case .textUndecodable, .textNeitherEncoding: [.chooseEncoding]
        default: []
        }
    }
}
