/// The license ledger: every use case (partners, customers, stock, assignment,
/// cards, binding, tick, notices, audit), run against a ``LedgerStore``.
///
/// The same `Ledger` serves the command line, a web page for installers, and a
/// PostgreSQL store: only the store and the outbox differ. Each use case takes
/// an ``Acting`` (who, which day, what time), checks the role rules, makes its
/// change and writes the audit entry in one transaction, and returns values
/// (never text for people: errors are ``RemoCore/MessageProviding``).
///
/// ```swift
/// let ledger = Ledger(store: try SQLiteLedgerStore(path: "remo.sqlite"), outbox: DirectoryOutbox(directory: outbox))
/// let partner = try ledger.addPartner(code: "P001", name: "Tokyo Security", email: "ops@tokyo-sec.co.jp", by: acting)
/// ```
public struct Ledger: Sendable {
    /// Where the records are.
    public let store: any LedgerStore
    /// Where mail for people goes.
    public let outbox: any Outbox
    /// Costs, lifetimes and sender.
    public let settings: LedgerSettings

    public init(store: any LedgerStore, outbox: any Outbox, settings: LedgerSettings = LedgerSettings()) {
        self.store = store
        self.outbox = outbox
        self.settings = settings
    }

    var passwordHasher: SecretHasher { SecretHasher(cost: settings.passwordCost) }
    var identifierHasher: SecretHasher { SecretHasher(cost: settings.identifierCost) }
}
