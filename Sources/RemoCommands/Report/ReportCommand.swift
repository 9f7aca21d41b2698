package import ArgumentParser
import Foundation
package import RemoCore
import RemoImaging
package import RemoLedger

/// `remo report (--customer EMAIL | --partner CODE) [--format text|csv|json|pdf] [-o FILE]`:
/// the provisioning report (docs/cli.md; the formats in docs/report.md).
package struct ReportCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "report", abstract: ReportCommandText.abstract().description,
            discussion: ReportCommandText.discussion().description)
    }

    @Option(help: ArgumentHelp(ReportCommandText.helpCustomer().description, valueName: "email"), transform: parseEmail)
    package var customer: EmailAddress?

    @Option(
        help: ArgumentHelp(ReportCommandText.helpPartner().description, valueName: "code"), transform: parsePartnerCode)
    package var partner: Partner.Code?

    @Option(help: ArgumentHelp(ReportCommandText.helpFormat().description, valueName: "text|csv|json|pdf"))
    package var format: ReportFormat?

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(ReportCommandText.helpOutput().description, valueName: "file"))
    package var output: String?

    @Flag(name: .customLong("bom"), inversion: .prefixedNo, help: ArgumentHelp(ReportCommandText.helpByteOrderMark().description))
    package var byteOrderMark: Bool?

    @Option(
        help: ArgumentHelp(ReportCommandText.helpEncoding().description, valueName: "utf-8|cp932"),
        transform: parseEncoding)
    package var encoding: SpreadsheetEncoding?

    @Option(help: ArgumentHelp(ReportCommandText.helpExpiringWithin().description, valueName: "days"))
    package var expiringWithin: Int?

    @Flag(help: ArgumentHelp(ReportCommandText.helpUnlicensed().description))
    package var unlicensed = false

    @Option(help: ArgumentHelp(ReportCommandText.helpSite().description, valueName: "name"))
    package var site: String?

    @OptionGroup package var table: TableOptions

    @OptionGroup package var global: GlobalOptions

    package init() {}

    /// Whether UTF-8 CSV starts with a byte-order mark: `--bom` or `--no-bom`,
    /// else when remo speaks Japanese, so that Japanese Excel opens it right
    /// with a double-click (CP932 and the other formats have none).
    package var resolvedByteOrderMark: Bool {
        guard resolvedFormat == .csv, encoding != .cp932 else { return false }
        return byteOrderMark ?? (Language.current == .japanese)
    }

    /// The format asked for: `--format`, else JSON with `--json`, else text.
    var resolvedFormat: ReportFormat { format ?? (global.json ? .json : .text) }

    package func validate() throws {
        guard (customer == nil) != (partner == nil) else {
            throw ValidationError(ReportCommandText.needsScope().description)
        }
        if global.json, let format, format != .json {
            throw ValidationError(ReportCommandText.jsonConflict(["format": .text(format.rawValue)]).description)
        }
        var problem: ReportError?
        if resolvedFormat == .pdf, output == nil { problem = .pdfNeedsFile }
        if resolvedFormat != .csv, byteOrderMark != nil || encoding != nil {
            problem = .csvOptionsOnly(format: resolvedFormat.rawValue)
        }
        if byteOrderMark == true, encoding == .cp932 { problem = .byteOrderMarkNeedsUTF8 }
        if let days = expiringWithin, days < 0 { problem = .negativeDays(days) }
        if let problem { throw ValidationError(problem.description) }
    }

    package func run() async throws {
        let scope: ReportScope
        switch (customer, partner) {
        case (let customer?, _): scope = .customer(customer)
        case (nil, let partner?): scope = .partner(partner)
        case (nil, nil): throw ValidationError(ReportCommandText.needsScope().description)
        }
        let report = try await global.openLedger().provisioningReport(
            scope, filter: ReportFilter(site: site, expiringWithin: expiringWithin, unlicensed: unlicensed),
            by: try global.acting(partner: partner))
        let bytes = try report.rendered(
            as: resolvedFormat, options: ReportOptions(
                encoding: encoding ?? .utf8, byteOrderMark: resolvedByteOrderMark,
                textWidth: output == nil ? table.width : nil))
        if let output, output != InputFile.standardStream {
            try OutputFile.write(bytes, to: output)
            Output.note(ReportCommandText.written(["file": .text(output)]))
        } else {
            try Output.bytes(bytes)
        }
    }
}
