import RemoCore

/// The `remo serve` command's sentences for people.
/// Templates: `ServeCommandText+English.swift`, `ServeCommandText+Japanese.swift`.
package enum ServeCommandText: String, MessageCatalogue {
    case abstract
    case discussion
    case helpHost
    case helpPort
    case helpTLSCertificate
    case helpTLSKey
    case tlsNeedsBoth
    case plainOnNetwork
    case stopped
}
