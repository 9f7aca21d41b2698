public import Foundation
public import RemoCore

/// Why an account use case refused: an unknown partner or customer, an address
/// already in use, a password that does not match or has expired.
public enum AccountError: Error, Hashable, Sendable, MessageProviding {
    /// A partner code with characters other than letters, digits, `-` and `_`, or too long.
    case malformedPartnerCode(String)
    /// No partner has this code.
    case unknownPartner(Partner.Code)
    /// No customer with this address is visible to the one asking.
    case unknownCustomer(EmailAddress)
    /// Another partner already has this code.
    case partnerCodeTaken(Partner.Code)
    /// A partner or a customer already logs in with this address.
    case emailTaken(EmailAddress)
    /// The account is already shared with this address.
    case alreadyShared(EmailAddress, customer: EmailAddress)
    /// A name is empty.
    case emptyName
    /// A name is too long or holds a control character (``RemoCore/DisplayName``).
    case invalidName(DisplayName.Problem)
    /// The password does not match.
    case wrongPassword(EmailAddress)
    /// The mailed initial password was not changed in time.
    case initialPasswordExpired(EmailAddress, expired: Date)
    /// A new password is too short.
    case weakPassword(minimumLength: Int)
    /// The new password is the current one.
    case samePassword
    /// The account was handed over already.
    case alreadyHandedOver(EmailAddress, at: Date)
    /// The terms-of-use version is empty.
    case emptyTermsVersion
    /// The time zone is not a known IANA name.
    case unknownTimeZone(String)

    public var message: Message {
        switch self {
        case .malformedPartnerCode(let text): LedgerText.accountMalformedPartnerCode(["code": .text(text)])
        case .unknownPartner(let code): LedgerText.accountUnknownPartner(["code": .text(code.rawValue)])
        case .unknownCustomer(let email): LedgerText.accountUnknownCustomer(["email": .text(email.description)])
        case .partnerCodeTaken(let code): LedgerText.accountPartnerCodeTaken(["code": .text(code.rawValue)])
        case .emailTaken(let email): LedgerText.accountEmailTaken(["email": .text(email.description)])
        case .alreadyShared(let email, let customer):
            LedgerText.accountAlreadyShared(["email": .text(email.description), "customer": .text(customer.description)])
        case .emptyName: DisplayName.Problem.empty.message
        case .invalidName(let problem): problem.message
        case .wrongPassword(let email): LedgerText.accountWrongPassword(["email": .text(email.description)])
        case .initialPasswordExpired(let email, let expired):
            LedgerText.accountInitialPasswordExpired([
                "email": .text(email.description), "time": .text(expired.formattedForPeople()),
            ])
        case .weakPassword(let minimum): LedgerText.accountWeakPassword(["minimum": .integer(minimum)])
        case .samePassword: LedgerText.accountSamePassword()
        case .alreadyHandedOver(let email, let at):
            LedgerText.accountAlreadyHandedOver(["email": .text(email.description), "time": .text(at.formattedForPeople())])
        case .emptyTermsVersion: LedgerText.accountEmptyTermsVersion()
        case .unknownTimeZone(let name): LedgerText.accountUnknownTimeZone(["zone": .text(name)])
        }
    }
}

extension Date {
    /// The moment for people and logs: ISO 8601 in UTC to the second (`2026-04-30T03:00:00Z`).
    public func formattedForPeople() -> String {
        var style = Date.ISO8601FormatStyle()
        style.timeZone = TimeZone(identifier: "UTC") ?? .current
        return formatted(style)
    }
}
