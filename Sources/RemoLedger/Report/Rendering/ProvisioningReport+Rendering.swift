import RemoCore
import RemoDocuments

extension ProvisioningReport {
    /// The report as the bytes of a file (or of standard output) in `format`.
    ///
    /// - Throws: ``ReportError`` for options that do not apply,
    ///   ``SpreadsheetTextError`` for a CSV cell CP932 cannot hold (naming it),
    ///   ``RemoImaging/ImagingError`` when the PDF cannot be drawn.
    public func rendered(as format: ReportFormat, options: ReportOptions = ReportOptions()) throws -> [UInt8] {
        if format != .csv, options.byteOrderMark || options.encoding != .utf8 {
            throw ReportError.csvOptionsOnly(format: format.rawValue)
        }
        switch format {
        case .text: return Array(ReportTextRenderer(report: self, language: options.language, width: options.textWidth).rendered().utf8)
        case .csv: return try ReportCSVRenderer(report: self, language: options.language).bytes(options)
        case .json: return try ReportJSON(self).bytes()
        case .pdf: return try ReportLayout().pdf(ReportPDFRenderer(report: self, language: options.language).document())
        }
    }
}
