import ArgumentParser
import Foundation
import RemoPostgres

/// Where a ledger benchmark's databases are: SQLite files in a folder (the
/// default), or, with `--postgres URL`, a new schema of that PostgreSQL
/// database for each ledger, so that the same figures can be read side by side.
struct BenchStore: ParsableArguments {
    @Option(help: "Folder for the database files and what else is written (default: the system's temporary folder).")
    var directory: String?

    @Option(help: "A PostgreSQL database (postgres://USER@HOST:PORT/DATABASE) to run on instead: a new schema per ledger.")
    var postgres: String?

    func validate() throws {
        if let postgres, PostgresLocation(postgres) == nil {
            throw ValidationError("not a postgres:// URL: \(postgres)")
        }
    }

    /// The PostgreSQL database, when asked for (checked by ``validate()``).
    var server: PostgresLocation? { postgres.flatMap { PostgresLocation($0) } }

    /// A new folder `remo-bench-NAME-PID` in ``directory``, for the files and
    /// whatever else the benchmark writes; the caller removes it.
    func folder(_ name: String) throws -> URL {
        let folder = URL(fileURLWithPath: directory ?? NSTemporaryDirectory())
            .appendingPathComponent("remo-bench-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Where the ledgers are, for the first line a benchmark prints.
    func describe(_ folder: URL) -> String {
        server.map { "PostgreSQL schemas of \($0)" } ?? "SQLite files in \(folder.path)"
    }

    /// A new ledger: the SQLite file `path`, or a new schema of ``server``
    /// (its outbox beside `path` either way).
    func ledger(_ path: String) throws -> BenchLedger {
        try BenchLedger(path: path, server: server)
    }
}
