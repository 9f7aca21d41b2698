import Foundation
public import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOSSL
public import Logging
public import RemoLedger

/// The web app over a ledger: the routes of docs/web.md, their middleware,
/// and the Hummingbird application that serves them (under a
/// swift-service-lifecycle `ServiceGroup`: SIGINT or SIGTERM stops it
/// gracefully, the requests in flight finishing first).
public struct WebServer: Sendable {
    public let settings: WebSettings
    let services: WebServices
    let logger: Logger

    /// A server.
    ///
    /// - Parameters:
    ///   - ledger: the ledger every route acts on.
    ///   - settings: where and how it serves.
    ///   - sessions: where sessions live (the ledger's store unless given: ``LedgerSessionStore``).
    ///   - authenticator: who a login names (the ledger's login unless given).
    ///   - logger: where request lines go (never a secret: ``RequestLogMiddleware``).
    public init(
        ledger: Ledger, settings: WebSettings, sessions: (any SessionStore)? = nil,
        authenticator: (any WebAuthenticator)? = nil,
        logger: Logger = Logger(label: "remo.web", factory: { StreamLogHandler.standardError(label: $0) })
    ) throws {
        self.settings = settings
        self.logger = logger
        services = WebServices(
            ledger: ledger, sessions: sessions ?? LedgerSessionStore(ledger: ledger),
            authenticator: authenticator ?? LedgerAuthenticator(ledger: ledger), acting: ActingSource(day: settings.day, clock: settings.clock),
            pages: try PageRenderer(ledger: settings.ledger), photos: PhotoReader(), settings: settings)
    }

    /// Every route, behind the middleware: request log, security headers,
    /// language, errors, session, the Origin check.
    public func router() -> Router<WebContext> {
        let router = RouteRecorder(Router(context: WebContext.self, options: .autoGenerateHeadEndpoints))
        router.add(middleware: RequestLogMiddleware())
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: LanguageMiddleware())
        router.add(middleware: WebErrorMiddleware(pages: services.pages))
        router.add(middleware: SessionMiddleware(sessions: services.sessions))
        router.add(middleware: OriginCheckMiddleware())
        HealthController(version: settings.version).add(to: router)
        let api = router.group("api/v1", context: SignedInContext.self)
        let pages = router.group("", context: SignedInContext.self)
        SessionController(services: services).add(public: router, signedIn: api)
        DecodeController(services: services).add(to: api)
        RegistrationController(services: services).add(to: api)
        CustomerController(services: services).add(to: api)
        LicenseController(services: services).add(to: api)
        AssignmentController(services: services).add(to: api)
        PagesController(services: services).add(public: router, signedIn: pages)
        router.refuseOtherMethods()
        return router.router
    }

    /// The application: HTTP/1.1, or HTTPS with ``WebSettings/tls``.
    ///
    /// - Parameter onRunning: told the port once the server listens (`--port 0` picks one).
    public func application(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) throws -> some ApplicationProtocol {
        let server: HTTPServerBuilder
        if let tls = settings.tls {
            let chain = try NIOSSLCertificate.fromPEMFile(tls.certificate).map { NIOSSLCertificateSource.certificate($0) }
            let key = try NIOSSLPrivateKey(file: tls.privateKey, format: .pem)
            server = try .tls(.http1(), tlsConfiguration: .makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key)))
        } else {
            server = .http1()
        }
        return Application(
            router: router(), server: server,
            configuration: ApplicationConfiguration(address: .hostname(settings.host, port: settings.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then lets the requests in flight finish.
    ///
    /// - Parameter onRunning: told the port once the server listens.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        try await application(onRunning: onRunning).runService()
    }
}
