import RemoCore

/// The report as aligned text for a terminal: per account, who it is, the
/// counts per connection type and per status, the recorders with their
/// registration, then the cameras grouped by site and recorder, cameras that
/// need attention marked `!!` (not covered) and `!` (expiring).
struct ReportTextRenderer {
    let report: ProvisioningReport
    let language: Language
    /// The terminal's width, or nil for full lines.
    var width: Int?

    func rendered() -> String {
        let cells = ReportCells(language: language)
        var blocks: [String] = [
            cells.text(ReportText.title()) + "  " + cells.text(ReportText.asOf(["date": .date(report.today)]))
        ]
        if let filter = cells.filter(report.filter) { blocks[0] += "\n" + filter }
        if let note = cells.ledgerNote(report.ledger) { blocks[0] += "\n" + note }
        if report.accounts.isEmpty { blocks.append(cells.text(ReportText.noAccounts())) }
        for account in report.accounts {
            blocks.append(section(account, cells: cells))
        }
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private func section(_ account: ProvisioningReport.Account, cells: ReportCells) -> String {
        var blocks = [(cells.details(account) + cells.summary(account)).joined(separator: "\n")]
        let recorders = account.sites.flatMap { site in site.recorders.map { (site.name, $0) } }
        if !recorders.isEmpty {
            var table = TextTable(header: [
                cells.text(ReportText.columnSite()), cells.text(ReportText.columnSerial()),
                cells.text(ReportText.columnModel()),
                cells.text(ReportText.columnRegistered()), cells.text(ReportText.columnRegisteredBy()),
                cells.text(ReportText.columnMethod()),
            ], overflows: [.elide, .keep, .keep, .keep, .elide, .elide])
            for (site, recorder) in recorders {
                table.append([site, recorder.serial, recorder.model] + cells.registration(recorder))
            }
            blocks.append(cells.text(ReportText.recordersHeading()) + "\n" + table.rendered(width: width))
        }
        let cameras = account.cameras
        guard !cameras.isEmpty else {
            blocks.append(cells.text(ReportText.noCameras()))
            return blocks.joined(separator: "\n\n")
        }
        var table = TextTable(
            header: [
                "", cells.text(ReportText.columnSite()), cells.text(ReportText.columnRecorder()),
                cells.text(ReportText.columnCamera()), cells.text(ReportText.columnName()),
                cells.text(ReportText.columnConnection()), cells.text(ReportText.columnLicense()),
                cells.text(ReportText.columnPart()), cells.text(ReportText.columnType()),
                cells.text(ReportText.columnAssigned()), cells.text(ReportText.columnFreeUntil()),
                cells.text(ReportText.columnExpires()), cells.text(ReportText.columnDaysLeft()),
                cells.text(ReportText.columnStatus()),
            ],
            alignments: [.left, .left, .left, .right, .left, .left, .left, .left, .left, .left, .left, .left, .right],
            overflows: [.keep, .elide, .keep, .keep, .elide, .elide, .keep, .keep, .elide, .below, .below, .keep, .keep, .keep])
        var previous: (site: String, recorder: String)?
        for camera in cameras {
            let recorder = camera.recorder ?? "-"
            let site = previous?.site == camera.site ? "" : camera.site
            let group = previous.map { $0.site == camera.site && $0.recorder == recorder } ?? false ? "" : recorder
            previous = (camera.site, recorder)
            table.append([
                cells.mark(camera), site, group, camera.id.description, camera.name,
                cells.connection(camera), cells.license(camera), cells.part(camera), cells.type(camera),
                cells.date(camera.license?.assigned), cells.date(camera.license?.freeUntil), cells.expires(camera),
                cells.daysLeft(camera), cells.status(camera),
            ])
        }
        var block = cells.text(ReportText.camerasHeading()) + "\n" + table.rendered(width: width)
        if cameras.contains(where: { $0.attention != .none }) { block += "\n\n" + cells.legend.joined(separator: "\n") }
        blocks.append(block)
        return blocks.joined(separator: "\n\n")
    }
}
