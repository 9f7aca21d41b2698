public import RemoCore

/// Whose accounts a provisioning report covers.
public enum ReportScope: Hashable, Sendable {
    /// One contract user's account (`--customer EMAIL`).
    case customer(EmailAddress)
    /// Every account of a partner that the actor may see (`--partner CODE`).
    case partner(Partner.Code)
}
