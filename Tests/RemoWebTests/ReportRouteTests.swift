import Foundation
import Hummingbird
import HummingbirdTesting
import RemoWeb
import Testing

/// `GET /api/v1/customers`, the report in its formats, the expiring list.
struct ReportRouteTests {
    @Test func aCustomerSeesOnlyTheirOwnAccount() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let response = try await client.json(.get, "/api/v1/customers", cookie: cookie)
            #expect(response.status == .ok)
            let list = try #require(try response.object() as? [[String: Any]])
            #expect(list.map { $0["email"] as? String } == ["taro@example.jp"])
            #expect(list.first?["partner"] as? String == "P001")
        }
    }

    @Test func thePartnerSeesItsCustomers() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let cookie = try await fixture.partnerAdminCookie()
        try await fixture.server().application().test(.router) { client in
            let response = try await client.json(.get, "/api/v1/customers", cookie: cookie)
            let list = try #require(try response.object() as? [[String: Any]])
            #expect(Set(list.compactMap { $0["email"] as? String }) == ["taro@example.jp", "hanako@example.jp"])
        }
    }

    @Test func theReportComesAsJSONCSVAndPDFWithAFileName() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            _ = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie,
                body: #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#)
            let json = try await client.json(.get, "/api/v1/customers/taro@example.jp/report", cookie: cookie)
            #expect(json.status == .ok)
            let accounts = try #require((try json.object() as? [String: Any])?["accounts"] as? [[String: Any]])
            #expect(((accounts.first?["recorders"] as? [[String: Any]])?.first?["serial"] as? String) == "NX4A2407001")
            let csv = try await client.json(.get, "/api/v1/customers/taro%40example.jp/report?format=csv&today=2025-05-01", cookie: cookie)
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(csv.headers[.contentDisposition] == #"attachment; filename="report-taro@example.jp-2025-05-01.csv""#)
            #expect(csv.text.contains("NX4A2407001"))
            let pdf = try await client.json(.get, "/api/v1/customers/taro@example.jp/report?format=pdf", cookie: cookie)
            #expect(pdf.status == .ok)
            #expect(pdf.headers[.contentType] == "application/pdf")
            #expect(Array(pdf.body.readableBytesView.prefix(5)) == Array("%PDF-".utf8))
        }
    }

    @Test(arguments: [("format=xml", "format"), ("today=2025-13-01", "today")])
    func aBadQueryIsRefusedNamingIt(query: String, field: String) async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            let response = try await client.json(.get, "/api/v1/customers/taro@example.jp/report?\(query)", cookie: cookie)
            #expect(response.status == .badRequest)
            #expect(try response.errorMessage()?.contains(field) == true)
        }
    }

    @Test func anotherAccountsReportIsUnknown() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            for path in ["hanako@example.jp", "nobody@example.jp", "not-an-address"] {
                let response = try await client.json(.get, "/api/v1/customers/\(path)/report", cookie: cookie)
                #expect(response.status == .notFound, "\(path)")
            }
        }
    }

    @Test func theExpiringListHoldsCamerasWithinTheDaysSoonestFirst() async throws {
        let fixture = try await WebFixture(licenses: 2)
        defer { fixture.remove() }
        let partner = try await fixture.partnerAdminCookie()
        try await fixture.server().application().test(.router) { client in
            let cookie = try await client.logIn()
            _ = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie,
                body: #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#)
            // Assigned 2025-03-12 for a year: free until 2025-04-30, expires 2026-04-30.
            let none = try await client.json(.get, "/api/v1/licenses/expiring?days=90", cookie: partner)
            #expect(none.status == .ok)
            #expect(((try none.object() as? [String: Any])?["cameras"] as? [Any])?.isEmpty == true)
            let some = try await client.json(.get, "/api/v1/licenses/expiring?days=400", cookie: partner)
            let cameras = try #require((try some.object() as? [String: Any])?["cameras"] as? [[String: Any]])
            #expect(cameras.map { $0["customer"] as? String } == ["taro@example.jp"])
            #expect(cameras.first?["recorder"] as? String == "NX4A2407001")
            let bad = try await client.json(.get, "/api/v1/licenses/expiring?days=-1", cookie: partner)
            #expect(bad.status == .badRequest)
        }
    }
}
