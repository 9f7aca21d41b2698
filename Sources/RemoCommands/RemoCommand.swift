package import ArgumentParser
import Foundation
import RemoCore

/// The `remo` command: the root that lists the subcommands.
package struct RemoCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "remo",
            abstract: CommandText.rootAbstract().description,
            version: RemoVersion.current,
            subcommands: [
                QRCommand.self, LicenseCommand.self, PartnerCommand.self, CustomerCommand.self, SharedCommand.self,
                StockCommand.self, CameraCommand.self, CardsCommand.self, TickCommand.self, NoticesCommand.self,
                AuditCommand.self, ReportCommand.self, LabelsCommand.self, RegisterCommand.self, ServeCommand.self,
                InitCommand.self, ConfigCommand.self, DbCommand.self,
            ]
        )
    }

    package init() {}

    /// Runs `remo` with the process arguments, in the language chosen by `--lang`,
    /// `REMO_LANG` or the locale, with the command line's hints on the library's
    /// messages (``CommandHints``), and exits.
    package static func launch(arguments: [String], environment: [String: String]) async {
        // A closed pipe on stdout is then a write error (EPIPE) that the command
        // reports, rather than a signal that ends it without a word.
        signal(SIGPIPE, SIG_IGN)
        Output.reserveStandardDescriptors()
        let (chosen, rest) = Language.splitCommandLine(arguments)
        let language = chosen ?? CommandSettings.language(environment: environment)
        await Remedy.$presenter.withValue(CommandHints()) {
            await CommandSettings.$chosenLanguage.withValue(chosen) {
                await run(rest, in: language)
            }
        }
    }

    private static func run(_ rest: [String], in language: Language) async {
        await Language.$current.withValue(language) {
            // As `main(_:)` does, with the parser's own words in the chosen language.
            do {
                var command = try await asyncParseAsRoot(rest)
                try await Output.$quiet.withValue(rest.prefix { $0 != "--" }.contains("--quiet")) {
                    if var asyncCommand = command as? any AsyncParsableCommand {
                        try await asyncCommand.run()
                    } else {
                        try command.run()
                    }
                }
            } catch let error as StandardOutputError {
                Output.exit(with: error)
            } catch {
                ParserOutput.exit(with: error, of: RemoCommand.self)
            }
        }
    }
}
