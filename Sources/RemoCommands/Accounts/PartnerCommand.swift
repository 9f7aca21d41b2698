package import ArgumentParser
import Foundation
package import RemoCore
package import RemoLedger

/// `remo partner`: the sales partners in the database.
package struct PartnerCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "partner", abstract: LedgerCommandText.partnerAbstract().description,
            subcommands: [Add.self, List.self, User.self])
    }

    package init() {}

    /// `remo partner add --code CODE --name NAME --email EMAIL`.
    package struct Add: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.partnerAddAbstract().description)
        }

        @OptionGroup package var global: GlobalOptions

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerCode().description, valueName: "code"), transform: parsePartnerCode)
        package var code: Partner.Code

        @Option(help: ArgumentHelp(LedgerCommandText.helpName().description, valueName: "name"))
        package var name: String

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerEmail().description, valueName: "email"), transform: parseEmail)
        package var email: EmailAddress

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

    /// `remo partner user`: the people who log in for a partner.
    package struct User: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "user", abstract: LedgerCommandText.partnerUserAbstract().description,
                subcommands: [AddUser.self, ListUsers.self])
        }

        package init() {}
    }

    /// `remo partner user add --partner CODE --email EMAIL --role admin|installer --password -`.
    package struct AddUser: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: LedgerCommandText.partnerUserAddAbstract().description)
        }

        @OptionGroup package var global: GlobalOptions

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerCode().description, valueName: "code"), transform: parsePartnerCode)
        package var partner: Partner.Code

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerEmail().description, valueName: "email"), transform: parseEmail)
        package var email: EmailAddress

        @Option(help: ArgumentHelp(LedgerCommandText.helpRole().description, valueName: "admin|installer"))
        package var role: PartnerUser.Role

        @Option(help: ArgumentHelp(LedgerCommandText.helpPassword().description, valueName: "password"))
        package var password: String

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let user = try await ledger.addPartnerUser(
                partner: partner, email: email, role: role, password: try readSecret(password), by: try global.acting())
            try Report(user: user, partner: partner).print(json: global.json)
        }

        struct Report: LedgerReport {
            let user: PartnerUser
            let partner: Partner.Code

            func encode(to encoder: any Encoder) throws { try PartnerUserView(user, partner: partner).encode(to: encoder) }

            func text() -> String {
                LedgerCommandText.partnerUserAdded([
                    "role": .text(user.role.rawValue), "email": .text(user.email.description), "code": .text(partner.rawValue),
                ]).description
            }
        }
    }

    /// `remo partner user list --partner CODE`.
    package struct ListUsers: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: LedgerCommandText.partnerUserListAbstract().description)
        }

        @OptionGroup package var global: GlobalOptions

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerCode().description, valueName: "code"), transform: parsePartnerCode)
        package var partner: Partner.Code

        package init() {}

        package func run() async throws {
            let users = try await global.openLedger().partnerUsers(of: partner, by: try global.acting())
            try Report(users: users, partner: partner).print(json: global.json)
        }

        struct Report: LedgerReport {
            let users: [PartnerUser]
            let partner: Partner.Code

            func encode(to encoder: any Encoder) throws {
                try users.map { PartnerUserView($0, partner: partner) }.encode(to: encoder)
            }

            func text() -> String {
                var table = TextTable(header: [
                    LedgerCommandText.labelEmail().description, LedgerCommandText.labelRole().description,
                ])
                for user in users { table.append([user.email.description, user.role.rawValue]) }
                return table.rendered()
            }
        }
    }
}

/// A partner user in `--json`: `{"email", "role", "partner", "created"}` (never the password or its hash).
struct PartnerUserView: Encodable, Sendable {
    let email: String
    let role: String
    let partner: String
    let created: String

    init(_ user: PartnerUser, partner: Partner.Code) {
        email = user.email.description
        role = user.role.rawValue
        self.partner = partner.rawValue
        created = user.created.formattedForPeople()
    }
}
