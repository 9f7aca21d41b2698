import Foundation
import RemoCore

/// A contract user, as `remo customer list --json` prints each and
/// `GET /api/v1/customers` answers: `{"email", "name", "partner", "timeZone",
/// "created", "emailConfirmed": null | {"method", "at"}, "termsAccepted": null |
/// {"version", "at"}, "handedOver", "lastLogin"}`; moments in UTC, ISO 8601.
public struct CustomerDocument: Encodable, Sendable {
    public let customer: Customer
    /// The code of the customer's partner.
    public let partner: String

    public init(_ customer: Customer, partner: String) {
        self.customer = customer
        self.partner = partner
    }

    /// The customers a list shows, each with its partner's code.
    public static func list(_ customers: [Customer], partners: [Partner]) -> [CustomerDocument] {
        let codes = Dictionary(uniqueKeysWithValues: partners.map { ($0.id, $0.code.rawValue) })
        return customers.map { CustomerDocument($0, partner: codes[$0.partnerID] ?? "") }
    }

    private enum Key: String, CodingKey {
        case email, name, partner, timeZone, created, emailConfirmed, termsAccepted, handedOver, lastLogin
        case method, at, version
    }

    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: Key.self)
        try object.encode(customer.email.description, forKey: .email)
        try object.encode(customer.name, forKey: .name)
        try object.encode(partner, forKey: .partner)
        try object.encode(customer.timeZone, forKey: .timeZone)
        try object.encode(customer.created.formattedForPeople(), forKey: .created)
        if let confirmation = customer.emailConfirmation {
            var nested = object.nestedContainer(keyedBy: Key.self, forKey: .emailConfirmed)
            try nested.encode(confirmation.method.rawValue, forKey: .method)
            try nested.encode(confirmation.at.formattedForPeople(), forKey: .at)
        } else {
            try object.encodeNil(forKey: .emailConfirmed)
        }
        if let terms = customer.termsAccepted {
            var nested = object.nestedContainer(keyedBy: Key.self, forKey: .termsAccepted)
            try nested.encode(terms.version, forKey: .version)
            try nested.encode(terms.at.formattedForPeople(), forKey: .at)
        } else {
            try object.encodeNil(forKey: .termsAccepted)
        }
        try object.encode(customer.handedOver?.formattedForPeople(), forKey: .handedOver)
        try object.encode(customer.lastLogin?.formattedForPeople(), forKey: .lastLogin)
    }
}
