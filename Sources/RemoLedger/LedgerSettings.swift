public import Foundation
import RemoCore

/// The ledger's settings: hashing costs, how long a mailed password lasts, who
/// mail comes from.
public struct LedgerSettings: Sendable {
    /// The scrypt cost for passwords.
    public var passwordCost: SecretHasher.Cost
    /// The scrypt cost for encryption IDs and claim codes (hashed in batches).
    public var identifierCost: SecretHasher.Cost
    /// How long a mailed initial password may be used before it must be renewed
    /// ("forgot password"): 24 hours (P10).
    public var initialPasswordLifetime: TimeInterval
    /// The shortest password a customer may choose.
    public var minimumPasswordLength: Int
    /// The sender of mail (initial passwords, notices).
    public var sender: MailMessage.Mailbox
    /// The time zone of new accounts and of mail dates: Asia/Tokyo.
    public var defaultTimeZone: String
    /// How many camera-direct cameras a site (folder) may hold: 2 (P4; the
    /// limit counts per site, docs/decisions.md "Camera-direct limit").
    public var directCamerasPerSite: Int
    /// The most licenses one change may add to stock or assign (`stock add
    /// --count`, `license assign --count`): 10,000 by default. A count over it
    /// is refused naming both; a deployment that buys more at once raises it.
    public var maximumLicensesPerChange: Int
    /// How many failed logins, wrong claim codes and wrong encryption IDs are
    /// allowed, per what and in what window (``AttemptLimits``).
    public var attemptLimits: AttemptLimits

    /// The default of ``maximumLicensesPerChange``.
    public static let defaultMaximumLicensesPerChange = 10_000

    public init(
        passwordCost: SecretHasher.Cost = .passwords, identifierCost: SecretHasher.Cost = .identifiers,
        initialPasswordLifetime: TimeInterval = 24 * 60 * 60, minimumPasswordLength: Int = 8,
        sender: MailMessage.Mailbox = LedgerSettings.defaultSender, defaultTimeZone: String = "Asia/Tokyo",
        directCamerasPerSite: Int = 2, maximumLicensesPerChange: Int = LedgerSettings.defaultMaximumLicensesPerChange,
        attemptLimits: AttemptLimits = AttemptLimits()
    ) {
        self.passwordCost = passwordCost
        self.identifierCost = identifierCost
        self.initialPasswordLifetime = initialPasswordLifetime
        self.minimumPasswordLength = minimumPasswordLength
        self.sender = sender
        self.defaultTimeZone = defaultTimeZone
        self.directCamerasPerSite = directCamerasPerSite
        self.maximumLicensesPerChange = maximumLicensesPerChange
        self.attemptLimits = attemptLimits
    }

    /// `remo <remo@localhost>`: a mail system rewrites it, or a deployment sets its own.
    public static var defaultSender: MailMessage.Mailbox {
        MailMessage.Mailbox(name: "remo", address: EmailAddress(knownValid: "remo", domain: "localhost.localdomain"))
    }
}
