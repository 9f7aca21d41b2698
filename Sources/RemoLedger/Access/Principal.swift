public import RemoCore

/// Who says they act, before the store is asked who that is: the input a
/// command line (`--as`, `--partner`) or a web session gives a use case.
public enum Principal: Hashable, Sendable, CustomStringConvertible {
    /// The local operator of the database: may do what any partner may do.
    case localOperator
    /// The partner with this code.
    case partner(Partner.Code)
    /// The partner user, contract user or shared user with this address.
    case user(EmailAddress)

    public var description: String {
        switch self {
        case .localOperator: "operator"
        case .partner(let code): code.rawValue
        case .user(let email): email.description
        }
    }
}
