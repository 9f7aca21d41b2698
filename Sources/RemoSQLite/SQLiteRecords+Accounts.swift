import Foundation
import GRDB
import RemoCore
import RemoLedger

extension SQLiteRecords: AccountWriter {
    func partner(id: Partner.ID) throws -> Partner? {
        try PartnerRecord.fetchOne(db, key: id.rawValue)?.entity()
    }

    func partner(code: Partner.Code) throws -> Partner? {
        try PartnerRecord.filter(Column("code") == code.rawValue).fetchOne(db)?.entity()
    }

    func partner(email: EmailAddress) throws -> Partner? {
        try PartnerRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM partner WHERE email = ?"),
            arguments: [email.description])?
            .entity()
    }

    func partners() throws -> [Partner] {
        try PartnerRecord.order(Column("code")).fetchAll(db).map { try $0.entity() }
    }

    func customer(id: Customer.ID) throws -> Customer? {
        try CustomerRecord.fetchOne(db, key: id.rawValue)?.entity()
    }

    func customer(email: EmailAddress) throws -> Customer? {
        try CustomerRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM customer WHERE email = ?"),
            arguments: [email.description])?
            .entity()
    }

    func customers(of partner: Partner.ID?) throws -> [Customer] {
        var request = CustomerRecord.order(sql: "email COLLATE NOCASE")
        if let partner { request = request.filter(Column("partnerId") == partner.rawValue) }
        return try request.fetchAll(db).map { try $0.entity() }
    }

    func credential(of customer: Customer.ID) throws -> Credential? {
        try CredentialRecord.fetchOne(db, key: customer.rawValue)?.entity()
    }

    func sharedUsers(of customer: Customer.ID) throws -> [SharedUser] {
        try SharedUserRecord.filter(Column("customerId") == customer.rawValue).order(Column("id")).fetchAll(db)
            .map { try $0.entity() }
    }

    func sharedUsers(email: EmailAddress) throws -> [SharedUser] {
        try SharedUserRecord.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM sharedUser WHERE email = ? ORDER BY id"),
                arguments: [email.description]
        ).map { try $0.entity() }
    }

    func insertPartner(code: Partner.Code, name: String, email: EmailAddress, created: Date) throws -> Partner {
        var record = PartnerRecord(id: nil, code: code.rawValue, name: name, email: email.description, created: created)
        do {
            try record.insert(db)
        } catch let error as DatabaseError where error.isUniqueViolation(on: "partner.code") {
            throw AccountError.partnerCodeTaken(code)
        } catch let error as DatabaseError where error.isUniqueViolation(on: "partner.email") {
            throw AccountError.emailTaken(email)
        }
        record.id = db.lastInsertedRowID
        return try record.entity()
    }

    func insertCustomer(partner: Partner.ID, name: String, email: EmailAddress, timeZone: String, created: Date)
        throws -> Customer
    {
        var record = CustomerRecord(
            partnerId: partner.rawValue, name: name, email: email.description, timeZone: timeZone, created: created)
        do {
            try record.insert(db)
        } catch let error as DatabaseError where error.isUniqueViolation(on: "customer.email") {
            throw AccountError.emailTaken(email)
        }
        record.id = db.lastInsertedRowID
        return try record.entity()
    }

    func updateCustomer(_ customer: Customer) throws {
        try CustomerRecord(customer).update(db)
    }

    func setCredential(_ credential: Credential) throws {
        try CredentialRecord(credential).upsert(db)
    }

    func insertSharedUser(customer: Customer.ID, email: EmailAddress, name: String, created: Date) throws
        -> SharedUser
    {
        var record = SharedUserRecord(
            id: nil, customerId: customer.rawValue, email: email.description, name: name, created: created)
        do {
            try record.insert(db)
        } catch let error as DatabaseError where error.isUniqueViolation(on: "sharedUser.") {
            let owner = try self.customer(id: customer)
            throw AccountError.alreadyShared(email, customer: owner?.email ?? email)
        }
        record.id = db.lastInsertedRowID
        return try record.entity()
    }
}
