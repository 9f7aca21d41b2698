import RemoCore

extension Ledger {
    /// The provisioning report (docs/domain.md 7) on the day asked for, else
    /// today in the account's time zone (Asia/Tokyo for a partner's accounts): for one
    /// account or every account of a partner that the actor may see, every
    /// site, recorder and camera, each camera's license, status and days left,
    /// and the counts per connection type. Read in one transaction; changes nothing.
    ///
    /// Who may read it: the operator, the account's partner, the contract user
    /// themself and a shared user of the account. Another partner's customer is
    /// reported as unknown.
    ///
    /// - Parameters:
    ///   - scope: one customer, or a partner's customers.
    ///   - filter: a site; expiring or unlicensed cameras only.
    ///   - acting: who asks, and the day.
    /// - Throws: ``AccountError`` (unknown customer or partner), ``AccessError``
    ///   (another partner's report), ``ReportError/unknownSite(_:known:)``.
    public func provisioningReport(_ scope: ReportScope, filter: ReportFilter = ReportFilter(), by acting: Acting)
        async throws
        -> ProvisioningReport
    {
        if let days = filter.expiringWithin, days < 0 { throw ReportError.negativeDays(days) }
        return try await store.read { records in
            let actor = try records.resolve(acting.principal)
            let customers: [Customer] =
                switch scope {
                case .customer(let email): [try records.requireCustomer(email, visibleTo: actor)]
                case .partner(let code): try records.visibleCustomers(of: code, to: actor)
                }
            let zone: String =
                if case .customer = scope, let customer = customers.first { customer.timeZone } else { settings.defaultTimeZone }
            let today = acting.reading(in: zone).today
            var partners: [Partner.ID: Partner] = [:]
            var accounts: [ProvisioningReport.Account] = []
            var siteNames = Set<String>()
            for customer in customers {
                if partners[customer.partnerID] == nil {
                    partners[customer.partnerID] = try records.partner(id: customer.partnerID)
                }
                guard let partner = partners[customer.partnerID] else { continue }
                let snapshot = try records.reportSnapshot(of: customer.id)
                siteNames.formUnion(snapshot.sites.map(\.name))
                if let site = filter.site, !snapshot.sites.contains(where: { $0.name == site }) { continue }
                let account = try ReportBuilder.account(
                    customer: customer, partner: partner, snapshot: snapshot,
                    registrations: try records.recorderRegistrations(of: customer.id), today: today,
                    filter: filter)
                if let account { accounts.append(account) }
            }
            if let site = filter.site, !siteNames.contains(site) {
                throw ReportError.unknownSite(site, known: siteNames.sorted())
            }
            return ProvisioningReport(
                today: today, filter: filter, accounts: accounts, ledger: try records.clockState().kind)
        }
    }
}
