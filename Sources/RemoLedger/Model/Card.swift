public import Foundation
public import RemoCore

/// An activation card (起動情報案内カード) from the issued-card list: one per
/// perpetual pack ordered, with an activation ID and an encryption ID, stored
/// only as a salted hash.
public struct Card: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<Card>

    public let id: ID
    /// The activation ID (起動ID番号).
    public let activationID: ActivationID
    /// The encryption ID (暗号ID番号), hashed.
    public let encryptionHash: SecretHash
    /// The perpetual pack it activates.
    public let product: Product
    public let imported: Date
    /// The account it was registered into, once it is.
    public let registration: Registration?

    public init(
        id: ID, activationID: ActivationID, encryptionHash: SecretHash, product: Product, imported: Date,
        registration: Registration?
    ) {
        self.id = id
        self.activationID = activationID
        self.encryptionHash = encryptionHash
        self.product = product
        self.imported = imported
        self.registration = registration
    }

    /// A card's registration into a customer's account (once, for good).
    public struct Registration: Hashable, Sendable {
        public let customerID: Customer.ID
        public let registeredOn: CalendarDate
        public let at: Date

        public init(customerID: Customer.ID, registeredOn: CalendarDate, at: Date) {
            self.customerID = customerID
            self.registeredOn = registeredOn
            self.at = at
        }
    }
}
