public import RemoCore

/// Why adding stock or assigning licenses from it was refused.
public enum StockError: Error, Hashable, Sendable, MessageProviding {
    /// A count below 1.
    case countNotPositive(Int)
    /// A count over the ledger's limit per change (``LedgerSettings/maximumLicensesPerChange``).
    case countTooLarge(Int, maximum: Int)
    /// Perpetual licenses come on activation cards, not as stock.
    case perpetualNotStock(part: String)
    /// The partner's stock of the part holds fewer licenses than asked for; nothing was assigned.
    case notEnoughStock(partner: Partner.Code, part: String, available: Int, requested: Int)
    /// The assignment was not confirmed (`--yes`): it cannot be undone.
    case notConfirmed(count: Int, part: String, customer: EmailAddress)
    /// The customer's address was never confirmed, so they may never be able to log in.
    case emailUnconfirmed(EmailAddress, likelyTypo: String?)

    public var message: Message {
        switch self {
        case .countNotPositive(let count): LedgerText.stockCountNotPositive(["count": .integer(count)])
        case .countTooLarge(let count, let maximum):
            LedgerText.stockCountTooLarge(["count": .integer(count), "maximum": .integer(maximum)])
        case .perpetualNotStock(let part): LedgerText.stockPerpetualNotStock(["part": .text(part)])
        case .notEnoughStock(let partner, let part, let available, let requested):
            LedgerText.stockNotEnough([
                "partner": .text(partner.rawValue), "part": .text(part), "available": .integer(available),
                "requested": .integer(requested),
            ])
        case .notConfirmed(let count, let part, let customer):
            LedgerText.stockNotConfirmed([
                "count": .integer(count), "part": .text(part), "customer": .text(customer.description),
            ])
        case .emailUnconfirmed(let email, let typo?):
            LedgerText.stockEmailLooksWrong(["email": .text(email.description), "suggestion": .text(typo)])
        case .emailUnconfirmed(let email, nil):
            LedgerText.stockEmailUnconfirmed(["email": .text(email.description)])
        }
    }
}
