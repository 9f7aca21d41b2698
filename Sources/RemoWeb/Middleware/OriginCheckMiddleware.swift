import Foundation
public import Hummingbird

/// Refuses (403) a state-changing request whose `Origin`, or else `Referer`,
/// names another site than the one it was sent to. A request with neither
/// header (a script, `curl`) is judged by its session alone; the session
/// cookie is `SameSite=Strict`, so a browser sends it only from this site anyway.
public struct OriginCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard Self.changesState(request.method) else { return try await next(request, context) }
        let host = (request.head.authority ?? "").lowercased()
        if let origin = request.headers[.origin] {
            guard Self.authority(of: origin) == host, !host.isEmpty else { throw WebError.crossSite }
        } else if let referer = request.headers[.referer] {
            guard Self.authority(of: referer) == host, !host.isEmpty else { throw WebError.crossSite }
        }
        return try await next(request, context)
    }

    static func changesState(_ method: HTTPRequest.Method) -> Bool {
        ![.get, .head, .options].contains(method)
    }

    /// `https://example.jp:8443/scan` → `example.jp:8443`; nil for `null` or anything without a host.
    static func authority(of url: String) -> String? {
        guard let range = url.range(of: "://") else { return nil }
        let rest = url[range.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let host = authority.split(separator: "@").last.map(String.init) ?? ""
        return host.isEmpty ? nil : host.lowercased()
    }
}
