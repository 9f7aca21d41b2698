public import RemoCore
public import RemoLedger

/// A user logged in to the web app: who they are to the library (the
/// ``RemoLedger/Principal`` every use case is given) and what the pages offer them.
public struct WebUser: Hashable, Sendable {
    /// What the pages offer; the library's role rules decide what is allowed.
    public enum Role: String, Hashable, Sendable, CaseIterable {
        /// A partner user who may do what the partner may: stock, assignment, reports.
        case admin
        /// A partner user who decodes, registers to the partner's customers and reads their reports.
        case installer
        /// A contract user, in their own account.
        case customer
    }

    public let email: EmailAddress
    public let role: Role
    /// The partner the user belongs to (a customer's partner for a contract user), when known.
    public let partner: Partner.Code?

    public init(email: EmailAddress, role: Role, partner: Partner.Code?) {
        self.email = email
        self.role = role
        self.partner = partner
    }

    /// Who acts, for the library.
    public var principal: Principal { .user(email) }

    /// Whether the partner pages (stock, assignment, expiring list) are offered.
    public var isPartnerAdmin: Bool { role == .admin }
    /// Whether the user works for a partner (admin or installer).
    public var isPartnerUser: Bool { role != .customer }
}
