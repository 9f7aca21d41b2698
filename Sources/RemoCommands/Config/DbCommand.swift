package import ArgumentParser
import Foundation
import RemoCore
import RemoLedger
import RemoPostgres
import RemoSQLite

/// `remo db`: moving a ledger between stores.
package struct DbCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "db", abstract: ConfigText.dbAbstract().description, subcommands: [Copy.self])
    }

    package init() {}

    /// `remo db copy --from FILE --to postgres://…`: an office's SQLite ledger
    /// into a new PostgreSQL one, every row with its ID, in one transaction;
    /// then every partner's report is read from both and compared.
    package struct Copy: AsyncParsableCommand {
        package static var configuration: CommandConfiguration {
            CommandConfiguration(
                abstract: ConfigText.dbCopyAbstract().description, discussion: ConfigText.dbCopyDiscussion().description)
        }

        @Option(help: ArgumentHelp(ConfigText.helpCopyFrom().description, valueName: "file"))
        package var from: String

        @Option(help: ArgumentHelp(ConfigText.helpCopyTo().description, valueName: "postgres://user@host:port/database"))
        package var to: String

        @OptionGroup package var global: GlobalOptions

        package init() {}

        package func run() async throws {
            let environment = ProcessInfo.processInfo.environment
            guard PostgresLocation.isURL(to), let location = PostgresLocation(to, environment: environment) else {
                throw ValidationError(ConfigText.badDatabaseURL().description)
            }
            let wait = try GlobalOptions.busyTimeout(environment: environment)
            let source = try SQLiteLedgerStore(path: from, busyTimeout: wait)
            let kind = try await source.read { try $0.clockState().kind }
            let tables = try await source.tables()
            let destination = try PostgresLedgerStore(location, lockTimeout: wait, opening: .new(kind))
            try await destination.load(tables)
            // The same reports from both: every partner's, as the local operator sees them, at one moment.
            let acting = Acting(.localOperator, now: LedgerClock.system.now())
            // Reports send no mail: the outbox is never written.
            let outbox = DirectoryOutbox(directory: FileManager.default.temporaryDirectory)
            let before = Ledger(store: source, outbox: outbox)
            let after = Ledger(store: destination, outbox: outbox)
            let partners = try await before.partners(by: acting)
            for partner in partners {
                let scope = ReportScope.partner(partner.code)
                let expected = try await before.provisioningReport(scope, by: acting)
                guard try await after.provisioningReport(scope, by: acting) == expected else {
                    throw CopyMismatch(partner: partner.code, to: location.description)
                }
            }
            try Report(
                from: from, to: location.description, rows: tables.reduce(0) { $0 + $1.rows.count }, partners: partners.count
            ).print(json: global.json)
        }

        /// A copied ledger whose report differs from the original's.
        struct CopyMismatch: Error, CustomStringConvertible, MessageProviding {
            let partner: Partner.Code
            let to: String

            var message: Message { ConfigText.dbCopyDiffers(["partner": .text(partner.rawValue), "to": .text(to)]) }
            var description: String { message.description }
        }

        /// What the copy moved.
        struct Report: LedgerReport {
            let from: String
            let to: String
            let rows: Int
            let partners: Int

            func text() -> String {
                ConfigText.dbCopied([
                    "from": .text(from), "to": .text(to), "rows": .integer(rows), "partners": .integer(partners),
                ]).description
            }
        }
    }
}
