public import Foundation
public import RemoLedger

/// How `remo serve` serves: where it listens, over TLS or not, the day it acts
/// on, and the upload limits.
public struct WebSettings: Sendable {
    /// A certificate chain and its private key, both PEM files.
    public struct TLSFiles: Hashable, Sendable {
        public let certificate: String
        public let privateKey: String

        public init(certificate: String, privateKey: String) {
            self.certificate = certificate
            self.privateKey = privateKey
        }
    }

    public var host: String
    /// The port; 0 picks a free one (``WebServer`` reports it when it listens).
    public var port: Int
    public var tls: TLSFiles?
    public var day: DayChoice
    /// Where the instant comes from (a test sets it).
    public var clock: LedgerClock
    /// The ledger's kind: the pages say when it is a simulation.
    public var ledger: LedgerKind
    public var limits: UploadLimits
    /// Where uploads are written while a request is read (a private folder per request).
    public var uploadFolder: String
    /// The version `GET /health` reports.
    public var version: String

    public init(
        host: String = "127.0.0.1", port: Int = 8080, tls: TLSFiles? = nil, day: DayChoice = .clock,
        limits: UploadLimits = UploadLimits(), uploadFolder: String = NSTemporaryDirectory(), version: String = "0",
        clock: LedgerClock = .system, ledger: LedgerKind = .live
    ) {
        self.clock = clock
        self.ledger = ledger
        self.host = host
        self.port = port
        self.tls = tls
        self.day = day
        self.limits = limits
        self.uploadFolder = uploadFolder
        self.version = version
    }

    /// Whether the host is only reachable from this machine.
    public var isLoopback: Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }

    /// The URL people open.
    public func url(port actual: Int) -> String {
        let shown = host.contains(":") ? "[\(host)]" : host
        return "\(tls == nil ? "http" : "https")://\(shown):\(actual)"
    }
}
