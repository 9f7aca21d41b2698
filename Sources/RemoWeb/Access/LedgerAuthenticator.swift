public import RemoCore
public import RemoLedger

/// Logs in through the ledger's login use case: today a contract user with
/// their password (``RemoLedger/Ledger/logIn(_:password:at:)``).
public struct LedgerAuthenticator: WebAuthenticator {
    public let ledger: Ledger

    public init(ledger: Ledger) {
        self.ledger = ledger
    }

    public func logIn(_ email: EmailAddress, password: String, from client: ClientAddress, acting: Acting) async throws
        -> WebUser
    {
        let result: LoginResult
        do {
            result = try await ledger.logIn(email, password: password, at: acting)
        } catch let error as AccountError {
            switch error {
            case .wrongPassword, .unknownCustomer: throw WebError.wrongLogin
            default: throw error
            }
        } catch is AccessError {
            throw WebError.wrongLogin
        }
        let partner = try? await ledger.partners(by: acting).first { $0.id == result.customer.partnerID }?.code
        return WebUser(email: result.customer.email, role: .customer, partner: partner)
    }
}
