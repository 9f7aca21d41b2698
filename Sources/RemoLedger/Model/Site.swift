/// A site: a folder of an account's devices (関東, 九州, P20). The camera-direct
/// limit counts per site.
public struct Site: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<Site>

    public let id: ID
    public let customerID: Customer.ID
    /// The folder's name, unique in the account.
    public let name: String

    public init(id: ID, customerID: Customer.ID, name: String) {
        self.id = id
        self.customerID = customerID
        self.name = name
    }
}
