import Foundation
import GRDB
import RemoCore
import RemoLedger

/// A row of `customer`.
struct CustomerRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "customer"

    var id: Int64?
    var partnerId: Int64
    var name: String
    var email: String
    var timeZone: String
    var created: Date
    var emailConfirmedAt: Date?
    var emailConfirmedBy: String?
    var termsVersion: String?
    var termsAcceptedAt: Date?
    var handedOverAt: Date?
    var lastLoginAt: Date?

    init(_ customer: Customer) {
        id = customer.id.rawValue
        partnerId = customer.partnerID.rawValue
        name = customer.name
        email = customer.email.description
        timeZone = customer.timeZone
        created = customer.created
        emailConfirmedAt = customer.emailConfirmation?.at
        emailConfirmedBy = customer.emailConfirmation?.method.rawValue
        termsVersion = customer.termsAccepted?.version
        termsAcceptedAt = customer.termsAccepted?.at
        handedOverAt = customer.handedOver
        lastLoginAt = customer.lastLogin
    }

    init(partnerId: Int64, name: String, email: String, timeZone: String, created: Date) {
        self.partnerId = partnerId
        self.name = name
        self.email = email
        self.timeZone = timeZone
        self.created = created
    }

    func entity() throws -> Customer {
        guard let id else { throw RecordError.malformed(Self.databaseTableName) }
        var confirmation: Customer.EmailConfirmation?
        if let emailConfirmedAt, let emailConfirmedBy {
            guard let method = Customer.EmailConfirmation.Method(rawValue: emailConfirmedBy) else {
                throw RecordError.malformed(Self.databaseTableName)
            }
            confirmation = .init(method: method, at: emailConfirmedAt)
        }
        var terms: Customer.TermsAcceptance?
        if let termsVersion, let termsAcceptedAt { terms = .init(version: termsVersion, at: termsAcceptedAt) }
        return Customer(
            id: Customer.ID(id), partnerID: Partner.ID(partnerId), name: name, email: try RecordError.email(email),
            timeZone: timeZone, created: created, emailConfirmation: confirmation, termsAccepted: terms,
            handedOver: handedOverAt, lastLogin: lastLoginAt)
    }
}

/// A row of `credential`.
struct CredentialRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "credential"

    var customerId: Int64
    var hash: String
    var kind: String
    var issued: Date

    init(_ credential: Credential) {
        customerId = credential.customerID.rawValue
        hash = credential.hash.description
        kind = credential.kind.rawValue
        issued = credential.issued
    }

    func entity() throws -> Credential {
        guard let hash = SecretHash(hash), let kind = Credential.Kind(rawValue: kind) else {
            throw RecordError.malformed(Self.databaseTableName)
        }
        return Credential(customerID: Customer.ID(customerId), hash: hash, kind: kind, issued: issued)
    }
}

/// A row of `sharedUser`.
struct SharedUserRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sharedUser"

    var id: Int64?
    var customerId: Int64
    var email: String
    var name: String
    var created: Date

    func entity() throws -> SharedUser {
        guard let id else { throw RecordError.malformed(Self.databaseTableName) }
        return SharedUser(
            id: SharedUser.ID(id), customerID: Customer.ID(customerId), email: try RecordError.email(email), name: name,
            created: created)
    }
}
