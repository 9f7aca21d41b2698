extension ServeCommandText {
    package var english: String {
        switch self {
        case .abstract: "Serve the web app: register recorders from a phone, reports, stock and assignments."
        case .discussion:
            "Prints “remo: serving on http://HOST:PORT” once it listens, then serves until SIGINT or SIGTERM, lets the requests in flight finish and exits 0. On a simulation ledger --today gives the day it acts on; otherwise it acts on the clock. A phone's live camera viewfinder needs HTTPS (--tls-cert and --tls-key); photo upload works over plain HTTP on a trusted network."
        case .helpHost: "The address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 for phones on the network)"
        case .helpPort: "The port to listen on (default 8080; 0 picks a free one and prints it)"
        case .helpTLSCertificate: "A PEM certificate chain, to serve HTTPS (with --tls-key)"
        case .helpTLSKey: "The PEM private key of --tls-cert"
        case .tlsNeedsBoth: "--tls-cert and --tls-key go together: give both, or neither for plain HTTP."
        case .plainOnNetwork: "remo: warning: serving plain HTTP on {host}: anyone on the network can read what is sent, passwords included. Use it only on a trusted network, or give --tls-cert and --tls-key."
        case .stopped: "remo: stopped"
        }
    }
}
