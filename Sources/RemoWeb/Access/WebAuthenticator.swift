public import RemoCore
public import RemoLedger

/// Who a login names, checked: the seam the library's login use case (partner
/// users and contract users, with its attempt limits per account and per
/// address) plugs into. The web app passes the client's address along and
/// shows the answer; the rules are the library's.
public protocol WebAuthenticator: Sendable {
    /// The user an address and password prove, or ``WebError/wrongLogin``
    /// (the same for an unknown address and a wrong password), or
    /// ``WebError/tooManyAttempts(retryAfter:)``.
    func logIn(_ email: EmailAddress, password: String, from client: ClientAddress, acting: Acting) async throws -> WebUser
}
