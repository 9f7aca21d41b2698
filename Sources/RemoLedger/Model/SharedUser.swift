public import Foundation
public import RemoCore

/// A shared user (共有ユーザー) of a contract user's account: may look at
/// everything in it and changes nothing.
public struct SharedUser: Hashable, Sendable, Identifiable {
    public typealias ID = RecordID<SharedUser>

    public let id: ID
    /// The account shared.
    public let customerID: Customer.ID
    /// The shared user's login; the same person may share several accounts.
    public let email: EmailAddress
    public let name: String
    public let created: Date

    public init(id: ID, customerID: Customer.ID, email: EmailAddress, name: String, created: Date) {
        self.id = id
        self.customerID = customerID
        self.email = email
        self.name = name
        self.created = created
    }
}
