import Foundation
public import Hummingbird
import Logging

/// One log line per request: method, route, status and time taken. The route
/// is the pattern (`/api/v1/customers/{email}/report`), never the path as sent,
/// and never the query, headers, cookies or body: no password, claim code,
/// registration code or session ID reaches a log.
public struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    public init() {}

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info(
            "request",
            metadata: [
                "method": .string(request.method.rawValue), "route": .string(context.endpointPath ?? "-"),
                "status": .stringConvertible(response.status.code), "ms": .string(String(format: "%.1f", milliseconds)),
            ])
        return response
    }

}
