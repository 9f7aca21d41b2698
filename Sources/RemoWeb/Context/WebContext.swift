public import Hummingbird
public import NIOCore
public import RemoCore

/// What every request carries through the middleware: the language it is
/// answered in, who sent it, from which address, and whether it came over TLS.
public struct WebContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's socket address, as the connection gives it.
    public let remoteAddress: SocketAddress?
    /// The language the answer is in (``LanguageMiddleware``).
    public var language: Language = .english
    /// The session's user, if any (``SessionMiddleware``).
    public var visitor: Visitor = .anonymous

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// JSON bodies the API reads are small; uploads are streamed (``MultipartUpload``), not collected.
    public var maxUploadSize: Int { 256 * 1024 }

    /// The client's address, as the library's attempt limits count it.
    public var client: ClientAddress { ClientAddress(remoteAddress) }
}
