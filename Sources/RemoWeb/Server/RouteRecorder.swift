import Hummingbird
import HTTPTypes

/// The router the controllers add their routes to: it passes each route on
/// to Hummingbird's router and remembers its path and method, so that every
/// other method on a known path answers 405 with `Allow` (not 404).
final class RouteRecorder: RouterMethods {
    typealias Context = WebContext
    let router: Router<WebContext>
    private var routes: [(path: RouterPath, methods: [HTTPRequest.Method])] = []

    init(_ router: Router<WebContext>) {
        self.router = router
    }

    @discardableResult
    func on<Responder: HTTPResponder>(_ path: RouterPath, method: HTTPRequest.Method, responder: Responder) -> Self
    where Responder.Context == WebContext {
        router.on(path, method: method, responder: responder)
        if let index = routes.firstIndex(where: { $0.path.description == path.description }) {
            routes[index].methods.append(method)
        } else {
            routes.append((path, [method]))
        }
        return self
    }

    @discardableResult
    func add(middleware: any MiddlewareProtocol<Request, Response, WebContext>) -> Self {
        router.add(middleware: middleware)
        return self
    }

    /// The methods a client may try; those a path does not serve answer 405.
    static let methods: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete, .options, .trace, HTTPRequest.Method("QUERY")!]

    /// Adds the 405 answers, once every route is added.
    func refuseOtherMethods() {
        for route in routes {
            let allowed = route.methods.map(\.rawValue)
            let head = route.methods.contains(.get)  // HEAD is answered as GET (`autoGenerateHeadEndpoints`)
            for method in Self.methods where !route.methods.contains(method) && !(method == .head && head) {
                router.on(route.path, method: method) { _, _ -> Response in throw WebError.methodNotAllowed(allowed: allowed) }
            }
        }
    }
}
