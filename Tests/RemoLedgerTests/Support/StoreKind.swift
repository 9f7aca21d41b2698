import Foundation
import RemoLedger
import RemoPostgres
import RemoSQLite
import Testing

/// The store a contract test runs against: the same test, once per store
/// (`@Test(arguments: StoreKind.cases)`).
///
/// PostgreSQL's server comes from `REMO_TEST_POSTGRES`
/// (`postgres://USER@HOST:PORT/DATABASE`; scripts/test.sh starts a throw-away
/// cluster and sets it); each test gets a fresh schema of that database, so
/// tests run in parallel. Without the variable only SQLite runs, and
/// ``PostgresAvailabilityTests`` records the PostgreSQL cases as skipped (or
/// fails, in CI).
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    /// The stores this run has: SQLite always, PostgreSQL when a server is named.
    static let cases: [StoreKind] = StoreKind.server == nil ? [.sqlite] : [.sqlite, .postgres]

    /// The test server's database, from `REMO_TEST_POSTGRES`.
    static let server: PostgresLocation? = ProcessInfo.processInfo.environment["REMO_TEST_POSTGRES"]
        .flatMap { PostgresLocation($0) }

    var testDescription: String { rawValue }

    /// A fresh, empty ledger of this store: in memory for SQLite, a new schema for PostgreSQL.
    func makeStore(kind: LedgerKind = .simulation) throws -> any LedgerStore {
        switch self {
        case .sqlite: return try SQLiteLedgerStore.inMemory(kind: kind)
        case .postgres: return try PostgresLedgerStore(try StoreKind.freshSchema(), opening: .new(kind))
        }
    }

    /// A schema no other test uses, in the test server's database.
    static func freshSchema() throws -> PostgresLocation {
        guard let server else { throw PostgresUnavailable() }
        let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        return server.inSchema("t_\(suffix)")
    }

    /// Why a PostgreSQL case cannot run here.
    static let unavailable =
        "REMO_TEST_POSTGRES is not set: the PostgreSQL store's cases did not run (bash scripts/test.sh starts a server and sets it)"
}

struct PostgresUnavailable: Error, CustomStringConvertible {
    var description: String { StoreKind.unavailable }
}

/// Makes a missing PostgreSQL server visible: skipped with the reason on a
/// developer's machine, a failure in CI (`CI` set), where scripts/test.sh always names one.
struct PostgresAvailabilityTests {
    @Test(.enabled(if: StoreKind.server != nil || ProcessInfo.processInfo.environment["CI"] != nil, Comment(rawValue: StoreKind.unavailable)))
    func thePostgreSQLCasesRunAgainstARealServer() throws {
        let server = try #require(StoreKind.server, Comment(rawValue: StoreKind.unavailable))
        #expect(!server.database.isEmpty)
    }
}
