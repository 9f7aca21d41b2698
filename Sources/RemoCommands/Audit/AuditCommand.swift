package import ArgumentParser
import Foundation
package import RemoCore
package import RemoLedger

/// `remo audit`: who changed what, when, on whose behalf, before and after.
package struct AuditCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "audit", abstract: LedgerCommandText.auditAbstract().description,
            discussion: LedgerCommandText.auditDiscussion().description)
    }

    @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerFilter().description, valueName: "code"), transform: parsePartnerCode)
    package var partner: Partner.Code?

    @Option(help: ArgumentHelp(LedgerCommandText.helpCustomerFilter().description, valueName: "email"), transform: parseEmail)
    package var customer: EmailAddress?

    @Option(help: ArgumentHelp(LedgerCommandText.helpSince().description, valueName: "yyyy-mm-dd"))
    package var since: CalendarDate?

    @Option(help: ArgumentHelp(LedgerCommandText.helpLimit().description, valueName: "n"))
    package var limit: Int?

    @OptionGroup package var table: TableOptions

    @OptionGroup package var global: GlobalOptions

    package init() {}

    package func run() async throws {
        let entries = try await global.openLedger().audit(
            partner: partner, customer: customer, since: since, limit: limit, by: try global.acting(partner: partner))
        try Report(entries: entries, width: table.width).print(json: global.json)
    }

    struct Report: LedgerReport {
        let entries: [AuditEntry]
        /// The terminal's width, or nil for full lines.
        var width: Int?

        func encode(to encoder: any Encoder) throws { try entries.map(AuditView.init).encode(to: encoder) }

        func text() -> String {
            var table = TextTable(header: [
                LedgerCommandText.labelTime().description, LedgerCommandText.labelWho().description,
                LedgerCommandText.labelAction().description, LedgerCommandText.labelSubject().description,
                LedgerCommandText.labelChange().description,
            ], overflows: [.keep, .elide, .elide, .elide, .below])
            for entry in entries {
                let who =
                    entry.onBehalfOf.map {
                        LedgerCommandText.onBehalfOf(["actor": .text(entry.actor.name), "customer": .text($0.description)])
                            .description
                    } ?? entry.actor.name
                table.append([
                    entry.at.formattedForPeople(), who, entry.action.name.description, entry.subject,
                    AuditCommand.change(before: entry.before, after: entry.after),
                ])
            }
            return table.rendered(width: width)
        }
    }

    /// What changed, compactly: `key: before → after` for changed keys, `key=value` for new ones.
    static func change(before: [String: String]?, after: [String: String]?) -> String {
        let after = after ?? [:]
        guard let before else { return after.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
        return Set(before.keys).union(after.keys).sorted().compactMap { key -> String? in
            let old = before[key]
            let new = after[key]
            guard old != new else { return nil }
            return "\(key): \(old ?? "-") → \(new ?? "-")"
        }.joined(separator: " ")
    }
}
