import Foundation
public import Hummingbird
import RemoCore

/// Chooses the language of the answer and binds it as ``RemoCore/Language/current``
/// (and the web's wording of remedies, ``WebHints``) for everything the request does: `?lang=ja|en` (remembered in a cookie, the
/// page's switch), else the cookie, else `Accept-Language`, else English.
public struct LanguageMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    /// The cookie that remembers the page's language switch.
    static let cookie = "remo_lang"

    public init() {}

    public func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        let asked = request.uri.queryParameters["lang"].flatMap { Language(code: String($0)) }
        let language = asked ?? request.cookies[Self.cookie].flatMap { Language(code: $0.value) }
            ?? Self.preferred(request.headers[.acceptLanguage]) ?? .english
        var context = context
        context.language = language
        var response = try await Remedy.$presenter.withValue(WebHints()) {
            try await Language.$current.withValue(language) {
                try await next(request, context)
            }
        }
        if let asked {
            response.setCookie(Cookie(name: Self.cookie, value: asked.rawValue, maxAge: 365 * 86400, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// The first language remo speaks in an `Accept-Language` header, by its
    /// `q` weights (`ja,en;q=0.8`, `en-US,en;q=0.9,ja;q=0.5`).
    static func preferred(_ header: String?) -> Language? {
        guard let header else { return nil }
        let ranked = header.split(separator: ",").enumerated().compactMap { index, item -> (Double, Int, Language)? in
            let fields = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = fields.first, let language = Language(code: tag) else { return nil }
            let weight = fields.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return weight > 0 ? (weight, index, language) : nil
        }
        return ranked.sorted { ($0.0, -$0.1) > ($1.0, -$1.1) }.first?.2
    }
}
