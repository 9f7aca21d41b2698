import Foundation
import RemoCore
import RemoLedger

// Addresses are compared without case (`lower(email)`, SQLite's `COLLATE
// NOCASE`). An insert that a unique address or code would refuse is made with
// `ON CONFLICT DO NOTHING`, so that the use case's error comes back and the
// transaction stays usable, as on SQLite.
extension PostgresRecords: AccountWriter {
    static let partnerColumns = "id, code, name, email, created"
    static let customerColumns = """
        id, partnerId, name, email, timeZone, created, emailConfirmedAt, emailConfirmedBy, termsVersion,
        termsAcceptedAt, handedOverAt, lastLoginAt
        """

    func partner(id: Partner.ID) throws -> Partner? {
        try row("SELECT \(Self.partnerColumns) FROM partner WHERE id = ?", [id.rawValue]).map(Self.partner)
    }

    func partner(code: Partner.Code) throws -> Partner? {
        try row("SELECT \(Self.partnerColumns) FROM partner WHERE code = ?", [code.rawValue]).map(Self.partner)
    }

    func partner(email: EmailAddress) throws -> Partner? {
        try row("SELECT \(Self.partnerColumns) FROM partner WHERE lower(email) = lower(?)", [email.description])
            .map(Self.partner)
    }

    func partners() throws -> [Partner] {
        try rows("SELECT \(Self.partnerColumns) FROM partner ORDER BY code COLLATE \"C\"").map(Self.partner)
    }

    func customer(id: Customer.ID) throws -> Customer? {
        try row("SELECT \(Self.customerColumns) FROM customer WHERE id = ?", [id.rawValue]).map(Self.customer)
    }

    func customer(email: EmailAddress) throws -> Customer? {
        try row("SELECT \(Self.customerColumns) FROM customer WHERE lower(email) = lower(?)", [email.description])
            .map(Self.customer)
    }

    func customers(of partner: Partner.ID?) throws -> [Customer] {
        if let partner {
            return try rows(
                "SELECT \(Self.customerColumns) FROM customer WHERE partnerId = ? ORDER BY lower(email) COLLATE \"C\", id",
                [partner.rawValue]
            ).map(Self.customer)
        }
        return try rows("SELECT \(Self.customerColumns) FROM customer ORDER BY lower(email) COLLATE \"C\", id")
            .map(Self.customer)
    }

    func credential(of customer: Customer.ID) throws -> Credential? {
        try row("SELECT customerId, hash, kind, issued FROM credential WHERE customerId = ?", [customer.rawValue]).map {
            row in
            guard let hash = SecretHash(try row.value("hash", as: String.self)),
                let kind = Credential.Kind(rawValue: try row.value("kind"))
            else { throw RecordError.malformed("credential") }
            return Credential(customerID: Customer.ID(try row.id("customerId")), hash: hash, kind: kind, issued: try row.value("issued"))
        }
    }

    func sharedUsers(of customer: Customer.ID) throws -> [SharedUser] {
        try rows("SELECT id, customerId, email, name, created FROM sharedUser WHERE customerId = ? ORDER BY id", [customer.rawValue])
            .map(Self.sharedUser)
    }

    func sharedUsers(email: EmailAddress) throws -> [SharedUser] {
        try rows(
            "SELECT id, customerId, email, name, created FROM sharedUser WHERE lower(email) = lower(?) ORDER BY id",
            [email.description]
        ).map(Self.sharedUser)
    }

    func insertPartner(code: Partner.Code, name: String, email: EmailAddress, created: Date) throws -> Partner {
        let made = try row(
            "INSERT INTO partner (code, name, email, created) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id",
            [code.rawValue, name, email.description, created])
        guard let made else {
            if try partner(code: code) != nil { throw AccountError.partnerCodeTaken(code) }
            throw AccountError.emailTaken(email)
        }
        return Partner(id: Partner.ID(try made.int64(0)), code: code, name: name, email: email, created: created)
    }

    func insertCustomer(partner: Partner.ID, name: String, email: EmailAddress, timeZone: String, created: Date)
        throws -> Customer
    {
        let made = try row(
            """
            INSERT INTO customer (partnerId, name, email, timeZone, created) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING RETURNING id
            """, [partner.rawValue, name, email.description, timeZone, created])
        guard let made else { throw AccountError.emailTaken(email) }
        return Customer(
            id: Customer.ID(try made.int64(0)), partnerID: partner, name: name, email: email, timeZone: timeZone,
            created: created)
    }

    func updateCustomer(_ customer: Customer) throws {
        try execute(
            """
            UPDATE customer SET partnerId = ?, name = ?, email = ?, timeZone = ?, created = ?, emailConfirmedAt = ?,
                emailConfirmedBy = ?, termsVersion = ?, termsAcceptedAt = ?, handedOverAt = ?, lastLoginAt = ?
            WHERE id = ?
            """,
            [
                customer.partnerID.rawValue, customer.name, customer.email.description, customer.timeZone,
                customer.created, customer.emailConfirmation?.at, customer.emailConfirmation?.method.rawValue,
                customer.termsAccepted?.version, customer.termsAccepted?.at, customer.handedOver, customer.lastLogin,
                customer.id.rawValue,
            ])
    }

    func setCredential(_ credential: Credential) throws {
        try execute(
            """
            INSERT INTO credential (customerId, hash, kind, issued) VALUES (?, ?, ?, ?)
            ON CONFLICT (customerId) DO UPDATE SET hash = EXCLUDED.hash, kind = EXCLUDED.kind, issued = EXCLUDED.issued
            """,
            [credential.customerID.rawValue, credential.hash.description, credential.kind.rawValue, credential.issued])
    }

    func insertSharedUser(customer: Customer.ID, email: EmailAddress, name: String, created: Date) throws
        -> SharedUser
    {
        let made = try row(
            """
            INSERT INTO sharedUser (customerId, email, name, created) VALUES (?, ?, ?, ?)
            ON CONFLICT DO NOTHING RETURNING id
            """, [customer.rawValue, email.description, name, created])
        guard let made else {
            let owner = try self.customer(id: customer)
            throw AccountError.alreadyShared(email, customer: owner?.email ?? email)
        }
        return SharedUser(id: SharedUser.ID(try made.int64(0)), customerID: customer, email: email, name: name, created: created)
    }

    static func partner(_ row: SQLRow) throws -> Partner {
        guard let code = Partner.Code(rawValue: try row.value("code")) else { throw RecordError.malformed("partner") }
        return Partner(
            id: Partner.ID(try row.id("id")), code: code, name: try row.value("name"),
            email: try RecordError.email(try row.value("email")), created: try row.value("created"))
    }

    static func customer(_ row: SQLRow) throws -> Customer {
        var confirmation: Customer.EmailConfirmation?
        if let at: Date = try row.value("emailConfirmedAt"), let by: String = try row.value("emailConfirmedBy") {
            guard let method = Customer.EmailConfirmation.Method(rawValue: by) else { throw RecordError.malformed("customer") }
            confirmation = .init(method: method, at: at)
        }
        var terms: Customer.TermsAcceptance?
        if let version: String = try row.value("termsVersion"), let at: Date = try row.value("termsAcceptedAt") {
            terms = .init(version: version, at: at)
        }
        return Customer(
            id: Customer.ID(try row.id("id")), partnerID: Partner.ID(try row.id("partnerId")), name: try row.value("name"),
            email: try RecordError.email(try row.value("email")), timeZone: try row.value("timeZone"),
            created: try row.value("created"), emailConfirmation: confirmation, termsAccepted: terms,
            handedOver: try row.value("handedOverAt"), lastLogin: try row.value("lastLoginAt"))
    }

    static func sharedUser(_ row: SQLRow) throws -> SharedUser {
        SharedUser(
            id: SharedUser.ID(try row.id("id")), customerID: Customer.ID(try row.id("customerId")),
            email: try RecordError.email(try row.value("email")), name: try row.value("name"), created: try row.value("created"))
    }
}
