package import ArgumentParser
import Foundation
import RemoCore
package import RemoLedger

/// `remo stock`: the licenses a partner bought and holds.
package struct StockCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "stock", abstract: LedgerCommandText.stockAbstract().description,
            subcommands: [Add.self, List.self])
    }

    package init() {}

    /// `remo stock add --partner CODE --part PART --count N [--order REF]`.
    package struct Add: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.stockAddAbstract().description)
        }

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartner().description, valueName: "code"), transform: parsePartnerCode)
        package var partner: Partner.Code

        @Option(help: ArgumentHelp(LedgerCommandText.helpPart().description, valueName: "part"))
        package var part: String

        @Option(help: ArgumentHelp(LedgerCommandText.helpCount().description, valueName: "n"))
        package var count: Int

        @Option(help: ArgumentHelp(LedgerCommandText.helpOrder().description, valueName: "ref"))
        package var order: String?

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let acting = try global.acting(partner: partner)
            let lot = try await ledger.addStock(partner: partner, part: part, count: count, order: order, by: acting)
            let lines = try await ledger.stock(of: partner, by: acting)
            try Report(partner: partner, lines: lines, added: lot).print(json: global.json)
        }
    }

    /// `remo stock list --partner CODE`.
    package struct List: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: LedgerCommandText.stockListAbstract().description)
        }

        @Option(help: ArgumentHelp(LedgerCommandText.helpPartner().description, valueName: "code"), transform: parsePartnerCode)
        package var partner: Partner.Code

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let ledger = try global.openLedger()
            let lines = try await ledger.stock(of: partner, by: try global.acting(partner: partner))
            try Report(partner: partner, lines: lines, added: nil).print(json: global.json)
        }
    }

    /// `{"partner", "stock": [{"part", "connection", "type", "bought", "assigned", "available"}]}`.
    struct Report: LedgerReport {
        let partner: Partner.Code
        let lines: [StockLine]
        let added: StockLot?

        private struct Line: Encodable {
            let part: String
            let connection: String
            let type: String
            let bought: Int
            let assigned: Int
            let available: Int
        }

        private enum CodingKeys: String, CodingKey { case partner, stock }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(partner.rawValue, forKey: .partner)
            try container.encode(
                lines.map {
                    Line(
                        part: $0.product.part, connection: $0.product.connection.rawValue, type: $0.product.term.code,
                        bought: $0.bought, assigned: $0.assigned, available: $0.available)
                }, forKey: .stock)
        }

        func text() -> String {
            var table = TextTable(
                header: [
                    LedgerCommandText.labelPart().description, LedgerCommandText.labelType().description,
                    LedgerCommandText.labelBought().description, LedgerCommandText.labelAssigned().description,
                    LedgerCommandText.labelAvailable().description,
                ], alignments: [.left, .left, .right, .right, .right])
            for line in lines {
                table.append([
                    line.product.part, line.product.term.name.description, String(line.bought), String(line.assigned),
                    String(line.available),
                ])
            }
            guard let added else { return table.rendered() }
            let sentence = LedgerCommandText.stockAdded([
                "count": .integer(added.count), "part": .text(added.product.part), "partner": .text(partner.rawValue),
            ])
            return sentence.description + "\n\n" + table.rendered()
        }
    }
}
