import ArgumentParser
package import Foundation
import RemoCore
package import RemoLedger
import RemoSQLite

/// What every ledger command adds to ``GlobalOptions``: the ledger over the
/// database the options name, and who acts.
extension GlobalOptions {
    /// The ledger over `--db` (else `$REMO_DB`, else `./remo.sqlite`), created
    /// and migrated on first use. A locked database is waited for
    /// `$REMO_BUSY_TIMEOUT` seconds (10 unless set).
    ///
    /// - Parameter outbox: where mail goes: `--outbox`, else `$REMO_OUTBOX`, else
    ///   an `outbox` folder beside the database.
    package func openLedger(
        outbox: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Ledger {
        let path = resolvedDatabasePath(environment: environment)
        let timeout = environment["REMO_BUSY_TIMEOUT"].flatMap(Double.init) ?? SQLiteLedgerStore.defaultBusyTimeout
        let store = try SQLiteLedgerStore(path: path, busyTimeout: timeout)
        let folder =
            outbox ?? environment["REMO_OUTBOX"].flatMap { $0.isEmpty ? nil : $0 }
            ?? URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("outbox").path
        return Ledger(
            store: CommittedChanges.Tracking(store: store, database: path),
            outbox: DirectoryOutbox(directory: URL(fileURLWithPath: folder)))
    }

    /// Who acts, on which day, now: `--as EMAIL`; else the partner the command
    /// names; else the database's local operator.
    ///
    /// - Throws: `ValidationError` (exit 64) when `--as` is not an e-mail address.
    package func acting(partner: Partner.Code? = nil, now: Date = Date()) throws -> Acting {
        let principal: Principal
        if let actor {
            do {
                principal = .user(try EmailAddress(actor))
            } catch {
                throw ValidationError(LedgerCommandText.badActor(["reason": .message(error.message)]).description)
            }
        } else if let partner {
            principal = .partner(partner)
        } else {
            principal = .localOperator
        }
        return Acting(principal, today: resolvedToday(now: now), now: now)
    }
}

/// Reads an e-mail option, so that a bad address's message is the catalogue's sentence (exit 64).
func parseEmail(_ text: String) throws -> EmailAddress {
    try EmailAddress(text)
}

/// Reads a partner code option.
func parsePartnerCode(_ text: String) throws -> Partner.Code {
    try Partner.Code(text)
}

/// What a ledger command prints: one JSON document with `--json`, else text
/// for people. The same contract as the license arithmetic verbs' reports.
package typealias LedgerReport = LicenseReport
