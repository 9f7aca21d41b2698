import ArgumentParser
package import Foundation
import RemoCore
package import RemoLedger
import RemoPostgres
import RemoSQLite

/// What every ledger command adds to ``GlobalOptions``: the ledger over the
/// database the options name, and who acts.
extension GlobalOptions {
    /// The ledger at ``resolvedDatabasePath(environment:)``, which must exist
    /// (`remo init` makes one); migrated when older: a SQLite file, or a
    /// PostgreSQL database for a `postgres://` URL (``openStore(_:opening:environment:)``).
    /// A locked database is waited for `$REMO_BUSY_TIMEOUT` seconds (10 unless
    /// set). A change takes at most `$REMO_MAX_LICENSES_PER_CHANGE` licenses
    /// (10,000 unless set).
    ///
    /// - Parameter outbox: where mail goes: `--outbox`, else `$REMO_OUTBOX`, else
    ///   an `outbox` folder beside the database (beside the per-user default
    ///   ledger for a PostgreSQL one).
    package func openLedger(
        outbox: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Ledger {
        let path = try resolvedDatabasePath(environment: environment)
        let (store, name) = try Self.openStore(path, environment: environment)
        let beside = PostgresLocation.isURL(path) ? CommandSettings.defaultDatabase(environment: environment) : path
        let folder =
            outbox ?? environment["REMO_OUTBOX"].flatMap { $0.isEmpty ? nil : $0 }
            ?? URL(fileURLWithPath: beside).deletingLastPathComponent().appendingPathComponent("outbox").path
        var settings = LedgerSettings()
        settings.maximumLicensesPerChange = try Self.maximumLicensesPerChange(environment: environment)
        return Ledger(
            store: CommittedChanges.Tracking(store: store, database: name),
            outbox: DirectoryOutbox(directory: URL(fileURLWithPath: folder)), settings: settings)
    }

    /// The store `database` names, and its name for messages: a SQLite file,
    /// or, for `postgres://USER@HOST:PORT/DATABASE`, a PostgreSQL database
    /// (named without its password). A write waits `$REMO_BUSY_TIMEOUT`
    /// seconds for another's lock on either.
    ///
    /// - Throws: ``RemoLedger/LedgerStoreError``; `ValidationError` for a URL remo cannot read.
    static func openStore(
        _ database: String, opening: SQLiteLedgerStore.Opening = .existing, environment: [String: String]
    ) throws -> (store: any LedgerStore, name: String) {
        let wait = try busyTimeout(environment: environment)
        guard PostgresLocation.isURL(database) else {
            return (try SQLiteLedgerStore(path: database, busyTimeout: wait, opening: opening), database)
        }
        guard let location = PostgresLocation(database, environment: environment) else {
            throw ValidationError(ConfigText.badDatabaseURL().description)
        }
        let kind: PostgresLedgerStore.Opening =
            switch opening {
            case .existing: .existing
            case .new(let kind): .new(kind)
            }
        return (try PostgresLedgerStore(location, lockTimeout: wait, opening: kind), location.description)
    }

    /// `$REMO_MAX_LICENSES_PER_CHANGE`, the most licenses one `stock add` or
    /// `license assign` takes: ``RemoLedger/LedgerSettings/defaultMaximumLicensesPerChange`` unless set.
    ///
    /// - Throws: `ValidationError` naming the variable for a value that is not
    ///   a whole number from 1 to ``maximumLicenseLimit``.
    static func maximumLicensesPerChange(environment: [String: String]) throws -> Int {
        guard let text = environment["REMO_MAX_LICENSES_PER_CHANGE"], !text.isEmpty else {
            return LedgerSettings.defaultMaximumLicensesPerChange
        }
        guard let count = Int(text), (1...maximumLicenseLimit).contains(count) else {
            throw ValidationError(
                LedgerCommandText.badLicenseLimit(["value": .text(text), "maximum": .integer(maximumLicenseLimit)]).description)
        }
        return count
    }

    /// The highest `$REMO_MAX_LICENSES_PER_CHANGE` taken.
    static let maximumLicenseLimit = 10_000_000

    /// `$REMO_BUSY_TIMEOUT` in seconds, 10 unless set.
    ///
    /// - Throws: ``RemoLedger/LedgerStoreError/badBusyTimeout(_:maximum:)`` (with
    ///   the variable named) for a value that is not seconds in range.
    static func busyTimeout(environment: [String: String]) throws -> Double {
        guard let text = environment["REMO_BUSY_TIMEOUT"], !text.isEmpty else { return SQLiteLedgerStore.defaultBusyTimeout }
        let maximum = SQLiteLedgerStore.maximumBusyTimeout
        guard let seconds = Double(text), seconds.isFinite, (0...maximum).contains(seconds) else {
            throw LedgerStoreError.badBusyTimeout(text, maximum: Int(maximum))
        }
        return seconds
    }

    /// Who acts, on the day asked for (`--today`, if any), now: `--as EMAIL`;
    /// else the partner the command names; else the configuration's partner;
    /// else the database's local operator. The day a use case acts on is the
    /// ledger's rule (RemoLedger's `ChangeDay`), not the command's.
    ///
    /// - Throws: `ValidationError` (exit 64) when `--as` is not an e-mail address.
    package func acting(partner: Partner.Code? = nil, now: Date = LedgerClock.system.now()) throws -> Acting {
        let principal: Principal
        if let actor {
            do {
                principal = .user(try EmailAddress(actor))
            } catch {
                throw ValidationError(LedgerCommandText.badActor(["reason": .message(error.message)]).description)
            }
        } else if let partner {
            principal = .partner(partner)
        } else if let configured = try settings().partner.value {
            principal = .partner(try parsePartnerCode(configured))
        } else {
            principal = .localOperator
        }
        return Acting(principal, day: today, now: now)
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
