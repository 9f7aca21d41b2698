import RemoCore

/// The report as CSV: one row per camera, a header of stable machine column
/// names (docs/report.md), dates as `YYYY-MM-DD`, codes as in JSON, and the
/// status for people in `status_name`. Fields are quoted as spreadsheets
/// expect and neutralised against formulas (``RemoCore/CSVWriter``); the bytes
/// are UTF-8 (with a byte-order mark on request) or CP932.
struct ReportCSVRenderer {
    let report: ProvisioningReport
    let language: Language

    /// The column names, in order: part of the command-line contract.
    static let header = [
        "customer", "customer_name", "partner", "site", "recorder_serial", "recorder_model", "registered",
        "registered_by", "registration_method", "camera_id", "camera_name", "connection", "added", "failed",
        "license_id", "card_id", "part", "type", "assigned", "free_until", "expires", "days_left", "status",
        "status_name",
    ]

    /// The table, the header first.
    func rows(_ cells: ReportCells) -> [[String]] {
        var rows = [ReportCSVRenderer.header]
        for account in report.accounts {
            for site in account.sites {
                for recorder in site.recorders {
                    for camera in recorder.cameras { rows.append(row(account, recorder, camera, cells)) }
                }
                for camera in site.cameras { rows.append(row(account, nil, camera, cells)) }
            }
        }
        return rows
    }

    func bytes(_ options: ReportOptions) throws -> [UInt8] {
        if options.byteOrderMark, options.encoding != .utf8 { throw ReportError.byteOrderMarkNeedsUTF8 }
        let rows = rows(ReportCells(language: language))
        try SpreadsheetText.requireRepresentable(rows, in: options.encoding, hasHeader: true)
        var writer = CSVWriter(header: rows[0])
        for row in rows.dropFirst() { writer.append(row) }
        return try SpreadsheetText.encode(writer.text, as: options.encoding, byteOrderMark: options.byteOrderMark)
    }

    private func row(
        _ account: ProvisioningReport.Account, _ recorder: ProvisioningReport.Recorder?,
        _ camera: ProvisioningReport.Camera,
        _ cells: ReportCells
    ) -> [String] {
        let license = camera.license
        return [
            account.customer.description, account.customerName, account.partner.rawValue, camera.site,
            recorder?.serial ?? "", recorder?.model ?? "", recorder?.registration.registeredOn.description ?? "",
            recorder?.registration.registeredBy ?? "", recorder?.registration.method?.rawValue ?? "",
            camera.id.description, camera.name, camera.connection.rawValue, camera.added.description,
            camera.failed?.description ?? "", license?.id.description ?? "", license?.card?.description ?? "",
            license?.product.part ?? "", license?.product.term.code ?? "", license?.assigned.description ?? "",
            license?.freeUntil?.description ?? "", license?.expires?.description ?? "",
            camera.daysLeft.map(String.init) ?? "", camera.status.rawValue, cells.name(of: camera.status),
        ]
    }
}
