import Foundation
import RemoCore
import RemoLedger
import RemoPostgres
import Testing

/// The test server's database (`REMO_TEST_POSTGRES`; scripts/test.sh starts a throw-away one).
let postgresTestServer = ProcessInfo.processInfo.environment["REMO_TEST_POSTGRES"].flatMap { PostgresLocation($0) }

/// Two `remo serve` processes on one PostgreSQL ledger, many clients at once
/// spread over both: each rule holds across the servers as within one.
@Suite(
    .serialized,
    .enabled(if: postgresTestServer != nil, "REMO_TEST_POSTGRES is not set: no PostgreSQL server for these cases (bash scripts/test.sh starts one)"))
struct PostgresServerTests {
    /// A fixture in a schema of its own, and two servers over it.
    static func servers(licenses: Int) async throws -> (fixture: WebFixture, servers: [ServerProcess]) {
        let server = try #require(postgresTestServer)
        let schema = "w_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        let fixture = try await WebFixture(licenses: licenses, postgres: server.inSchema(schema))
        let servers = try (0..<2).map { _ in try ServerProcess(database: fixture.database, arguments: ["--today", "2025-04-01"]) }
        guard servers.allSatisfy({ $0.port > 0 }) else {
            for server in servers { server.terminate() }
            throw ServersDidNotStart()
        }
        return (fixture, servers)
    }

    /// Sends every request at once, the `i`th to `servers[i % 2]`, each on its own connection, then reads the answers in order.
    static func all(_ requests: [[UInt8]], over servers: [ServerProcess]) throws -> [RawHTTP.Answer] {
        let clients = try requests.indices.map { try RawHTTP(port: servers[$0 % servers.count].port) }
        for (client, request) in zip(clients, requests) { client.send(request) }
        return try clients.map { try $0.answer() }
    }

    struct ServersDidNotStart: Error {}

    static func object(_ answer: RawHTTP.Answer) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: answer.body) as? [String: Any])
    }

    /// Stops the servers; each must exit cleanly.
    static func stop(_ servers: [ServerProcess]) {
        for server in servers { server.terminate() }
        for server in servers {
            let result = server.finish()
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func sixteenClientsOnTwoServersRegisteringOneRecorderRegisterItOnce() async throws {
        let (fixture, servers) = try await Self.servers(licenses: 4)
        defer { fixture.remove() }
        defer { for server in servers { server.terminate() } }
        let cookie = try RawHTTP.logIn(port: servers[0].port)
        let body = #"{"customer": "taro@example.jp", "cameras": 2, "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#
        let request = RawHTTP.request(
            "POST", "/api/v1/registrations", headers: ["Content-Type": "application/json", "Cookie": cookie], body: Array(body.utf8))
        let answers = try Self.all(Array(repeating: request, count: 16), over: servers)
        Self.stop(servers)
        #expect(answers.allSatisfy { $0.status == 200 }, "\(answers.map { String(decoding: $0.body, as: UTF8.self) })")
        let statuses = try answers.map { try (Self.object($0)["results"] as? [[String: Any]])?.first?["status"] as? String }
        #expect(statuses.filter { $0 == "registered" }.count == 1)
        #expect(statuses.filter { $0 == "already-registered" }.count == 15)
        let report = try await fixture.ledger.provisioningReport(.customer(WebFixture.taro), by: WebFixture.acting(on: "2025-04-01"))
        let recorders = report.accounts.flatMap(\.sites).flatMap(\.recorders)
        #expect(recorders.map(\.serial) == ["NX4A2407001"])
        let licenses = recorders.flatMap(\.cameras).compactMap { $0.license?.id }
        #expect(licenses.count == 2 && Set(licenses).count == 2)
    }

    @Test func twelveAssignmentsOnTwoServersFromOneStockNeverOverSpendIt() async throws {
        let (fixture, servers) = try await Self.servers(licenses: 0)
        defer { fixture.remove() }
        defer { for server in servers { server.terminate() } }
        // 2 from the fixture and 20 more: 22 in stock, 12 clients asking for 3 each.
        _ = try await fixture.ledger.addStock(
            partner: WebFixture.partner, part: "DG-JLE101W", count: 20, order: nil, by: WebFixture.acting())
        let cookie = try await fixture.partnerAdminCookie()
        let body = #"{"customer": "taro@example.jp", "part": "DG-JLE101W", "count": 3, "confirmed": true}"#
        let request = RawHTTP.request(
            "POST", "/api/v1/assignments", headers: ["Content-Type": "application/json", "Cookie": cookie], body: Array(body.utf8))
        let answers = try Self.all(Array(repeating: request, count: 12), over: servers)
        Self.stop(servers)
        let assigned = answers.filter { $0.status == 200 }
        let refused = answers.filter { $0.status == 400 }
        #expect(assigned.count == 7 && refused.count == 5, "\(answers.map { String(decoding: $0.body, as: UTF8.self) })")
        for answer in refused {
            let error = try Self.object(answer)["error"] as? [String: Any]
            #expect(error?["code"] as? String == "refused")
            #expect((error?["message"] as? String)?.contains("fewer than the 3 asked for") == true, "\(String(decoding: answer.body, as: UTF8.self))")
        }
        var ids: [Int] = []
        for answer in assigned { ids += try #require(try Self.object(answer)["licenses"] as? [Int]) }
        #expect(ids.count == 21 && Set(ids).count == 21)
        let stock = try await fixture.ledger.stock(of: WebFixture.partner, by: WebFixture.acting())
        let line = try #require(stock.first { $0.product.part == "DG-JLE101W" })
        #expect(line.assigned == 21 && line.available == 1)
    }
}
