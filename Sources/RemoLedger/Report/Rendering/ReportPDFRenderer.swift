import RemoCore
import RemoDocuments

/// The report as the printable hand-over document: one section per account
/// (title block with customer, partner and date; the summary; the cameras
/// grouped by site and recorder), laid out by ``RemoDocuments/ReportLayout``.
/// Cameras no license covers are tinted red and marked `!!`, expiring ones
/// amber and marked `!`.
struct ReportPDFRenderer {
    let report: ProvisioningReport
    let language: Language

    func document() -> ReportDocument {
        let cells = ReportCells(language: language)
        let title = cells.text(ReportText.title())
        let date = cells.text(ReportText.dateLine(["date": .date(report.today)]))
        let dateLines = [date] + (cells.ledgerNote(report.ledger).map { [$0] } ?? [])
        // Weights sized for Japanese at the layout's 6.8 pt: a date (2026年12月31日)
        // is 7.4 em, カメラダイレクト 8 em, a card ID 19 Latin capitals.
        let columns: [ReportDocument.Column] = [
            .init(header: cells.text(ReportText.columnSite()), weight: 7),
            .init(header: cells.text(ReportText.columnRecorder()), weight: 8.4),
            .init(header: "", weight: 2.2),
            .init(header: cells.text(ReportText.columnCamera()), weight: 3.6),
            .init(header: cells.text(ReportText.columnName()), weight: 9.6),
            .init(header: cells.text(ReportText.columnConnection()), weight: 7.9),
            .init(header: cells.text(ReportText.columnLicense()), weight: 11),
            .init(header: cells.text(ReportText.columnPart()), weight: 8.3),
            .init(header: cells.text(ReportText.columnType()), weight: 7),
            .init(header: cells.text(ReportText.columnAssigned()), weight: 7.4),
            .init(header: cells.text(ReportText.columnFreeUntil()), weight: 7.4),
            .init(header: cells.text(ReportText.columnExpires()), weight: 7.4),
            .init(header: cells.text(ReportText.columnDaysLeft()), weight: 4.4, alignment: .trailing),
            .init(header: cells.text(ReportText.columnStatus()), weight: 7.5),
        ]
        var sections = report.accounts.map { account -> ReportDocument.Section in
            var summary = cells.summary(account)
            if let filter = cells.filter(report.filter) { summary.append(filter) }
            let cameras = account.cameras
            if cameras.contains(where: { $0.attention != .none }) { summary += cells.legend }
            return ReportDocument.Section(
                title: title, details: cells.details(account) + dateLines,
                summaryHeading: cells.text(ReportText.summaryHeading()),
                summary: summary, rows: cameras.map { row($0, cells: cells) },
                emptyNote: cells.text(ReportText.noCameras()),
                footer: [title, account.customerName, cells.date(report.today)].joined(separator: " — "))
        }
        if sections.isEmpty {
            sections = [
                ReportDocument.Section(
                    title: title, details: dateLines, summaryHeading: cells.text(ReportText.summaryHeading()),
                    summary: cells.filter(report.filter).map { [$0] } ?? [], rows: [],
                    emptyNote: cells.text(ReportText.noAccounts()),
                    footer: [title, cells.date(report.today)].joined(separator: " — "))
            ]
        }
        let names = report.accounts.map(\.customerName)
        let language = self.language
        return ReportDocument(
            title: ([title] + names.prefix(1)).joined(separator: " — "), columns: columns, groupColumns: 2,
            sections: sections,
            pageLabel: { page, pages in
                ReportText.pageNumber(["page": .integer(page), "pages": .integer(pages)]).rendered(in: language)
            })
    }

    private func row(_ camera: ProvisioningReport.Camera, cells: ReportCells) -> ReportDocument.Row {
        let emphasis: ReportDocument.Emphasis =
            switch camera.attention {
            case .none: .none
            case .expiring: .caution
            case .notCovered: .alert
            }
        return ReportDocument.Row(
            cells: [
                camera.site, camera.recorder ?? "-", cells.mark(camera), camera.id.description, camera.name,
                cells.connection(camera), cells.license(camera), cells.part(camera), cells.type(camera),
                cells.date(camera.license?.assigned), cells.date(camera.license?.freeUntil), cells.expires(camera),
                cells.daysLeft(camera), cells.status(camera),
            ], emphasis: emphasis)
    }
}
