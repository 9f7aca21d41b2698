public import Foundation
public import RemoCore

/// Reading the issued activation cards.
public protocol CardReader {
    /// The cards with these activation IDs that were imported, by activation ID.
    func cards(_ activationIDs: [ActivationID]) throws -> [ActivationID: Card]
    /// Every card registered into the account, by ID.
    func cards(registeredTo customer: Customer.ID) throws -> [Card]
}

/// Importing cards and registering them into accounts.
public protocol CardWriter: CardReader {
    /// Stores an issued card.
    ///
    /// - Throws: a store error when the activation ID is stored already.
    func insertCard(activationID: ActivationID, encryptionHash: SecretHash, product: Product, imported: Date) throws
        -> Card

    /// Registers a card into an account: its pack's perpetual licenses (one per
    /// camera of the pack) are created and assigned to the account on `day`.
    /// The store refuses a card registered before.
    ///
    /// - Returns: the new licenses.
    func registerCard(_ card: Card, to customer: Customer.ID, on day: CalendarDate, at: Date) throws -> [License.ID]
}
