package import ArgumentParser
import Foundation
package import RemoCore
import RemoLedger
package import RemoWeb

/// `remo serve [--db PATH] [--host 127.0.0.1] [--port 8080] [--today D] [--tls-cert FILE --tls-key FILE]`:
/// the web app of docs/web.md until SIGINT or SIGTERM (a graceful stop, exit 0).
package struct ServeCommand: AsyncParsableCommand {
    package static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "serve", abstract: ServeCommandText.abstract().description,
            discussion: ServeCommandText.discussion().description)
    }

    @Option(name: .customLong("db"), help: ArgumentHelp(CommandText.helpDatabase().description, valueName: "path"))
    package var databasePath: String?

    @Option(help: ArgumentHelp(ServeCommandText.helpHost().description, valueName: "address"))
    package var host = "127.0.0.1"

    @Option(help: ArgumentHelp(ServeCommandText.helpPort().description, valueName: "port"))
    package var port = 8080

    @Option(help: ArgumentHelp(CommandText.helpToday().description, valueName: "yyyy-mm-dd"))
    package var today: CalendarDate?

    @Option(name: .customLong("tls-cert"), help: ArgumentHelp(ServeCommandText.helpTLSCertificate().description, valueName: "file"))
    package var tlsCertificate: String?

    @Option(name: .customLong("tls-key"), help: ArgumentHelp(ServeCommandText.helpTLSKey().description, valueName: "file"))
    package var tlsKey: String?

    package init() {}

    package func validate() throws {
        guard (tlsCertificate == nil) == (tlsKey == nil) else {
            throw ValidationError(ServeCommandText.tlsNeedsBoth().description)
        }
    }

    /// The settings the options give.
    package func settings() -> WebSettings {
        WebSettings(
            host: host, port: port,
            tls: tlsCertificate.flatMap { cert in tlsKey.map { WebSettings.TLSFiles(certificate: cert, privateKey: $0) } },
            day: today.map(DayChoice.given) ?? .clock, version: RemoVersion.current)
    }

    package func run() async throws {
        var global = try GlobalOptions.parse([])
        global.databasePath = databasePath
        let ledger = try global.openLedger()
        // `--today` only on a simulation ledger, and not before its latest change: the ledger's rule.
        let state = try await ledger.checkActingDay(today, now: LedgerClock.system.now())
        var chosen = settings()
        chosen.ledger = state.kind
        let settings = chosen
        let server = try WebServer(ledger: ledger, settings: settings)
        if !settings.isLoopback, settings.tls == nil {
            Output.note(ServeCommandText.plainOnNetwork(["host": .text(settings.host)]))
        }
        try await server.run { port in
            // Scripts read the address from it, also with --quiet. A stdout that
            // cannot be written does not stop the server: the line is only a notice.
            try? Output.line("remo: serving on \(settings.url(port: port))")
        }
        Output.note(ServeCommandText.stopped())
    }
}
