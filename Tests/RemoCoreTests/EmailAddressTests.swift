import RemoCore
import Testing

struct EmailAddressTests {
    @Test(arguments: [
        ("yamada@example.co.jp", "yamada@example.co.jp"), ("  Taro.Yamada@Example.CO.JP ", "Taro.Yamada@example.co.jp"),
        ("a+tag@sub.example.com", "a+tag@sub.example.com"), ("o'brien@example.ie", "o'brien@example.ie"),
        ("x@xn--wgv71a119e.jp", "x@xn--wgv71a119e.jp"),
    ])
    func acceptsAddressesAndKeepsTheLocalPartsCase(text: String, expected: String) throws {
        #expect(try EmailAddress(text).description == expected)
    }

    @Test func comparesIgnoringCase() throws {
        #expect(try EmailAddress("Yamada@Example.jp") == EmailAddress("yamada@example.JP"))
        #expect(try EmailAddress("Yamada@Example.jp").key == "yamada@example.jp")
    }

    @Test(arguments: [
        ("", EmailAddress.ParseError.empty), ("yamada＠example.jp", .nonASCII("yamada＠example.jp", character: "＠")),
        ("ｙamada@example.jp", .nonASCII("ｙamada@example.jp", character: "ｙ")),
        ("yamada @example.jp", .space("yamada @example.jp")), ("yamada.example.jp", .atSign("yamada.example.jp")),
        ("a@b@example.jp", .atSign("a@b@example.jp")), ("@example.jp", .localPart("@example.jp")),
        ("ya..mada@example.jp", .localPart("ya..mada@example.jp")), (".yamada@example.jp", .localPart(".yamada@example.jp")),
        ("yamada@example", .domain("yamada@example")), ("yamada@example..jp", .domain("yamada@example..jp")),
        ("yamada@-example.jp", .domain("yamada@-example.jp")), ("yamada@example.j", .domain("yamada@example.j")),
        ("yamada@example.123", .domain("yamada@example.123")), ("yamada@exa_mple.jp", .domain("yamada@exa_mple.jp")),
    ])
    func refusesWhatCannotBeAnAddressSayingWhy(text: String, expected: EmailAddress.ParseError) {
        #expect(throws: expected) { try EmailAddress(text) }
    }

    @Test func refusesOverlongAddresses() {
        let local = String(repeating: "a", count: 65)
        #expect(throws: EmailAddress.ParseError.localPart("\(local)@example.jp")) { try EmailAddress("\(local)@example.jp") }
        let domain = (0..<60).map { _ in "abcd" }.joined(separator: ".") + ".jp"
        #expect(throws: EmailAddress.ParseError.tooLong("a@\(domain)")) { try EmailAddress("a@\(domain)") }
    }

    @Test(arguments: [
        ("taro@gmial.com", "gmail.com"), ("taro@gmail.con", "gmail.com"), ("taro@docomo.ne.jo", "docomo.ne.jp"),
        ("taro@yahoo.co.jpp", "yahoo.co.jp"), ("taro@ezweb.nejp", "ezweb.ne.jp"),
    ])
    func namesTheWellKnownDomainATypoProbablyMeant(text: String, domain: String) throws {
        #expect(try EmailAddress(text).likelyTypo == domain)
    }

    @Test(arguments: ["taro@gmail.com", "taro@example.co.jp", "taro@hotmail.co.uk", "taro@au.com", "taro@nu.com"])
    func leavesOrdinaryDomainsAlone(text: String) throws {
        #expect(try EmailAddress(text).likelyTypo == nil)
    }

    @Test func explainsAFullWidthCharacterInBothLanguages() {
        let error = EmailAddress.ParseError.nonASCII("a＠b.jp", character: "＠")
        #expect(error.message.rendered(in: .english).contains("full-width"))
        #expect(error.message.rendered(in: .japanese).contains("全角"))
        #expect(AccountText.problems().isEmpty)
    }
}
