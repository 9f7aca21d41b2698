public import RemoCore

/// Why a store could not do what was asked: the database (file or server) cannot be used,
/// or a change would have stored an illegal state. Stores map their own errors
/// to these; anything else they throw is a bug or a broken disk.
public enum LedgerStoreError: Error, Hashable, Sendable, MessageProviding {
    /// The file exists but is not a database (or is damaged).
    case notADatabase(path: String)
    /// The file (or its directory) cannot be written.
    case readOnly(path: String)
    /// Another process held the database for longer than the store waits.
    case locked(path: String, seconds: Double)
    /// The file cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The database was made by a newer remo: its schema has changes this one does not know.
    case newerSchema(path: String, migration: String)
    /// The store refused a change that would break one of its rules.
    case refused(StoreRule)
    /// No ledger is there: one is made only when asked.
    case missing(path: String)
    /// A new ledger was asked for where a file already is.
    case exists(path: String)
    /// How long to wait for a locked database is not a number of seconds in range.
    case badBusyTimeout(String, maximum: Int)
    /// The disk is full or failed while the database was read or written.
    case diskFailure(path: String, reason: String)
    /// The database failed in another way.
    case failed(path: String, reason: String)
    /// A new ledger was asked for in a database (a PostgreSQL schema) that holds tables already.
    case notEmpty(path: String)
    /// The database server cannot be reached, or refuses the login.
    case unreachable(path: String, reason: String)

    public var message: Message {
        switch self {
        case .notADatabase(let path): LedgerText.storeNotADatabase(["path": .text(path)])
        case .readOnly(let path): LedgerText.storeReadOnly(["path": .text(path)])
        case .locked(let path, let seconds):
            LedgerText.storeLocked(["path": .text(path), "seconds": .text(seconds.formatted(decimals: 1))])
        case .cannotOpen(let path, let reason): LedgerText.storeCannotOpen(["path": .text(path), "reason": .text(reason)])
        case .newerSchema(let path, let migration):
            LedgerText.storeNewerSchema(["path": .text(path), "migration": .text(migration)])
        case .refused(let rule): LedgerText.storeRefused(["rule": .message(rule.name)])
        case .missing(let path): LedgerText.storeMissing(["path": .text(path)]).suggesting(.makeLedger(path: path))
        case .exists(let path): LedgerText.storeExists(["path": .text(path)])
        case .badBusyTimeout(let value, let maximum):
            LedgerText.storeBadBusyTimeout(["value": .text(value), "maximum": .integer(maximum)])
        case .diskFailure(let path, let reason): LedgerText.storeDiskFailure(["path": .text(path), "reason": .text(reason)])
        case .failed(let path, let reason): LedgerText.storeFailed(["path": .text(path), "reason": .text(reason)])
        case .notEmpty(let path): LedgerText.storeNotEmpty(["path": .text(path)])
        case .unreachable(let path, let reason): LedgerText.storeUnreachable(["path": .text(path), "reason": .text(reason)])
        }
    }
}

/// A rule the store itself enforces, so that no bug in a use case can break it.
public enum StoreRule: String, Hashable, Sendable, CaseIterable {
    /// A license is assigned to a customer at most once, and never taken back.
    case licenseAssignedOnce = "license-assigned-once"
    /// A stock license goes only to a customer of the partner that bought it.
    case assignmentToOwnCustomer = "assignment-own-customer"
    /// A license has at most one current binding (one camera at a time).
    case licenseBoundOnce = "license-bound-once"
    /// A license binds only to a camera of the account it was assigned to.
    case bindingInAccount = "binding-in-account"
    /// A license binds only to a camera of its connection type.
    case bindingConnection = "binding-connection"
    /// A binding only ends, once, on or after the day it began.
    case bindingEndsOnce = "binding-ends-once"
    /// An activation card is registered once.
    case cardRegisteredOnce = "card-registered-once"
    /// The record cannot be changed or deleted (audit log, assignments, stock, licenses, cards).
    case appendOnly = "append-only"
    /// A customer's partner and address, and a hand-over once made, never change.
    case customerFixed = "customer-fixed"
    /// A camera's account, connection and failure day, once set, never change.
    case cameraFixed = "camera-fixed"
    /// A unit has one current label (claim code) at a time, each generation once, in order.
    case unitLabeledOnce = "unit-labeled-once"
    /// A manifest entry is never deleted; only its revocation and the moment its
    /// files were finished are set, once.
    case manifestFixed = "manifest-fixed"

    /// The rule in a sentence for people.
    public var name: Message {
        switch self {
        case .licenseAssignedOnce: LedgerText.ruleLicenseAssignedOnce()
        case .assignmentToOwnCustomer: LedgerText.ruleAssignmentToOwnCustomer()
        case .licenseBoundOnce: LedgerText.ruleLicenseBoundOnce()
        case .bindingInAccount: LedgerText.ruleBindingInAccount()
        case .bindingConnection: LedgerText.ruleBindingConnection()
        case .bindingEndsOnce: LedgerText.ruleBindingEndsOnce()
        case .cardRegisteredOnce: LedgerText.ruleCardRegisteredOnce()
        case .appendOnly: LedgerText.ruleAppendOnly()
        case .customerFixed: LedgerText.ruleCustomerFixed()
        case .cameraFixed: LedgerText.ruleCameraFixed()
        case .unitLabeledOnce: LedgerText.ruleUnitLabeledOnce()
        case .manifestFixed: LedgerText.ruleManifestFixed()
        }
    }
}

extension Double {
    /// The number with `decimals` digits after the point (`2.5`), for messages.
    func formatted(decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (self * scale).rounded() / scale
        let whole = Int(rounded)
        guard decimals > 0 else { return String(whole) }
        let fraction = Int(((rounded - Double(whole)) * scale).rounded())
        let digits = String(abs(fraction))
        return "\(whole).\(String(repeating: "0", count: max(0, decimals - digits.count)))\(digits)"
    }
}
