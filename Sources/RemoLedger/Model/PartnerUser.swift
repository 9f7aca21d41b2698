public import Foundation
public import RemoCore

/// A person who logs in for a partner (`remo partner user add`), with a role:
/// an admin may do what the partner may; an installer registers recorders to
/// the partner's customers and reads their reports (``Actor`` rules).
public struct PartnerUser: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<PartnerUser>

    /// What a partner user may do.
    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        /// Everything the partner may: stock, customers, assignment, reports.
        case admin
        /// Decoding, registering to the partner's customers, reading their reports.
        case installer
    }

    public let id: ID
    /// The partner the user works for.
    public let partnerID: Partner.ID
    /// The login address, unique among every login (partners, customers, users).
    public let email: EmailAddress
    public let role: Role
    public let created: Date

    public init(id: ID, partnerID: Partner.ID, email: EmailAddress, role: Role, created: Date) {
        self.id = id
        self.partnerID = partnerID
        self.email = email
        self.role = role
        self.created = created
    }

    /// The user as the audit log records it (never the password or its hash).
    public var auditState: [String: String] {
        ["email": email.description, "role": role.rawValue]
    }
}
