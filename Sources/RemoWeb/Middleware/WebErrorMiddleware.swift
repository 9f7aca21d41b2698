import Foundation
public import Hummingbird
import Logging
import RemoCore
import RemoLedger

/// Turns whatever a route throws into the web's answer: under `/api/` the
/// JSON `{"error": {"code", "message"}}` with its status, elsewhere a page
/// (a page that needs a login sends the browser to `/`). Internal errors are
/// logged by type and a reference, never by their text (which may hold input).
public struct WebErrorMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    let pages: PageRenderer

    init(pages: PageRenderer) {
        self.pages = pages
    }

    public func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let reference = String(UUID().uuidString.prefix(8)).lowercased()
            let web = Self.webError(error, path: request.uri.path, reference: reference)
            if case .internalError = web {
                context.logger.error(
                    "internal error", metadata: ["error.type": .string(String(reflecting: type(of: error))), "reference": .string(reference)])
            }
            return try respond(web, to: request, context: context)
        }
    }

    static func webError(_ error: any Error, path: String, reference: String) -> WebError {
        if let http = error as? HTTPError {
            switch http.status {
            case .notFound: return .notFound(path)
            case .contentTooLarge: return .bodyTooLarge(limitKB: 256)
            case .badRequest: return .badField("body", reason: WebText.errorBodyUnreadable())
            case .unsupportedMediaType: return .unsupportedBody("")
            default: return .internalError(reference: reference)
            }
        }
        return WebError(library: error, reference: reference)
    }

    func respond(_ error: WebError, to request: Request, context: WebContext) throws -> Response {
        var headers: HTTPFields = [:]
        if case .tooManyAttempts(let seconds) = error { headers[.retryAfter] = String(seconds) }
        if case .methodNotAllowed(let allowed) = error { headers[.allow] = allowed.joined(separator: ", ") }
        if error.status == .contentTooLarge { headers[.connection] = "close" }
        if request.uri.path.hasPrefix("/api/") {
            headers[.contentType] = "application/json; charset=utf-8"
            let body = try JSONDocument.bytes(ErrorDocument(error))
            return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
        }
        if case .notLoggedIn = error {
            let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
            headers[.location] = "/?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
            return Response(status: .seeOther, headers: headers)
        }
        var response = pages.errorPage(error, request: request, context: context)
        response.headers.append(contentsOf: headers)
        return response
    }
}

/// `{"error": {"code": "...", "message": "..."}}`.
struct ErrorDocument: Encodable {
    struct Body: Encodable {
        let code: String
        let message: String
    }

    let error: Body

    init(_ error: WebError) {
        self.error = Body(code: error.code, message: error.message.description)
    }
}
