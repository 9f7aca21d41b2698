public import RemoCore

/// Why a provisioning report could not be made or written.
public enum ReportError: Error, Hashable, Sendable, MessageProviding {
    /// No account in the report has a site (folder) with this name.
    case unknownSite(String, known: [String])
    /// A PDF goes to a file, not to the terminal.
    case pdfNeedsFile
    /// The CSV options do not apply to this format.
    case csvOptionsOnly(format: String)
    /// A byte-order mark is for UTF-8 only.
    case byteOrderMarkNeedsUTF8
    /// Days are counted from 0 up.
    case negativeDays(Int)

    public var message: Message {
        switch self {
        case .unknownSite(let name, let known) where known.isEmpty:
            ReportText.errorUnknownSiteNone(["site": .text(name)])
        case .unknownSite(let name, let known):
            ReportText.errorUnknownSite(["site": .text(name), "sites": .list(known.map { .text($0) })])
        case .pdfNeedsFile: ReportText.errorPDFNeedsFile()
        case .csvOptionsOnly(let format): ReportText.errorCSVOptionsOnly(["format": .text(format)])
        case .byteOrderMarkNeedsUTF8: ReportText.errorByteOrderMarkNeedsUTF8()
        case .negativeDays(let days): ReportText.errorNegativeDays(["days": .integer(days)])
        }
    }
}
