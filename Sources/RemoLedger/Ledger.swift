public import RemoImaging

/// The license ledger: every use case (partners, customers, stock, assignment,
/// cards, binding, tick, notices, audit), run against a ``LedgerStore``.
///
/// The same `Ledger` serves the command line, a web page for installers, and a
/// PostgreSQL store: only the store and the outbox differ. Each use case takes
/// an ``Acting`` (who, which day, what time), checks the role rules, makes its
/// change and writes the audit entry in one transaction, and returns values
/// (never text for people: errors are ``RemoCore/MessageProviding``).
///
/// Every use case that reads or writes records is `async`: it never blocks the
/// caller's thread. Its transactions run on the store's executor
/// (``LedgerStore``); slow hashing, label checks and photo decoding run on
/// ``workPool``, a thread per core, before or after them.
///
/// ```swift
/// let ledger = Ledger(store: try SQLiteLedgerStore(path: "remo.sqlite"), outbox: DirectoryOutbox(directory: outbox))
/// let partner = try await ledger.addPartner(code: "P001", name: "Tokyo Security", email: "ops@tokyo-sec.co.jp", by: acting)
/// ```
public struct Ledger: Sendable {
    /// Where the records are.
    public let store: any LedgerStore
    /// Where mail for people goes.
    public let outbox: any Outbox
    /// Costs, lifetimes and sender.
    public let settings: LedgerSettings
    /// Where CPU-heavy work runs (scrypt, label checks): the shared pool unless given.
    public let workPool: WorkPool

    public init(
        store: any LedgerStore, outbox: any Outbox, settings: LedgerSettings = LedgerSettings(),
        workPool: WorkPool = .shared
    ) {
        self.store = store
        self.outbox = outbox
        self.settings = settings
        self.workPool = workPool
    }

    var passwordHasher: SecretHasher { SecretHasher(cost: settings.passwordCost) }
    var identifierHasher: SecretHasher { SecretHasher(cost: settings.identifierCost) }

    /// A new hash of `secret`, made on ``workPool``.
    func hash(_ secret: String, with hasher: SecretHasher) async throws -> SecretHash {
        try await workPool.run { try hasher.hash(secret) }
    }

    /// Whether `secret` is the one `hash` was made from, checked on ``workPool``.
    func verify(_ secret: String, against hash: SecretHash, with hasher: SecretHasher) async -> Bool {
        await workPool.run { hasher.verify(secret, against: hash) }
    }
}
