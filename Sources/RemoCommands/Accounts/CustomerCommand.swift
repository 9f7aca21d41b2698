package import ArgumentParser
import Foundation
package import RemoCore
package import RemoLedger

/// `remo customer`: contract users, their passwords, terms of use and hand-over.
package struct CustomerCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "customer", abstract: LedgerCommandText.customerAbstract().description,
            subcommands: [
                Add.self, List.self, ConfirmEmail.self, Login.self, ChangePassword.self, ForgotPassword.self,
                AcceptTerms.self, HandOver.self,
            ])
    }

    package init() {}

    /// The options naming one customer: `--customer EMAIL`.
    package struct Target: ParsableArguments {
        @Option(help: ArgumentHelp(LedgerCommandText.helpCustomer().description, valueName: "email"), transform: parseEmail)
        package var customer: EmailAddress

        package init() {}
    }

    /// What a customer verb prints: the customer as JSON, or a sentence.
    struct CustomerReport: LedgerReport {
        let view: CustomerDocument
        let sentence: Message

        init(_ customer: Customer, partner: String, sentence: Message) {
            view = CustomerDocument(customer, partner: partner)
            self.sentence = sentence
        }

        func encode(to encoder: any Encoder) throws { try view.encode(to: encoder) }
        func text() -> String { sentence.description }
    }

    /// The code of a customer's partner, as the actor may see it.
    static func partnerCode(of customer: Customer, ledger: Ledger, acting: Acting) async throws -> String {
        try await ledger.partners(by: acting).first { $0.id == customer.partnerID }?.code.rawValue ?? ""
    }

    /// Runs a change to one customer and prints the customer (JSON) or `sentence` (text).
    static func change(
        _ global: GlobalOptions, sentence: (Customer) -> Message, _ body: (Ledger, Acting) async throws -> Customer
    ) async throws {
        let ledger = try global.openLedger()
        let acting = try global.acting()
        let customer = try await body(ledger, acting)
        try CustomerReport(customer, partner: try await partnerCode(of: customer, ledger: ledger, acting: acting), sentence: sentence(customer))
            .print(json: global.json)
    }

    /// `remo customer add --partner CODE --name NAME --email EMAIL [--temp-password P]`.
    package struct Add: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: LedgerCommandText.customerAddAbstract().description,
                discussion: LedgerCommandText.customerAddDiscussion().description)
        }

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartner().description, valueName: "code"), transform: parsePartnerCode)
        package var partner: Partner.Code

        @Option(help: ArgumentHelp(LedgerCommandText.helpName().description, valueName: "name"))
        package var name: String

        @Option(help: ArgumentHelp(LedgerCommandText.helpCustomerEmail().description, valueName: "email"), transform: parseEmail)
        package var email: EmailAddress

        @Option(help: ArgumentHelp(LedgerCommandText.helpTempPassword().description, valueName: "password"))
        package var tempPassword: String?

        @Option(help: ArgumentHelp(LedgerCommandText.helpTimeZone().description, valueName: "zone"))
        package var timeZone: String?

        @Option(help: ArgumentHelp(LedgerCommandText.helpOutbox().description, valueName: "folder"))
        package var outbox: String?

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger(outbox: outbox)
            let acting = try global.acting(partner: partner)
            let added = try await ledger.addCustomer(
                partner: partner, name: name, email: email, password: tempPassword.map { .temporary($0) } ?? .generated,
                timeZone: timeZone, by: acting)
            if let typo = added.likelyTypo {
                Output.warning(LedgerCommandText.emailLooksLikeTypo(["email": .text(email.description), "suggestion": .text(typo)]))
            }
            try Report(added: added, partner: partner.rawValue).print(json: global.json)
        }

        /// `{"customer": {...}, "mail": null | "path", "likelyTypo": null | "domain"}`.
        struct Report: LedgerReport {
            let added: CustomerAdded
            let partner: String

            private enum CodingKeys: String, CodingKey { case customer, mail, likelyTypo }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(CustomerDocument(added.customer, partner: partner), forKey: .customer)
                try container.encode(added.mail, forKey: .mail)
                try container.encode(added.likelyTypo, forKey: .likelyTypo)
            }

            func text() -> String {
                let email = Message.Argument.text(added.customer.email.description)
                if let mail = added.mail {
                    return LedgerCommandText.customerAddedMailed(["email": email, "partner": .text(partner), "mail": .text(mail)])
                        .description
                }
                return LedgerCommandText.customerAddedTemporary(["email": email, "partner": .text(partner)]).description
            }
        }
    }

    /// `remo customer list [--partner CODE]`.
    package struct List: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.customerListAbstract().description)
        }

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartnerFilter().description, valueName: "code"), transform: parsePartnerCode)
        package var partner: Partner.Code?

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let acting = try global.acting(partner: partner)
            let customers = try await ledger.customers(of: partner, by: acting)
            try Report(views: CustomerDocument.list(customers, partners: try await ledger.partners(by: acting)))
                .print(json: global.json)
        }

        struct Report: LedgerReport {
            let views: [CustomerDocument]

            func encode(to encoder: any Encoder) throws { try views.encode(to: encoder) }

            func text() -> String {
                let yes = LedgerCommandText.yes().description
                var table = TextTable(header: [
                    LedgerCommandText.labelEmail().description, LedgerCommandText.labelName().description,
                    LedgerCommandText.labelPartner().description, LedgerCommandText.labelConfirmed().description,
                    LedgerCommandText.labelTerms().description, LedgerCommandText.labelHandedOver().description,
                ])
                for view in views {
                    let customer = view.customer
                    table.append([
                        customer.email.description, customer.name, view.partner, customer.emailConfirmation == nil ? "" : yes,
                        customer.termsAccepted?.version ?? "", customer.handedOver?.formattedForPeople() ?? "",
                    ])
                }
                return table.rendered()
            }
        }
    }

    /// `remo customer confirm-email --customer EMAIL`.
    package struct ConfirmEmail: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "confirm-email", abstract: LedgerCommandText.confirmEmailAbstract().description,
                discussion: LedgerCommandText.confirmEmailDiscussion().description)
        }

        @OptionGroup package var target: Target

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            try await change(global, sentence: { LedgerCommandText.emailConfirmed(["email": .text($0.email.description)]) }) {
                try await $0.confirmEmail(of: target.customer, by: $1)
            }
        }
    }

    /// `remo customer login --customer EMAIL --password P`.
    package struct Login: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.loginAbstract().description)
        }

        @OptionGroup package var target: Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpPassword().description, valueName: "password"))
        package var password: String

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let acting = try global.acting()
            let result = try await ledger.logIn(target.customer, password: try readSecret(password), at: acting)
            try Report(
                result: result, partner: try await partnerCode(of: result.customer, ledger: ledger, acting: acting)
            ).print(json: global.json)
        }

        /// `{"customer": {...}, "mustChangePassword", "shouldResetPassword"}`.
        struct Report: LedgerReport {
            let result: LoginResult
            let partner: String

            private enum CodingKeys: String, CodingKey { case customer, mustChangePassword, shouldResetPassword }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(CustomerDocument(result.customer, partner: partner), forKey: .customer)
                try container.encode(result.mustChangePassword, forKey: .mustChangePassword)
                try container.encode(result.shouldResetPassword, forKey: .shouldResetPassword)
            }

            func text() -> String {
                var lines = [LedgerCommandText.loggedIn(["email": .text(result.customer.email.description)]).description]
                if result.mustChangePassword { lines.append(LedgerCommandText.mustChangePassword().description) }
                lines.append(
                    (result.shouldResetPassword ? LedgerCommandText.resetPromptYes() : LedgerCommandText.resetPromptNo())
                        .description)
                return lines.joined(separator: "\n")
            }
        }
    }

    /// `remo customer change-password --customer EMAIL --password P --new-password Q`.
    package struct ChangePassword: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "change-password", abstract: LedgerCommandText.changePasswordAbstract().description)
        }

        @OptionGroup package var target: Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpPassword().description, valueName: "password"))
        package var password: String

        @Option(help: ArgumentHelp(LedgerCommandText.helpNewPassword().description, valueName: "password"))
        package var newPassword: String

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let (current, new) = (try readSecret(password), try readSecret(newPassword))
            try await change(global, sentence: { LedgerCommandText.passwordChanged(["email": .text($0.email.description)]) }) {
                try await $0.changePassword(target.customer, current: current, new: new, at: $1)
            }
        }
    }

    /// `remo customer forgot-password --customer EMAIL`.
    package struct ForgotPassword: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "forgot-password", abstract: LedgerCommandText.forgotPasswordAbstract().description)
        }

        @OptionGroup package var target: Target

        @Option(help: ArgumentHelp(LedgerCommandText.helpOutbox().description, valueName: "folder"))
        package var outbox: String?

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let mail = try await global.openLedger(outbox: outbox).renewPassword(target.customer, by: try global.acting())
            try Report(email: target.customer.description, mail: mail).print(json: global.json)
        }

        /// `{"customer", "mail"}`.
        struct Report: LedgerReport {
            let email: String
            let mail: String

            private enum CodingKeys: String, CodingKey { case customer, mail }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(email, forKey: .customer)
                try container.encode(mail, forKey: .mail)
            }

            func text() -> String { LedgerCommandText.passwordRenewed(["email": .text(email), "mail": .text(mail)]).description }
        }
    }

    /// `remo customer accept-terms --customer EMAIL --version V` (as the customer).
    package struct AcceptTerms: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "accept-terms", abstract: LedgerCommandText.acceptTermsAbstract().description)
        }

        @OptionGroup package var target: Target

        @Option(name: .customLong("terms-version"), help: ArgumentHelp(LedgerCommandText.helpTermsVersion().description, valueName: "version"))
        package var termsVersion: String

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let sentence = { (customer: Customer) in
                LedgerCommandText.termsAccepted(["email": .text(customer.email.description), "version": .text(termsVersion)])
            }
            try await change(global, sentence: sentence) { try await $0.acceptTerms(of: target.customer, version: termsVersion, by: $1) }
        }
    }

    /// `remo customer hand-over --customer EMAIL`.
    package struct HandOver: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "hand-over", abstract: LedgerCommandText.handOverAbstract().description,
                discussion: LedgerCommandText.handOverDiscussion().description)
        }

        @OptionGroup package var target: Target

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            try await change(global, sentence: { LedgerCommandText.handedOver(["email": .text($0.email.description)]) }) {
                try await $0.handOver(target.customer, by: $1)
            }
        }
    }
}

/// A secret given on the command line: the text, or with `-` one line read from standard input
/// (so that it stays out of the process list and the shell history).
func readSecret(_ option: String) throws -> String {
    guard option == "-" else { return option }
    guard let line = readLine(strippingNewline: true) else {
        throw ValidationError(LedgerCommandText.noSecretOnInput().description)
    }
    return line
}
