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
            let actor = try records.resolve(acting.principal).partnerSide(reading: LedgerText.accessReadAudit())
            var filter = AuditFilter(since: since, limit: limit)
            if let partner {
                switch actor {
                case .customer, .sharedUser:
                    // Their account's entries are about their own partner; any other code names none.
                    guard let found = try records.partner(code: partner) else { return [] }
                    filter.partner = found.id
                default:
                    filter.partner = try records.requirePartner(partner, namedBy: actor, for: .stockAdded).id
                }
            }
            if let customer {
                filter.customer = try records.requireCustomer(customer, visibleTo: actor).id
            }
            switch actor {
            case .localOperator:
                return try records.auditEntries(filter)
            case .partner(let own), .partnerUser(_, let own):
                filter.partner = own.id
                return try records.auditEntries(filter)
            case .customer(let own):
                filter.customer = own.id
                return try records.auditEntries(filter).map(\.seenInAccount)
            case .sharedUser(_, let accounts):
                if filter.customer != nil { return try records.auditEntries(filter).map(\.seenInAccount) }
                return try accounts.sorted().flatMap { id -> [AuditEntry] in
                    var one = filter
                    one.customer = id
                    return try records.auditEntries(one)
                }.sorted { $0.id < $1.id }.map(\.seenInAccount)
            }
        }
    }
}

extension AuditEntry {
    /// What only the partner side may read in an entry: its stock (the
    /// licenses a partner has left when it assigns some).
    static let partnerSideFields: Set<String> = ["available"]

    /// The entry as a customer or shared user reads it in their account: without
    /// the partner's stock.
    var seenInAccount: AuditEntry {
        AuditEntry(
            id: id, at: at, on: on, actor: actor, onBehalfOf: onBehalfOf, action: action, subject: subject,
            partnerID: partnerID, customerID: customerID,
            before: before?.filter { !Self.partnerSideFields.contains($0.key) },
            after: after?.filter { !Self.partnerSideFields.contains($0.key) })
    }
}
