public import RemoCore
public import RemoLedger

/// Logs in through the ledger's login use case (``RemoLedger/Ledger/signIn(_:password:at:)``):
/// partner users (admin, installer) and contract users, within the attempt
/// limits the library counts in the store, per account and address and per
/// address. The web only passes the client's address along and shows the answer.
public struct LedgerAuthenticator: WebAuthenticator {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public func logIn(_ email: EmailAddress, password: String, from client: ClientAddress, acting: Acting) async throws
        -> WebUser
    {
        var acting = acting
        acting.address = client.rawValue
        switch try await ledger.signIn(email, password: password, at: acting) {
        case .partnerUser(let user, let partner):
            return WebUser(email: user.email, role: user.role == .admin ? .admin : .installer, partner: partner.code)
        case .customer(let result, let partner):
            return WebUser(email: result.customer.email, role: .customer, partner: partner?.code)
        }
    }
}
