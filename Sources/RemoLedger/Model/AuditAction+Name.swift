public import RemoCore

extension AuditAction {
    /// What the action does, for people, as a verb phrase: "assign licenses" / 「ライセンスを割り当てる」.
    public var name: Message {
        switch self {
        case .partnerAdded: LedgerText.actionPartnerAdded()
        case .customerAdded: LedgerText.actionCustomerAdded()
        case .emailConfirmed: LedgerText.actionEmailConfirmed()
        case .loggedIn: LedgerText.actionLoggedIn()
        case .passwordChanged: LedgerText.actionPasswordChanged()
        case .passwordRenewed: LedgerText.actionPasswordRenewed()
        case .termsAccepted: LedgerText.actionTermsAccepted()
        case .handedOver: LedgerText.actionHandedOver()
        case .sharedUserAdded: LedgerText.actionSharedUserAdded()
        case .stockAdded: LedgerText.actionStockAdded()
        case .licensesAssigned: LedgerText.actionLicensesAssigned()
        case .cardsImported: LedgerText.actionCardsImported()
        case .cardsRegistered: LedgerText.actionCardsRegistered()
        case .siteAdded: LedgerText.actionSiteAdded()
        case .cameraAdded: LedgerText.actionCameraAdded()
        case .licenseBound: LedgerText.actionLicenseBound()
        case .licenseMoved: LedgerText.actionLicenseMoved()
        case .cameraFailed: LedgerText.actionCameraFailed()
        case .licenseReapplied: LedgerText.actionLicenseReapplied()
        case .licenseTypeChanged: LedgerText.actionLicenseTypeChanged()
        case .automaticallyBound: LedgerText.actionAutomaticallyBound()
        case .noticesQueued: LedgerText.actionNoticesQueued()
        case .noticesWritten: LedgerText.actionNoticesWritten()
        case .labelsMade: LedgerText.actionLabelsMade()
        case .labelsReissued: LedgerText.actionLabelsReissued()
        case .labelsReprinted: LedgerText.actionLabelsReprinted()
        case .recorderRegistered: LedgerText.actionRecorderRegistered()
        case .camerasRegistered: LedgerText.actionCamerasRegistered()
        case .partnerUserAdded: LedgerText.actionPartnerUserAdded()
        case .partnerUserLoggedIn: LedgerText.actionPartnerUserLoggedIn()
        case .loginFailed: LedgerText.actionLoginFailed()
        case .claimCodeFailed: LedgerText.actionClaimCodeFailed()
        case .encryptionIDFailed: LedgerText.actionEncryptionIDFailed()
        case .attemptsLimited: LedgerText.actionAttemptsLimited()
        }
    }
}
