public import Hummingbird
import HTTPTypes

/// Headers every answer carries: scripts and styles only from this site,
/// no framing, no MIME sniffing, no referrer to other sites, and no caching of
/// API answers (they hold account data).
public struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] =
            "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = request.uri.path.hasPrefix("/assets/") ? "max-age=300" : "no-store"
        }
        return response
    }
}
