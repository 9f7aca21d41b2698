import Foundation
public import RemoCore

/// Licenses just assigned to a customer.
public struct AssignmentResult: Sendable {
    public let customer: Customer
    public let product: Product
    /// The licenses, by ID.
    public let licenses: [License.ID]
    /// Their dates, fixed today.
    public let dates: TermDates
    /// What is left of the part in the partner's stock.
    public let remaining: Int
    /// The cameras the licenses renew early, each with its days lost (none
    /// when assigned late enough).
    public let renewals: [RenewedCamera]
}

extension Ledger {
    /// Adds licenses a partner bought to its stock. Stock does not age.
    ///
    /// - Throws: ``RemoCore/Product/LookupError`` for an unknown part,
    ///   ``StockError`` for a perpetual part or a count below 1, ``AccessError``
    ///   unless the partner or the operator acts.
    public func addStock(partner code: Partner.Code, part: String, count: Int, order: String?, by acting: Acting)
        async throws -> StockLot
    {
        let product = try Product.named(part)
        guard product.term != .perpetual else { throw StockError.perpetualNotStock(part: product.part) }
        guard count > 0 else { throw StockError.countNotPositive(count) }
        let order = order.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        return try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let partner = try records.requirePartner(code, namedBy: actor, for: .stockAdded)
            try actor.requirePartnerSide(of: partner, for: .stockAdded)
            let dated = try records.dated(acting, in: settings.defaultTimeZone)
            let before = try records.stock(of: partner.id).first { $0.product == product }?.available ?? 0
            let lot = try records.insertStockLot(
                partner: partner.id, product: product, count: count, order: order, addedOn: dated.today,
                added: dated.now)
            var after = ["part": product.part, "count": String(count), "available": String(before + count)]
            after["order"] = order
            try records.recordChange(
                .stockAdded, by: actor, dated, subject: code.rawValue, partner: partner.id, customer: nil,
                before: ["part": product.part, "available": String(before)], after: after)
            return lot
        }
    }

    /// A partner's stock per part.
    public func stock(of code: Partner.Code, by acting: Acting) async throws -> [StockLine] {
        try await store.read { records in
            let actor = try records.resolve(acting.principal)
            let partner = try records.requirePartner(code, namedBy: actor, for: .stockAdded)
            try actor.requirePartnerSide(of: partner, for: .stockAdded)
            return try records.stock(of: partner.id)
        }
    }

    /// Assigns term licenses from a partner's stock to one of its customers:
    /// irreversible, so it must be confirmed, and refused for a customer whose
    /// address was never confirmed (it may be wrong, and then the customer can
    /// never log in: P9). All `count` licenses or none.
    ///
    /// - Parameters:
    ///   - confirmed: the caller confirmed the irreversible assignment.
    ///   - dryRun: only check and say what would be assigned, changing nothing
    ///     (needs no confirmation).
    /// - Throws: ``RemoCore/Product/LookupError``, ``StockError`` (not enough
    ///   stock, unconfirmed, address unconfirmed, perpetual part),
    ///   ``AccountError`` (unknown partner or customer), ``AccessError``.
    public func assignLicenses(
        partner code: Partner.Code, customer email: EmailAddress, part: String, count: Int, confirmed: Bool,
        dryRun: Bool = false, by acting: Acting
    ) async throws -> AssignmentResult {
        let product = try Product.named(part)
        guard case .years(let years) = product.term else { throw StockError.perpetualNotStock(part: product.part) }
        guard count > 0 else { throw StockError.countNotPositive(count) }
        let body: @Sendable (any LedgerWriter) throws -> AssignmentResult = { records in
            let actor = try records.resolve(acting.principal)
            let partner = try records.requirePartner(code, namedBy: actor, for: .licensesAssigned)
            try actor.requirePartnerSide(of: partner, for: .licensesAssigned)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            guard customer.partnerID == partner.id else { throw AccountError.unknownCustomer(email) }
            guard customer.emailConfirmation != nil else {
                throw StockError.emailUnconfirmed(email, likelyTypo: email.likelyTypo)
            }
            let available = try records.stock(of: partner.id).first { $0.product == product }?.available ?? 0
            guard available >= count else {
                throw StockError.notEnoughStock(
                    partner: code, part: product.part, available: available, requested: count)
            }
            guard confirmed || dryRun else { throw StockError.notConfirmed(count: count, part: product.part, customer: email) }
            let licenses = try records.stockLicenses(of: partner.id, part: product.part, limit: count)
            guard licenses.count == count else {
                throw StockError.notEnoughStock(
                    partner: code, part: product.part, available: licenses.count, requested: count)
            }
            let dates = TermDates(assigned: dated.today, years: years)
            let renewals = try records.renewals(of: product, count: count, for: customer.id, on: dated.today)
            try records.assign(licenses, to: customer.id, on: dated.today, dates: dates, at: dated.now)
            try records.recordChange(
                .licensesAssigned, by: actor, dated, subject: email.description, partner: partner.id,
                customer: customer.id, before: ["part": product.part, "available": String(available)],
                after: [
                    "part": product.part, "count": String(count), "licenses": licenses.rangesText,
                    "assigned": dates.assigned.description, "freeUntil": dates.freeUntil.description,
                    "expires": dates.expires.description, "available": String(available - count),
                ])
            return AssignmentResult(
                customer: customer, product: product, licenses: licenses, dates: dates, remaining: available - count,
                renewals: renewals)
        }
        return try await dryRun ? rehearse(body) : store.write(body)
    }

    /// What assigning `count` licenses of `part` to the customer today would
    /// renew, read without changing anything: shown before the assignment is
    /// confirmed, per camera with its days lost.
    ///
    /// - Throws: as ``assignLicenses(partner:customer:part:count:confirmed:by:)`` before it assigns.
    public func assignmentPreview(
        partner code: Partner.Code, customer email: EmailAddress, part: String, count: Int, by acting: Acting
    ) async throws -> [RenewedCamera] {
        let product = try Product.named(part)
        return try await store.read { records in
            let actor = try records.resolve(acting.principal)
            let partner = try records.requirePartner(code)
            try actor.requirePartnerSide(of: partner, for: .licensesAssigned)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            guard customer.partnerID == partner.id else { throw AccountError.unknownCustomer(email) }
            return try records.renewals(
                of: product, count: count, for: customer.id, on: acting.reading(in: customer.timeZone).today)
        }
    }

    /// The licenses assigned to a customer, with their bindings.
    public func licenses(of email: EmailAddress, by acting: Acting) async throws -> [LicenseHolding] {
        try await store.read { records in
            let customer = try records.requireCustomer(email, visibleTo: try records.resolve(acting.principal))
            let bindings = Dictionary(grouping: try records.bindings(of: customer.id), by: \.licenseID)
            return try records.licenses(of: customer.id).map {
                LicenseHolding(license: $0, bindings: bindings[$0.id] ?? [])
            }
        }
    }
}

/// A customer's license and every binding it has had.
public struct LicenseHolding: Hashable, Sendable {
    public let license: License
    /// Its bindings, oldest first; the last one is current when it has not ended.
    public let bindings: [Binding]

    public init(license: License, bindings: [Binding]) {
        self.license = license
        self.bindings = bindings
    }

    /// The binding that has not ended, if any.
    public var current: Binding? { bindings.last { $0.isCurrent } }
}
