import Foundation
import RemoCore
import RemoLedger
@testable import RemoPostgres
import RemoSQLite
import Testing

/// What only the PostgreSQL store has: several stores (as several processes
/// or servers) on one database at once, its URL, its errors. The contract the
/// two stores share runs in every other suite, once per store.
@Suite(.enabled(if: StoreKind.server != nil, Comment(rawValue: StoreKind.unavailable)))
struct PostgresStoreTests {
    static let customer = "taro@example.jp"

    /// A ledger with a partner, a confirmed customer and `stock` licenses of
    /// DG-JLE101W, and `others` more stores on its schema, each with its own
    /// connections (as another process or `remo serve` would).
    static func ledgers(stock: Int, others: Int) async throws -> (Harness, [Harness]) {
        let harness = try Harness(.postgres)
        try await harness.partner()
        try await harness.customer(customer)
        try await harness.stock("DG-JLE101W", stock)
        let location = try #require(harness.store as? PostgresLedgerStore).location
        let more = try (0..<others).map { _ in Harness(store: try PostgresLedgerStore(location, threads: 2)) }
        return (harness, more)
    }

    @Test func manyStoresAssigningFromOneStockNeverSpendALicenseTwiceOrTooMany() async throws {
        let (harness, others) = try await Self.ledgers(stock: 10, others: 4)
        let taken = await withTaskGroup(of: [License.ID].self) { group in
            for index in 0..<20 {
                let ledger = others[index % others.count]
                group.addTask { (try? await ledger.assign("DG-JLE101W", 1, to: Self.customer).licenses) ?? [] }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(taken.count == 10)
        #expect(Set(taken).count == 10)
        let line = try await harness.ledger.stock(of: Harness.code("P001"), by: Harness.acting())
        #expect(line.map(\.assigned) == [10])
    }

    @Test func manyStoresRegisteringOneRecorderRegisterItOnce() async throws {
        let (harness, others) = try await Self.ledgers(stock: 8, others: 4)
        try await harness.assign("DG-JLE101W", 8, to: Self.customer)
        let tests = try await RegistrationTests(harness: harness, accounts: false)
        let code = try await tests.label(["RG0001"])[0]
        let registered = await withTaskGroup(of: Int.self) { group in
            for index in 0..<8 {
                let ledger = others[index % others.count].ledger
                group.addTask {
                    let result = try? await ledger.register(
                        RegistrationRequest(
                            customer: Harness.email(Self.customer), inputs: [RegistrationTests.typed(code)], cameras: 1,
                            site: "本社", licenses: []),
                        by: Harness.acting(on: "2025-03-10"))
                    return result?.items.filter { $0.status == .registered }.count ?? 0
                }
            }
            return await group.reduce(0, +)
        }
        #expect(registered == 1)
        let recorders = try await harness.store.read { records in
            try records.recorders(of: try #require(try records.customer(email: Harness.email(Self.customer))).id)
        }
        #expect(recorders.map(\.serial) == ["RG0001"])
    }

    @Test func aWriterWaitsForAnotherOnlyAsLongAsItsLockTimeoutAndChangesNothing() async throws {
        let (harness, _) = try await Self.ledgers(stock: 1, others: 0)
        let location = try #require(harness.store as? PostgresLedgerStore).location
        let impatient = try PostgresLedgerStore(location, lockTimeout: 0.2, threads: 1)
        let (holding, holder) = AsyncStream.makeStream(of: Void.self)
        let release = DispatchSemaphore(value: 0)
        let first = Task {
            try await harness.store.write { records in
                _ = try records.insertPartner(
                    code: Harness.code("P009"), name: "X", email: Harness.email("x@example.jp"), created: Harness.epoch)
                holder.yield()
                release.wait()
            }
        }
        for await _ in holding { break }
        await #expect(throws: LedgerStoreError.locked(path: location.description, seconds: 0.2)) {
            try await impatient.write { records in
                _ = try records.insertPartner(
                    code: Harness.code("P010"), name: "Y", email: Harness.email("y@example.jp"), created: Harness.epoch)
            }
        }
        release.signal()
        try await first.value
        let codes = try await impatient.read { try $0.partners().map(\.code.rawValue) }
        #expect(codes == ["P001", "P009"])
    }

    @Test func aLedgerCopiedInHasItsTablesAnalyzedForThePlanner() async throws {
        let file = try Harness(.sqlite)
        try await file.partner()
        try await file.customer(Self.customer)
        try await file.stock("DG-JLE101W", 40)
        let tables = try await #require(file.store as? SQLiteLedgerStore).tables()
        let copy = try PostgresLedgerStore(try StoreKind.freshSchema(), opening: .new(.simulation))
        try await copy.load(tables)
        // A table never analyzed has reltuples -1; ANALYZE sets it to the rows it counted.
        let rows = try await Self.counted(copy)
        for table in tables { #expect(rows[table.name.lowercased()] ?? -1 >= 0, "\(table.name) not analyzed") }
        #expect(rows["license"] == 40)
    }

    /// `pg_class.reltuples` of each table of the store's schema (-1: never analyzed).
    static func counted(_ store: PostgresLedgerStore) async throws -> [String: Double] {
        let counted = try await store.run(write: false) { records in
            try records.rows(
                """
                SELECT c.relname::text AS name, c.reltuples::float8 AS rows FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND c.relkind = 'r'
                """
            ).map { (try $0.value("name", as: String.self), try $0.value("rows", as: Double.self)) }
        }
        return Dictionary(uniqueKeysWithValues: counted)
    }

    /// A PostgreSQL ledger with a partner, and its store, with PostgreSQL's
    /// autovacuum off for the license table: it would analyze the table on its
    /// own at any minute (its counts reach it a second or so after a commit, so
    /// after the store's own analysis), and the tests below look at the
    /// store's analyses only.
    static func partnerLedgerWithoutAutovacuum() async throws -> (Harness, PostgresLedgerStore) {
        let harness = try Harness(.postgres)
        let store = try #require(harness.store as? PostgresLedgerStore)
        try await store.script("ALTER TABLE license SET (autovacuum_enabled = false);\n")
        try await harness.partner()
        return (harness, store)
    }

    @Test func aTableThatGrewPastAutovacuumsRuleIsAnalyzedRightAfterItsCommit() async throws {
        let (harness, store) = try await Self.partnerLedgerWithoutAutovacuum()
        try await harness.stock("DG-JLE101W", 30)
        #expect(try await Self.counted(store)["license"] == -1, "30 rows: under the 50 of the rule")
        try await harness.stock("DG-JLE101W", 300)
        #expect(try await Self.counted(store)["license"] == 330)
        #expect(store.statistics.table("license") == PlannerStatistics.Table(rows: 330, changed: 0))
        // 10 % of 330 plus 50 more rows are due again; fewer are not.
        try await harness.stock("DG-JLE101W", 60)
        #expect(try await Self.counted(store)["license"] == 330)
        try await harness.stock("DG-JLE101W", 30)
        #expect(try await Self.counted(store)["license"] == 420)
    }

    @Test func aStoreOpenedOnALargeLedgerCountsFromItsLastAnalysisNotFromEmpty() async throws {
        let (harness, store) = try await Self.partnerLedgerWithoutAutovacuum()
        try await harness.stock("DG-JLE101W", 1_000)
        #expect(try await Self.counted(store)["license"] == 1_000)
        let other = try PostgresLedgerStore(store.location, threads: 1)
        try await Harness(store: other).stock("DG-JLE101W", 60)
        #expect(try await Self.counted(store)["license"] == 1_000, "60 of 1,000 rows: under 50 + 10 %")
        #expect(other.statistics.table("license") == PlannerStatistics.Table(rows: 1_000, changed: 60))
    }

    /// The licenses in `bindable`, and those the rule allows, of the store's ledger.
    static func bindable(_ store: PostgresLedgerStore) async throws -> (kept: [Int64], ruled: [Int64]) {
        try await store.run(write: false) { records in
            (
                try records.rows("SELECT licenseId FROM bindable ORDER BY licenseId").map { try $0.int64(0) },
                try records.rows(
                    "SELECT a.licenseId FROM assignment a WHERE \(PostgresSchema.bindableRule) ORDER BY a.licenseId"
                ).map { try $0.int64(0) }
            )
        }
    }

    @Test func theBindableTableHoldsExactlyTheLicensesTheRuleAllowsAndIsFilledForAnOlderLedger() async throws {
        let harness = try Harness(.postgres)
        let store = try #require(harness.store as? PostgresLedgerStore)
        let taro = Harness.email(Self.customer)
        try await harness.partner()
        try await harness.customer(Self.customer)
        try await harness.stock("DG-JLE101W", 4)
        try await harness.stock("DG-JLE201W", 1)
        _ = try await harness.assign("DG-JLE101W", 3, to: Self.customer, on: "2025-01-10")
        _ = try await harness.assign("DG-JLE201W", 1, to: Self.customer, on: "2025-01-10")
        _ = try await harness.cards([("AAAA-BBBB-CCCC-DDDD", "1111-2222", "DG-JLE100W-A")], on: "2025-03-01")
        let cameras = try await harness.cameras(["entrance", "yard", "gate"])
        for camera in cameras {
            _ = try await harness.ledger.bindLicense(to: camera.id, of: taro, by: Harness.acting(on: "2025-03-10"))
        }
        // The perpetual license goes back (a type change), a term one is bound now.
        _ = try await harness.ledger.changeLicenseTypeToTerm(ofCamera: cameras[0].id, of: taro, by: Harness.acting(on: "2025-04-09"))
        let now = try await Self.bindable(store)
        #expect(now.kept == now.ruled)
        #expect(now.kept.count == 2, "of 5 assigned, 3 bound: the perpetual license is free again")

        try await store.script(
            "DROP TABLE bindable CASCADE;\nDELETE FROM remo_migrations WHERE identifier LIKE 'pg-2:%';\n"
                + "DROP FUNCTION remo_bindable_changed CASCADE;\nDROP FUNCTION remo_bindable_refresh;")
        let reopened = try PostgresLedgerStore(store.location)
        #expect(try await Self.bindable(reopened) == now)
    }

    @Test func aStatementsTableIsReadFromItsFirstWords() {
        #expect(PostgresRecords.target(of: "INSERT INTO stockLot (partnerId) VALUES (?)") == .changed("stocklot"))
        #expect(PostgresRecords.target(of: "\n  UPDATE binding SET unboundOn = ?") == .changed("binding"))
        #expect(PostgresRecords.target(of: "DELETE FROM webSession WHERE x = ?") == .changed("websession"))
        #expect(PostgresRecords.target(of: "ANALYZE license") == .analyzed("license"))
        #expect(PostgresRecords.target(of: "SELECT 1 FROM license") == nil)
        #expect(PostgresRecords.target(of: "INSERT license") == nil)
    }

    @Test func aNewLedgerIsMadeOnlyInAnEmptySchemaAndAnExistingOneOnlyWhereOneIs() async throws {
        let location = try StoreKind.freshSchema()
        #expect(throws: LedgerStoreError.missing(path: location.description)) { try PostgresLedgerStore(location) }
        let made = try PostgresLedgerStore(location, opening: .new(.live))
        #expect(throws: LedgerStoreError.notEmpty(path: location.description)) {
            try PostgresLedgerStore(location, opening: .new(.live))
        }
        let other = try StoreKind.freshSchema()
        _ = try PostgresLedgerStore(other, opening: .new(.live))
        try await PostgresLedgerStore(other).script("DROP TABLE remo_migrations;\nCREATE TABLE notes (id INTEGER);")
        #expect(throws: LedgerStoreError.notEmpty(path: other.description)) { try PostgresLedgerStore(other, opening: .new(.live)) }
        #expect(throws: LedgerStoreError.missing(path: other.description)) { try PostgresLedgerStore(other) }
        #expect(try await made.read { try $0.clockState().kind } == .live)
    }

    @Test func aLedgerFromANewerRemoIsRefusedNamingItsChange() async throws {
        let location = try StoreKind.freshSchema()
        let store = try PostgresLedgerStore(location, opening: .new(.simulation))
        try await store.script("INSERT INTO remo_migrations (identifier, at) VALUES ('pg-99: from later', now());")
        #expect(throws: LedgerStoreError.newerSchema(path: location.description, migration: "pg-99: from later")) {
            try PostgresLedgerStore(location)
        }
    }

    @Test func anUnreachableServerIsNamedWithoutThePassword() throws {
        let location = try #require(PostgresLocation("postgres://remo:s3cret@127.0.0.1:1/remo_test"))
        do {
            _ = try PostgresLedgerStore(location)
            Issue.record("a store opened on port 1")
        } catch let error as LedgerStoreError {
            guard case .unreachable(let path, _) = error else { throw error }
            #expect(path == "postgres://remo@127.0.0.1:1/remo_test")
            #expect(!error.message.description.contains("s3cret"))
        }
    }
}

/// The URL of a PostgreSQL ledger (no server needed).
struct PostgresLocationTests {
    @Test func theURLGivesTheServerUserDatabaseAndSchemaAndItsDescriptionNeverThePassword() throws {
        let location = try #require(PostgresLocation("postgres://office:pa%3Ass@db.example.jp:6543/remo?schema=tokyo", environment: [:]))
        #expect(location.host == "db.example.jp" && location.port == 6543 && location.user == "office")
        #expect(location.database == "remo" && location.schema == "tokyo" && location.password == "pa:ss")
        #expect(location.description == "postgres://office@db.example.jp:6543/remo?schema=tokyo")
        #expect(PostgresLocation("postgres://remo@localhost/remo", environment: [:])?.description == "postgres://remo@localhost:5432/remo")
        #expect(PostgresLocation("postgres://remo@localhost/", environment: [:]) == nil)
        #expect(PostgresLocation("postgres://remo@localhost/remo?schema=Drop;Table", environment: [:]) == nil)
        #expect(PostgresLocation("remo.sqlite", environment: [:]) == nil)
    }

    @Test func thePasswordComesFromPGPASSWORDOrThePasswordFile() throws {
        #expect(PostgresLocation("postgres://remo@h/d", environment: ["PGPASSWORD": "from-env"])?.password == "from-env")
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let file = folder.path("pgpass")
        try "# comment\nother:5432:d:remo:wrong\nh:*:d:remo:from\\:file\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(PostgresLocation("postgres://remo@h/d", environment: ["PGPASSFILE": file])?.password == "from:file")
        #expect(PostgresLocation("postgres://remo:url@h/d", environment: ["PGPASSFILE": file, "PGPASSWORD": "env"])?.password == "url")
        #expect(PostgresLocation("postgres://nobody@h/d", environment: ["PGPASSFILE": file])?.password == nil)
    }
}
