import RemoCore

/// A camera's cells for people (text and PDF), in the reader's language.
struct ReportCells {
    let language: Language
    // The words every row repeats, rendered once.
    private let statuses: [LicenseStatus: String]
    private let connections: [Connection: String]
    private let terms: [LicenseTerm: String]

    init(language: Language) {
        self.language = language
        statuses = Dictionary(uniqueKeysWithValues: LicenseStatus.allCases.map { ($0, $0.name.rendered(in: language)) })
        connections = Dictionary(uniqueKeysWithValues: Connection.allCases.map { ($0, $0.name.rendered(in: language)) })
        terms = Dictionary(
            uniqueKeysWithValues: Set(Product.catalogue.map(\.term)).map { ($0, $0.name.rendered(in: language)) })
    }

    func text(_ message: Message) -> String { message.rendered(in: language) }

    /// The line that says the ledger is a simulation; nil for a live ledger.
    func ledgerNote(_ kind: LedgerKind) -> String? {
        kind == .simulation ? text(LedgerText.simulationLedger()) : nil
    }

    func date(_ date: CalendarDate?) -> String { date?.formatted(in: language) ?? "" }

    /// `!!` for a camera no license covers, `!` for an expiring one.
    func mark(_ camera: ProvisioningReport.Camera) -> String {
        switch camera.attention {
        case .notCovered: "!!"
        case .expiring: "!"
        case .none: ""
        }
    }

    /// The license's card activation ID when it came from a card, else its number.
    func license(_ camera: ProvisioningReport.Camera) -> String {
        guard let license = camera.license else { return "" }
        return license.card?.description ?? license.id.description
    }

    func part(_ camera: ProvisioningReport.Camera) -> String { camera.license?.product.part ?? "" }

    func type(_ camera: ProvisioningReport.Camera) -> String {
        camera.license.map { terms[$0.product.term] ?? text($0.product.term.name) } ?? ""
    }

    /// A status for people: "expiring" / 「期限間近」.
    func name(of status: LicenseStatus) -> String { statuses[status] ?? "" }

    func connection(_ camera: ProvisioningReport.Camera) -> String { connections[camera.connection] ?? "" }

    /// The expiry, or "perpetual" for a perpetual license.
    func expires(_ camera: ProvisioningReport.Camera) -> String {
        guard let license = camera.license else { return "" }
        return license.expires.map { date($0) } ?? statuses[.perpetual] ?? ""
    }

    func daysLeft(_ camera: ProvisioningReport.Camera) -> String { camera.daysLeft.map(String.init) ?? "" }

    /// The status, with the failure day when the camera failed.
    func status(_ camera: ProvisioningReport.Camera) -> String {
        guard let failed = camera.failed else { return statuses[camera.status] ?? "" }
        return text(ReportText.statusFailed(["status": .message(camera.status.name), "date": .date(failed)]))
    }

    /// The lines that say whose account it is.
    func details(_ account: ProvisioningReport.Account) -> [String] {
        [
            text(
                ReportText.customerLine([
                    "name": .text(account.customerName), "email": .text(account.customer.description),
                ])),
            text(
                ReportText.partnerLine(["code": .text(account.partner.rawValue), "name": .text(account.partnerName)])),
        ]
    }

    /// The summary: counts per connection type, cameras per status.
    func summary(_ account: ProvisioningReport.Account) -> [String] {
        var lines = account.counts.map { count in
            text(
                ReportText.countLine([
                    "connection": .message(count.connection.name), "cameras": .integer(count.cameras),
                    "licenses": .integer(count.licenses),
                ]))
        }
        let statuses = account.statusCounts
        if !statuses.isEmpty {
            let items: [Message.Argument] = statuses.map {
                .message(ReportText.statusCount(["status": .message($0.status.name), "count": .integer($0.count)]))
            }
            lines.append(text(ReportText.statusLine(["statuses": .list(items)])))
        }
        return lines
    }

    /// What the filter keeps, when there is one.
    func filter(_ filter: ReportFilter) -> String? {
        var parts: [Message.Argument] = []
        if let site = filter.site { parts.append(.message(ReportText.filterSite(["site": .text(site)]))) }
        if let days = filter.expiringWithin {
            parts.append(.message(ReportText.filterExpiring(["days": .integer(days)])))
        }
        if filter.unlicensed { parts.append(.message(ReportText.filterUnlicensed())) }
        return parts.isEmpty ? nil : text(ReportText.filterLine(["filters": .list(parts)]))
    }

    /// The legend of the marks.
    var legend: [String] {
        [
            text(ReportText.legendNotCovered()),
            text(ReportText.legendExpiring(["days": .integer(Coverage.expiringWithin)])),
            text(ServiceFunction.afterExpiry),
        ]
    }

    /// The registration details of a recorder: day, who, how ("unknown" when not recorded).
    func registration(_ recorder: ProvisioningReport.Recorder) -> [String] {
        let unknown = text(ReportText.unknown())
        return [
            date(recorder.registration.registeredOn), recorder.registration.registeredBy ?? unknown,
            recorder.registration.method.map { text($0.name) } ?? unknown,
        ]
    }
}
