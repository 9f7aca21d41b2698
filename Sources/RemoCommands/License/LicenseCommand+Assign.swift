package import ArgumentParser
import Foundation
package import RemoCore
package import RemoLedger

extension LicenseCommand {
    /// `remo license assign --partner CODE --customer EMAIL --part PART --count N --yes`.
    package struct Assign: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: LedgerCommandText.assignAbstract().description,
                discussion: LedgerCommandText.assignDiscussion().description)
        }

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartner().description, valueName: "code"), transform: parsePartnerCode)
        package var partner: Partner.Code

        @Option(help: ArgumentHelp(LedgerCommandText.helpCustomer().description, valueName: "email"), transform: parseEmail)
        package var customer: EmailAddress

        @Option(help: ArgumentHelp(LedgerCommandText.helpPart().description, valueName: "part"))
        package var part: String

        @Option(help: ArgumentHelp(LedgerCommandText.helpCount().description, valueName: "n"))
        package var count: Int

        @Flag(help: ArgumentHelp(LedgerCommandText.helpYes().description))
        package var yes = false

        @Flag(help: ArgumentHelp(LedgerCommandText.helpDryRunAssign().description))
        package var dryRun = false

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let acting = try global.acting(partner: partner)
            if !yes, !dryRun {
                // What the assignment would renew early, before it asks for confirmation (issue 21 item 6);
                // a dry run's result says it itself.
                let renewals = try await ledger.assignmentPreview(
                    partner: partner, customer: customer, part: part, count: count, by: acting)
                for renewed in renewals { Output.warning(renewed.advice) }
            }
            let result = try await ledger.assignLicenses(
                partner: partner, customer: customer, part: part, count: count, confirmed: yes, dryRun: dryRun,
                by: acting)
            try Report(result: result, dryRun: dryRun).print(json: global.json)
        }

        /// `{"customer", "part", "licenses": [id], "assigned", "freeUntil", "expires", "remaining"}`
        /// (`AssignmentDocument`, the web app's answer too), or a sentence.
        struct Report: LedgerReport {
            let result: AssignmentResult
            var dryRun = false

            func encode(to encoder: any Encoder) throws {
                try AssignmentDocument(result).encode(to: encoder)
            }

            func text() -> String {
                let language = Language.current
                return (dryRun ? LedgerCommandText.licensesWouldBeAssigned : LedgerCommandText.licensesAssigned)([
                    "count": .integer(result.licenses.count), "part": .text(result.product.part),
                    "customer": .text(result.customer.email.description),
                    "freeUntil": .text(result.dates.freeUntil.formatted(in: language)),
                    "expires": .text(result.dates.expires.formatted(in: language)),
                    "remaining": .integer(result.remaining),
                ]).description
                    + result.renewals.map { "\n" + $0.advice.description }.joined()
            }
        }
    }

    /// `remo license list --customer EMAIL`.
    package struct List: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.licenseListAbstract().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let holdings = try await global.openLedger().licenses(of: target.customer, by: try global.acting())
            try Report(holdings: holdings).print(json: global.json)
        }

        struct Report: LedgerReport {
            let holdings: [LicenseHolding]

            func encode(to encoder: any Encoder) throws { try holdings.map(LicenseView.init).encode(to: encoder) }

            func text() -> String {
                let language = Language.current
                var table = TextTable(
                    header: [
                        LedgerCommandText.labelLicense().description, LedgerCommandText.labelPart().description,
                        LedgerCommandText.labelType().description, LedgerCommandText.labelAssigned().description,
                        LedgerCommandText.labelFreeUntil().description, LedgerCommandText.labelExpires().description,
                        LedgerCommandText.labelCamera().description,
                    ], alignments: [.right])
                for holding in holdings {
                    let license = holding.license
                    table.append([
                        license.id.description, license.product.part, license.product.term.name.description,
                        license.assignment?.assignedOn.formatted(in: language) ?? "",
                        license.assignment?.dates?.freeUntil.formatted(in: language) ?? "",
                        license.expires?.formatted(in: language) ?? "",
                        holding.current?.cameraID.description ?? LedgerCommandText.unbound().description,
                    ])
                }
                return table.rendered()
            }
        }
    }
}
