public import Hummingbird
public import RemoCore

/// The context of a route that needs a logged-in user: made from a
/// ``WebContext`` only when its visitor has a live session, so a handler never
/// checks for one (the API answers 401, a page sends the browser to the login).
public struct SignedInContext: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let session: WebSession
    public let language: Language
    public let client: ClientAddress

    public init(context: WebContext) throws {
        guard case .signedIn(let session) = context.visitor else { throw WebError.notLoggedIn }
        coreContext = context.coreContext
        self.session = session
        language = context.language
        client = context.client
    }

    public var maxUploadSize: Int { 256 * 1024 }

    /// The logged-in user.
    public var user: WebUser { session.user }
}
