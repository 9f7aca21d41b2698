package import ArgumentParser
import Foundation
import RemoCore
import RemoLedger
import RemoPostgres
import RemoSQLite

/// `remo init [--db PATH|postgres://…] [--label-key PATH] [--simulation]`: makes a
/// ledger (a SQLite file, or the schema in an empty PostgreSQL database) and
/// its label key; the only command that makes a ledger.
package struct InitCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init", abstract: ConfigText.initAbstract().description,
            discussion: ConfigText.initDiscussion().description)
    }

    @OptionGroup package var global: GlobalOptions

    @Flag(help: ArgumentHelp(ConfigText.helpSimulation().description))
    package var simulation = false

    @Option(name: .customLong("label-key"), help: ArgumentHelp(LabelCommandText.helpLabelKey().description, valueName: "file"))
    package var labelKey: String?

    package init() {}

    package func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let settings = try global.settings(labelKey: labelKey, environment: environment)
        let path = settings.database.value ?? ""
        if settings.database.source == .byDefault {
            // The per-user default's folder, made for its owner only.
            try? FileManager.default.createDirectory(
                atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        }
        let kind: LedgerKind = simulation ? .simulation : .live
        guard let keyPath = settings.labelKey.value else { throw ValidationError(ConfigText.labelKeyForServer().description) }
        let keyFile = LabelKeyFile(path: keyPath)
        let existed = try keyFile.load() != nil
        let name: String
        if PostgresLocation.isURL(path) {
            // Both or neither: the key first (a file), then the ledger; a ledger refused takes a new key with it.
            if !existed { _ = try keyFile.create() }
            do {
                name = try GlobalOptions.openStore(path, opening: .new(kind), environment: environment).name
            } catch {
                if !existed { try? FileManager.default.removeItem(atPath: keyFile.path) }
                throw error
            }
        } else {
            name = try GlobalOptions.openStore(path, opening: .new(kind), environment: environment).name
            do {
                if !existed { _ = try keyFile.create() }
            } catch {
                // Both or neither: a ledger without its key is not made.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                throw error
            }
        }
        try Report(database: name, kind: kind, labelKey: keyFile.path, keyCreated: !existed).print(json: global.json)
    }

    /// What `remo init` made.
    struct Report: LedgerReport {
        let database: String
        let kind: LedgerKind
        let labelKey: String
        let keyCreated: Bool

        enum CodingKeys: String, CodingKey {
            case database, kind, labelKey, keyCreated
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(database, forKey: .database)
            try container.encode(kind.rawValue, forKey: .kind)
            try container.encode(labelKey, forKey: .labelKey)
            try container.encode(keyCreated, forKey: .keyCreated)
        }

        func text() -> String {
            let kindName = (kind == .simulation ? ConfigText.kindSimulation() : ConfigText.kindLive()).description
            let arguments: KeyValuePairs<String, Message.Argument> = [
                "kind": .text(kindName), "path": .text(database), "key": .text(labelKey),
            ]
            return (keyCreated ? ConfigText.initMade(arguments) : ConfigText.initKeyKept(arguments)).description
        }
    }
}
