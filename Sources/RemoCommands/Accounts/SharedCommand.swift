package import ArgumentParser
import Foundation
package import RemoCore
import RemoLedger

/// `remo shared`: shared users of a contract user's account (read only).
package struct SharedCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "shared", abstract: LedgerCommandText.sharedAbstract().description,
            subcommands: [Add.self, List.self])
    }

    package init() {}

    /// `remo shared add --customer EMAIL --email EMAIL --name NAME`.
    package struct Add: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.sharedAddAbstract().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpSharedEmail().description, valueName: "email"), transform: parseEmail)
        package var email: EmailAddress

        @Option(help: ArgumentHelp(LedgerCommandText.helpName().description, valueName: "name"))
        package var name: String

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let user = try await global.openLedger().addSharedUser(
                to: target.customer, email: email, name: name, by: try global.acting())
            try Report(users: [user], customer: target.customer, added: true).print(json: global.json)
        }
    }

    /// `remo shared list --customer EMAIL`.
    package struct List: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.sharedListAbstract().description)
        }

        @OptionGroup package var target: CustomerCommand.Target

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let users = try await global.openLedger().sharedUsers(of: target.customer, by: try global.acting())
            try Report(users: users, customer: target.customer, added: false).print(json: global.json)
        }
    }

    /// `[{"email", "name", "customer", "created"}]`.
    struct Report: LedgerReport {
        let users: [SharedUser]
        let customer: EmailAddress
        let added: Bool

        private struct Row: Encodable {
            let email: String
            let name: String
            let customer: String
            let created: String
        }

        func encode(to encoder: any Encoder) throws {
            try users.map {
                Row(email: $0.email.description, name: $0.name, customer: customer.description, created: $0.created.formattedForPeople())
            }.encode(to: encoder)
        }

        func text() -> String {
            if added, let user = users.first {
                return LedgerCommandText.sharedAdded([
                    "email": .text(user.email.description), "customer": .text(customer.description),
                ]).description
            }
            var table = TextTable(header: [LedgerCommandText.labelEmail().description, LedgerCommandText.labelName().description])
            for user in users { table.append([user.email.description, user.name]) }
            return table.rendered()
        }
    }
}
