package import ArgumentParser
import Foundation
import RemoCore
import RemoImaging
package import RemoLedger

/// `remo cards`: activation cards for perpetual licenses.
package struct CardsCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "cards", abstract: LedgerCommandText.cardsAbstract().description,
            subcommands: [Import.self, Register.self])
    }

    package init() {}

    /// `remo cards import FILE.csv [--encoding utf-8|cp932]`.
    package struct Import: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: LedgerCommandText.cardsImportAbstract().description,
                discussion: LedgerCommandText.cardsImportDiscussion().description)
        }

        @OptionGroup package var global: GlobalOptions

        @Argument(help: ArgumentHelp(LedgerCommandText.helpCardsFile().description, valueName: "file.csv"))
        package var file: String

        @Option(help: ArgumentHelp(LedgerCommandText.helpEncoding().description, valueName: "utf-8|cp932"), transform: parseEncoding)
        package var encoding: SpreadsheetEncoding?

        package init() {}

        package func run() async throws {
            let bytes = try readFile(file)
            let result = try await global.openLedger().importCards(bytes, source: file, encoding: encoding, by: try global.acting())
            try Report(result: result).print(json: global.json)
            guard result.succeeded else { throw ExitCode.failure }
        }

        /// `{"imported": n, "encoding", "rows": [{"line", "activationId", "status", "message"}]}`.
        struct Report: LedgerReport {
            let result: CardImportResult

            private struct Row: Encodable {
                let line: Int
                let activationId: String
                let status: String
                let message: String
            }

            private enum CodingKeys: String, CodingKey { case imported, encoding, rows }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(result.imported, forKey: .imported)
                try container.encode(result.encoding.rawValue, forKey: .encoding)
                try container.encode(
                    result.rows.map {
                        Row(line: $0.line, activationId: $0.activationID, status: $0.status.code, message: $0.status.message.description)
                    }, forKey: .rows)
            }

            func text() -> String {
                var table = TextTable(
                    header: [
                        LedgerCommandText.labelLine().description, LedgerCommandText.labelActivationID().description,
                        LedgerCommandText.labelResult().description,
                    ], alignments: [.right])
                for row in result.rows {
                    table.append([String(row.line), row.activationID, row.status.message.description])
                }
                let summary =
                    result.succeeded
                    ? LedgerCommandText.cardsImported(["count": .integer(result.imported), "rows": .integer(result.rows.count)])
                    : LedgerCommandText.cardsNotImported()
                return table.rendered() + "\n\n" + summary.description
            }
        }
    }

    /// `remo cards register --customer EMAIL --card ACTIVATION:ENCRYPTION [--card ...]`.
    package struct Register: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: LedgerCommandText.cardsRegisterAbstract().description,
                discussion: LedgerCommandText.cardsRegisterDiscussion().description)
        }

        @OptionGroup package var global: GlobalOptions
        @OptionGroup package var target: CustomerCommand.Target

        @Option(
            name: .customLong("card"),
            help: ArgumentHelp(LedgerCommandText.helpCard().description, valueName: "activation:encryption"),
            transform: parseCardEntry)
        package var cards: [CardEntry] = []

        package init() {}

        package func validate() throws {
            guard !cards.isEmpty else { throw ValidationError(LedgerCommandText.noCards().description) }
        }

        package func run() async throws {
            let result = try await global.openLedger().registerCards(cards, to: target.customer, by: try global.acting())
            try Report(result: result).print(json: global.json)
            guard result.succeeded else { throw ExitCode.failure }
        }

        /// `{"registered": bool, "results": [{"input", "activationId", "part", "status", "message", "licenses"}]}`.
        struct Report: LedgerReport {
            let result: CardRegistrationResult

            private struct Item: Encodable {
                let input: String
                @Nullable var activationId: String?
                @Nullable var part: String?
                let status: String
                let message: String
                let licenses: [Int64]
            }

            private enum CodingKeys: String, CodingKey { case registered, results }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(result.succeeded, forKey: .registered)
                try container.encode(
                    result.items.map {
                        Item(
                            input: "\($0.entry.activationID):\($0.entry.encryptionID)", activationId: $0.activationID?.description,
                            part: $0.product?.part, status: $0.status.code, message: $0.status.message.description,
                            licenses: $0.licenses.map(\.rawValue))
                    }, forKey: .results)
            }

            func text() -> String {
                var table = TextTable(header: [
                    LedgerCommandText.labelActivationID().description, LedgerCommandText.labelPart().description,
                    LedgerCommandText.labelResult().description,
                ])
                for item in result.items {
                    table.append([
                        item.activationID?.description ?? item.entry.activationID, item.product?.part ?? "",
                        item.status.message.description,
                    ])
                }
                let licenses = result.items.reduce(0) { $0 + $1.licenses.count }
                let summary =
                    result.succeeded
                    ? LedgerCommandText.cardsRegistered(["count": .integer(result.items.count), "licenses": .integer(licenses)])
                    : LedgerCommandText.cardsNotRegistered()
                return table.rendered() + "\n\n" + summary.description
            }
        }
    }
}

/// Reads `ACTIVATION:ENCRYPTION`.
func parseCardEntry(_ text: String) throws -> CardEntry {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 else { throw ValidationError(LedgerCommandText.badCard(["text": .text(text)]).description) }
    return CardEntry(activationID: String(parts[0]), encryptionID: String(parts[1]))
}

/// Reads an `--encoding` name.
func parseEncoding(_ text: String) throws -> SpreadsheetEncoding {
    guard let encoding = SpreadsheetEncoding(name: text) else { throw SpreadsheetTextError.unknownEncoding(text) }
    return encoding
}

/// A file's bytes, or an error naming it: only a regular file is read (a FIFO
/// or a device is refused, never waited on).
func readFile(_ path: String) throws -> [UInt8] {
    do {
        return try FileBytes.read(path, limit: .max)
    } catch where error.code == .fileIsEmpty {
        return []
    } catch where error.code == .fileNotRegular {
        throw ValidationError(error.message.description)
    } catch {
        throw ValidationError(LedgerCommandText.cannotRead(["file": .text(path)]).description)
    }
}
