public import RemoCore

/// Why a role rule refused an action.
public enum AccessError: Error, Hashable, Sendable, MessageProviding {
    /// No partner, contract user or shared user has this address.
    case unknownUser(EmailAddress)
    /// A shared user tried to change something.
    case readOnly(EmailAddress)
    /// Only the database's local operator may do this (add partners).
    case operatorOnly(actor: String, action: AuditAction)
    /// A partner tried to act for another partner.
    case otherPartner(actor: Partner.Code, partner: Partner.Code)
    /// A contract user tried what only their partner may do (stock, assignment, moves).
    case partnerOnly(actor: EmailAddress, action: AuditAction)
    /// Someone other than the contract user tried what only they may do.
    case customerOnly(actor: String, action: AuditAction)
    /// An installer tried what only a partner admin may do.
    case installerOnly(actor: EmailAddress, what: Message)

    public var message: Message {
        switch self {
        case .unknownUser(let email): LedgerText.accessUnknownUser(["email": .text(email.description)])
        case .readOnly(let email): LedgerText.accessReadOnly(["email": .text(email.description)])
        case .operatorOnly(let actor, let action):
            LedgerText.accessOperatorOnly(["actor": .text(actor), "action": .message(action.name)])
        case .otherPartner(let actor, let partner):
            LedgerText.accessOtherPartner(["actor": .text(actor.rawValue), "partner": .text(partner.rawValue)])
        case .partnerOnly(let actor, let action):
            LedgerText.accessPartnerOnly(["actor": .text(actor.description), "action": .message(action.name)])
        case .customerOnly(let actor, let action):
            LedgerText.accessCustomerOnly(["actor": .text(actor), "action": .message(action.name)])
        case .installerOnly(let actor, let what):
            LedgerText.accessInstallerOnly(["actor": .text(actor.description), "action": .message(what)])
        }
    }
}
