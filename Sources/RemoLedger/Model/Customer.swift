public import Foundation
public import RemoCore

/// A contract user (契約ユーザー): the customer's account, added by a partner,
/// owning the sites, devices and licenses.
///
/// The customer's login is its e-mail address. Its password lives apart, in a
/// ``Credential``, so nothing that shows or logs a customer carries a hash.
public struct Customer: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<Customer>

    /// The store's identifier.
    public let id: ID
    /// The partner that added the account (and assigns its licenses).
    public let partnerID: Partner.ID
    /// The customer's name.
    public var name: String
    /// The login and the address notices go to.
    public let email: EmailAddress
    /// The account's time zone (an IANA name; `Asia/Tokyo` unless set).
    public var timeZone: String
    /// When the account was added.
    public let created: Date
    /// Whether, how and when the address was confirmed (see ``EmailConfirmation``).
    public var emailConfirmation: EmailConfirmation?
    /// The terms of use the customer accepted, and when.
    public var termsAccepted: TermsAcceptance?
    /// When the partner handed the account over; from then on the partner acts
    /// in it only as a proxy.
    public var handedOver: Date?
    /// The customer's last login.
    public var lastLogin: Date?

    public init(
        id: ID, partnerID: Partner.ID, name: String, email: EmailAddress, timeZone: String, created: Date,
        emailConfirmation: EmailConfirmation? = nil, termsAccepted: TermsAcceptance? = nil, handedOver: Date? = nil,
        lastLogin: Date? = nil
    ) {
        self.id = id
        self.partnerID = partnerID
        self.name = name
        self.email = email
        self.timeZone = timeZone
        self.created = created
        self.emailConfirmation = emailConfirmation
        self.termsAccepted = termsAccepted
        self.handedOver = handedOver
        self.lastLogin = lastLogin
    }

    /// Whether the account has been handed over to the customer.
    public var isHandedOver: Bool { handedOver != nil }

    /// The proof that mail sent to a customer's address reaches the customer.
    ///
    /// **Decision** (docs/decisions.md, "Confirmed e-mail"): an address is
    /// confirmed when the customer logged in or changed the password with a
    /// password that was mailed to that address (the generated initial password,
    /// or one renewed by "forgot password"), or when the partner confirmed it
    /// with the customer and said so (`remo customer confirm-email`). A
    /// temporary password the partner set proves nothing: it never went by mail.
    public struct EmailConfirmation: Hashable, Sendable, Codable {
        /// How the address was shown to work.
        public enum Method: String, Hashable, Sendable, Codable {
            /// The partner confirmed it with the customer.
            case partner
            /// The customer used a password that was mailed to it.
            case mailedPassword = "mailed-password"
        }

        public let method: Method
        public let at: Date

        public init(method: Method, at: Date) {
            self.method = method
            self.at = at
        }
    }

    /// The version of the terms of use a customer accepted, and when.
    public struct TermsAcceptance: Hashable, Sendable, Codable {
        public let version: String
        public let at: Date

        public init(version: String, at: Date) {
            self.version = version
            self.at = at
        }
    }
}
