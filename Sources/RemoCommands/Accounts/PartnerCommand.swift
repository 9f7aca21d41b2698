package import ArgumentParser
import Foundation
package import RemoCore
package import RemoLedger

/// `remo partner`: the sales partners in the database.
package struct PartnerCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "partner", abstract: LedgerCommandText.partnerAbstract().description,
            subcommands: [Add.self, List.self])
    }

    package init() {}

    /// `remo partner add --code CODE --name NAME --email EMAIL`.
    package struct Add: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.partnerAddAbstract().description)
        }

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerCode().description, valueName: "code"), transform: parsePartnerCode)
        package var code: Partner.Code

        @Option(help: ArgumentHelp(LedgerCommandText.helpName().description, valueName: "name"))
        package var name: String

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerEmail().description, valueName: "email"), transform: parseEmail)
        package var email: EmailAddress

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let partner = try await ledger.addPartner(code: code, name: name, email: email, by: try global.acting())
            try Report(partner: partner).print(json: global.json)
        }

        struct Report: LedgerReport {
            let partner: Partner

            func encode(to encoder: any Encoder) throws { try PartnerView(partner).encode(to: encoder) }

            func text() -> String {
                LedgerCommandText.partnerAdded([
                    "code": .text(partner.code.rawValue), "name": .text(partner.name),
                    "email": .text(partner.email.description),
                ]).description
            }
        }
    }

    /// `remo partner list`.
    package struct List: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.partnerListAbstract().description)
        }

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let partners = try await global.openLedger().partners(by: try global.acting())
            try Report(partners: partners).print(json: global.json)
        }

        struct Report: LedgerReport {
            let partners: [Partner]

            func encode(to encoder: any Encoder) throws { try partners.map(PartnerView.init).encode(to: encoder) }

            func text() -> String {
                var table = TextTable(header: [
                    LedgerCommandText.labelCode().description, LedgerCommandText.labelName().description,
                    LedgerCommandText.labelEmail().description,
                ])
                for partner in partners {
                    table.append([partner.code.rawValue, partner.name, partner.email.description])
                }
                return table.rendered()
            }
        }
    }
}
