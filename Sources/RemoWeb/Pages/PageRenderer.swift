import Foundation
import Hummingbird
import Mustache
import RemoCore
public import RemoLedger

/// Renders the pages: the compiled templates (``PageTemplate``) and the data
/// every page shares (the sentences in the request's language, the user, the
/// language switch), as an HTML response.
public struct PageRenderer: Sendable {
    let library: MustacheLibrary
    /// The ledger's kind: every page of a simulation ledger says so.
    let ledger: LedgerKind

    public init(ledger: LedgerKind = .live) throws {
        self.ledger = ledger
        var templates: [String: MustacheTemplate] = [:]
        for template in PageTemplate.allCases {
            templates[template.rawValue] = try MustacheTemplate(string: template.source)
        }
        library = MustacheLibrary(templates: templates)
    }

    /// A page as a response.
    ///
    /// - Parameters:
    ///   - template: the page.
    ///   - title: its title, in the request's language.
    ///   - data: what the page shows, beside the shared data.
    ///   - user: who is logged in, if anyone.
    ///   - request: the request (its path and query make the language switch's link).
    ///   - language: the request's language.
    func page(
        _ template: PageTemplate, title: String, data: [String: Any], user: WebUser?, request: Request,
        language: Language, status: HTTPResponse.Status = .ok
    ) -> Response {
        var all = data
        let other: Language = language == .japanese ? .english : .japanese
        all["page"] = template.rawValue
        all["lang"] = language.rawValue
        all["otherLang"] = other.rawValue
        all["languageLink"] = Self.languageLink(request, to: other)
        all["title"] = title
        all["t"] = Self.sentences(in: language)
        all["scriptText"] = Self.scriptText(in: language)
        if ledger == .simulation { all["simulation"] = LedgerText.simulationLedger().rendered(in: language) }
        if let user {
            all["user"] = ["email": user.email.description, "role": user.role.rawValue, "isAdmin": user.isPartnerAdmin] as [String: Any]
            all["signedInAs"] = WebText.signedInAs(["email": .text(user.email.description)]).rendered(in: language)
        }
        let html = library.render(all, withTemplate: template.rawValue) ?? ""
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The error page for a refused request.
    func errorPage(_ error: WebError, request: Request, context: WebContext) -> Response {
        var user: WebUser?
        if case .signedIn(let session) = context.visitor { user = session.user }
        let language = context.language
        return page(
            .error, title: WebText.errorPageTitle().rendered(in: language),
            data: ["message": error.message.rendered(in: language)], user: user, request: request, language: language,
            status: error.status)
    }

    /// The current page in the other language (`?lang=`, the rest of the query kept).
    static func languageLink(_ request: Request, to language: Language) -> String {
        var items = (request.uri.query ?? "").split(separator: "&").filter { !$0.hasPrefix("lang=") }.map(String.init)
        items.append("lang=" + language.rawValue)
        return request.uri.path + "?" + items.joined(separator: "&")
    }

    /// Every sentence without placeholders, by its case name.
    static func sentences(in language: Language) -> [String: String] {
        var sentences: [String: String] = [:]
        for entry in WebText.allCases where Message.placeholderNames(in: entry.template(in: language)).isEmpty {
            sentences[entry.rawValue] = entry.template(in: language)
        }
        return sentences
    }

    /// The script's sentences (`script…`, plus the advice per registration
    /// status and the sentences it fills itself) as JSON, safe inside a `<script>` element.
    static func scriptText(in language: Language) -> String {
        var texts: [String: String] = [:]
        for entry in WebText.allCases
        where entry.rawValue.hasPrefix("script") || entry.rawValue.hasPrefix("advice") || entry.rawValue.hasPrefix("assign")
            || [.packsLine, .renewalNone, .errorNotLoggedIn, .liveScan].contains(entry)
        {
            texts[entry.rawValue] = entry.template(in: language)
        }
        let data = (try? JSONSerialization.data(withJSONObject: texts, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
