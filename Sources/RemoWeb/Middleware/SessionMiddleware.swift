import Foundation
public import Hummingbird

/// Reads the session cookie and puts the session's user in the context
/// (``Visitor/signedIn(_:)``); an unknown or expired session is just anonymous.
public struct SessionMiddleware: RouterMiddleware {
    public typealias Context = WebContext
    /// The session cookie's name.
    static let cookie = "remo_session"
    let sessions: any SessionStore

    public init(sessions: any SessionStore) {
        self.sessions = sessions
    }

    public func handle(
        _ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let value = request.cookies[Self.cookie]?.value, !value.isEmpty,
            let session = try await sessions.session(SessionToken(value: value), at: Date())
        {
            context.visitor = .signedIn(session)
        }
        return try await next(request, context)
    }
}
