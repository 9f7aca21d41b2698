public import RemoCore

extension Ledger {
    /// The audit log the actor may read, oldest first: everything for the
    /// operator; a partner's own and its customers' entries for a partner; the
    /// account's entries for its customer and shared users.
    ///
    /// - Parameters:
    ///   - partner: only entries about this partner.
    ///   - customer: only entries about this customer's account.
    ///   - since: only entries on or after this day.
    ///   - limit: only the newest this many.
    public func audit(
        partner: Partner.Code? = nil, customer: EmailAddress? = nil, since: CalendarDate? = nil, limit: Int? = nil,
        by acting: Acting
    ) async throws -> [AuditEntry] {
        try await store.read { records in
            let actor = try records.resolve(acting.principal)
            var filter = AuditFilter(since: since, limit: limit)
            if let partner {
                let found = try records.requirePartner(partner)
                if case .partner(let own) = actor, own.id != found.id {
                    throw AccessError.otherPartner(actor: own.code, partner: found.code)
                }
                filter.partner = found.id
            }
            if let customer {
                filter.customer = try records.requireCustomer(customer, visibleTo: actor).id
            }
            switch actor {
            case .localOperator:
                return try records.auditEntries(filter)
            case .partner(let own):
                filter.partner = own.id
                return try records.auditEntries(filter)
            case .customer(let own):
                filter.customer = own.id
                return try records.auditEntries(filter)
            case .sharedUser(_, let accounts):
                if filter.customer != nil { return try records.auditEntries(filter) }
                return try accounts.sorted().flatMap { id -> [AuditEntry] in
                    var one = filter
                    one.customer = id
                    return try records.auditEntries(one)
                }.sorted { $0.id < $1.id }
            }
        }
    }
}
