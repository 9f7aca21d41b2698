import Foundation
import Hummingbird
import HummingbirdTesting
import RemoLedger
import RemoWeb
import Testing

/// The server-rendered pages, in both languages.
struct PageRouteTests {
    @Test func theLoginPageFollowsAcceptLanguageAndItsSwitchIsRemembered() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let japanese = try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: "ja-JP,ja;q=0.9,en;q=0.8"])
            #expect(japanese.status == .ok)
            #expect(japanese.text.contains(#"<html lang="ja">"#))
            #expect(japanese.text.contains("ログイン"))
            let switched = try await client.execute(uri: "/?lang=en", method: .get, headers: [.acceptLanguage: "ja"])
            #expect(switched.text.contains(#"<html lang="en">"#))
            let cookie = try #require(switched.headers[.setCookie])
            #expect(cookie.hasPrefix("remo_lang=en"))
            let again = try await client.execute(
                uri: "/", method: .get, headers: [.acceptLanguage: "ja", .cookie: String(cookie.prefix { $0 != ";" })])
            #expect(again.text.contains(#"<html lang="en">"#))
        }
    }

    @Test func everyPageOfASimulationLedgerSaysSoAndALiveLedgersDoNot() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        try await fixture.server().application().test(.router) { client in
            let english = try await client.execute(uri: "/?lang=en", method: .get)
            #expect(english.text.contains(#"class="simulation""#) && english.text.contains("Simulation ledger"))
            let japanese = try await client.execute(uri: "/?lang=ja", method: .get)
            #expect(japanese.text.contains("シミュレーション台帳"))
        }
        try await fixture.server(ledgerKind: .live).application().test(.router) { client in
            let page = try await client.execute(uri: "/?lang=en", method: .get)
            #expect(page.status == .ok && !page.text.contains(#"class="simulation""#))
        }
    }

    @Test func theScanPageOffersTheCameraTheTypedCodeAndTheCustomers() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let partner = try await fixture.partnerAdminCookie()
        try await fixture.server().application().test(.router) { client in
            let response = try await client.execute(uri: "/scan", method: .get, headers: [.cookie: partner])
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains(#"type="file" accept="image/*" capture="environment" multiple"#))
            #expect(html.contains(#"id="typed-code""#))
            #expect(html.contains(#"<option value="taro@example.jp""#))
            #expect(html.contains(#"<option value="hanako@example.jp""#))
            #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1">"#))
        }
    }

    @Test func theReportPageShowsTheCamerasAndLinksTheDownloads() async throws {
        try await WebFixture.loggedIn { fixture, client, cookie in
            _ = try await client.json(
                .post, "/api/v1/registrations", cookie: cookie,
                body: #"{"customer": "taro@example.jp", "items": [{"code": "\#(try fixture.code("NX4A2407001"))", "cameras": 2}]}"#)
            let response = try await client.execute(uri: "/customers/taro@example.jp", method: .get, headers: [.cookie: cookie, .acceptLanguage: "ja"])
            #expect(response.status == .ok)
            #expect(response.text.contains("NX4A2407001-1"))
            #expect(response.text.contains("NX4A2407001-2"))
            #expect(response.text.contains("/api/v1/customers/taro@example.jp/report?format=pdf"))
            #expect(response.text.contains("CSVをダウンロード"))
        }
    }

    @Test func thePartnerPagesAreForThePartnersAdminsOnly() async throws {
        let fixture = try await WebFixture()
        defer { fixture.remove() }
        let partner = try await fixture.partnerAdminCookie()
        try await fixture.server().application().test(.router) { client in
            let customer = try await client.logIn()
            for path in ["/admin/stock", "/admin/assign", "/admin/expiring"] {
                let refused = try await client.execute(uri: path, method: .get, headers: [.cookie: customer])
                #expect(refused.status == .forbidden, "\(path)")
                let shown = try await client.execute(uri: path, method: .get, headers: [.cookie: partner])
                #expect(shown.status == .ok, "\(path)")
            }
            let stock = try await client.execute(uri: "/admin/stock", method: .get, headers: [.cookie: partner])
            #expect(stock.text.contains("DG-JLE101W"))
        }
    }

    @Test func anAssignmentIsPreviewedWithItsRenewalWarningThenMadeWhenConfirmed() async throws {
        let fixture = try await WebFixture(licenses: 1)
        defer { fixture.remove() }
        let partner = try await fixture.partnerAdminCookie()
        try await fixture.server().application().test(.router) { client in
            let customer = try await client.logIn()
            _ = try await client.json(
                .post, "/api/v1/registrations", cookie: customer,
                body: #"{"customer": "taro@example.jp", "codes": ["\#(try fixture.code("NX4A2407001"))"]}"#)
            let body = #"{"customer": "taro@example.jp", "part": "DG-JLE101W", "count": 1}"#
            let preview = try await client.json(.post, "/api/v1/assignments/preview", cookie: partner, body: body)
            #expect(preview.status == .ok)
            let object = try #require(try preview.object() as? [String: Any])
            #expect((object["question"] as? String)?.contains("taro@example.jp") == true)
            #expect((object["renewal"] as? String)?.isEmpty == false, "the running license expires 2026-04-30: days are lost")
            let unconfirmed = try await client.json(.post, "/api/v1/assignments", cookie: partner, body: body)
            #expect(unconfirmed.status == .badRequest)
            let done = try await client.json(
                .post, "/api/v1/assignments", cookie: partner,
                body: #"{"customer": "taro@example.jp", "part": "DG-JLE101W", "count": 1, "confirmed": true}"#)
            #expect(done.status == .ok)
            #expect((try done.object() as? [String: Any])?["remaining"] as? Int == 1)
            let byCustomer = try await client.json(.post, "/api/v1/assignments", cookie: customer, body: body)
            #expect(byCustomer.status == .forbidden)
        }
    }
}
