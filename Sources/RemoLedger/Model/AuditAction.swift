/// What a change did, as the audit log records it. The raw values are stable
/// codes (in the database and in `remo audit --json`).
public enum AuditAction: String, Hashable, Sendable, Codable, CaseIterable {
    case partnerAdded = "partner.add"
    case customerAdded = "customer.add"
    case emailConfirmed = "customer.confirm-email"
    case loggedIn = "customer.login"
    case passwordChanged = "customer.change-password"
    case passwordRenewed = "customer.renew-password"
    case termsAccepted = "customer.accept-terms"
    case handedOver = "customer.hand-over"
    case sharedUserAdded = "shared-user.add"
    case stockAdded = "stock.add"
    case licensesAssigned = "license.assign"
    case cardsImported = "cards.import"
    case cardsRegistered = "cards.register"
    case siteAdded = "site.add"
    case cameraAdded = "camera.add"
    case licenseBound = "license.bind"
    case licenseMoved = "license.move"
    case cameraFailed = "camera.fail"
    case licenseReapplied = "license.reapply"
    case licenseTypeChanged = "license.change-type"
    case automaticallyBound = "tick.bind"
    case noticesQueued = "tick.notices"
    case noticesWritten = "notices.write"
    case labelsMade = "labels.make"
    case labelsReissued = "labels.reissue"
    case labelsReprinted = "labels.reprint"
    case recorderRegistered = "recorder.register"
    case camerasRegistered = "cameras.register"
    case partnerUserAdded = "partner-user.add"
    case partnerUserLoggedIn = "partner-user.login"
    /// A login that failed (a wrong address or password; never the password).
    case loginFailed = "login.fail"
    /// A registration with a claim code that is not the label's (never the code).
    case claimCodeFailed = "claim-code.fail"
    /// A card registration with a wrong encryption ID (never the ID).
    case encryptionIDFailed = "encryption-id.fail"
    /// An attempt refused because too many failed before it.
    case attemptsLimited = "attempts.limit"
}
