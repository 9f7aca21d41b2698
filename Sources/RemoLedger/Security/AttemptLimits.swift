public import Foundation
public import RemoCore

/// What a counted failure was: a login, a claim code, an encryption ID.
public enum AttemptKind: String, Hashable, Sendable, Codable, CaseIterable {
    case login
    case claimCode = "claim-code"
    case encryptionID = "encryption-id"

    /// The plural for people: "failed logins", "wrong claim codes".
    public var name: Message {
        switch self {
        case .login: LedgerText.attemptsLogins()
        case .claimCode: LedgerText.attemptsClaimCodes()
        case .encryptionID: LedgerText.attemptsEncryptionIDs()
        }
    }
}

/// At most `count` failures within `window` seconds.
public struct AttemptLimit: Hashable, Sendable {
    public var count: Int
    public var window: TimeInterval

    public init(count: Int, window: TimeInterval) {
        self.count = count
        self.window = window
    }
}

/// How many failures the ledger allows before it refuses more tries, counted
/// in the store (so that they hold across processes and server instances).
///
/// **Decision** (docs/decisions.md, "Attempt limits"): nothing is counted per
/// account alone, so that an attacker cannot lock the owner out.
/// - Logins: per account *and* address (5 in 15 minutes: the owner mistyping,
///   or one guesser at one account), and per address (20 in 15 minutes: one
///   guesser at many accounts). The owner, from their own address, is not
///   refused because someone else guessed from elsewhere. A success forgets
///   that account's failures from that address.
/// - Claim codes and encryption IDs: per acting user (10 an hour) and per
///   address (30 an hour). Only a logged-in user can try one, and only in
///   accounts they may change; the owner's own tries are counted apart from
///   anyone else's.
///
/// Every try is counted before it is checked and forgotten when it succeeds,
/// so tries sent at once cannot pass the limit together.
public struct AttemptLimits: Hashable, Sendable {
    public var loginPerAccountAndAddress: AttemptLimit
    public var loginPerAddress: AttemptLimit
    public var secretPerUser: AttemptLimit
    public var secretPerAddress: AttemptLimit

    public init(
        loginPerAccountAndAddress: AttemptLimit = AttemptLimit(count: 5, window: 15 * 60),
        loginPerAddress: AttemptLimit = AttemptLimit(count: 20, window: 15 * 60),
        secretPerUser: AttemptLimit = AttemptLimit(count: 10, window: 3600),
        secretPerAddress: AttemptLimit = AttemptLimit(count: 30, window: 3600)
    ) {
        self.loginPerAccountAndAddress = loginPerAccountAndAddress
        self.loginPerAddress = loginPerAddress
        self.secretPerUser = secretPerUser
        self.secretPerAddress = secretPerAddress
    }

    /// The longest window: failures older than it no longer count.
    var longestWindow: TimeInterval {
        [loginPerAccountAndAddress, loginPerAddress, secretPerUser, secretPerAddress].map(\.window).max() ?? 3600
    }

    /// What is counted for a kind: (account, address, limit), nil standing for "any".
    func scopes(_ kind: AttemptKind, account: String, address: String) -> [(String?, String?, AttemptLimit)] {
        switch kind {
        case .login: [(account, address, loginPerAccountAndAddress), (nil, address, loginPerAddress)]
        case .claimCode, .encryptionID: [(account, nil, secretPerUser), (nil, address, secretPerAddress)]
        }
    }
}

/// A try refused because too many failed before it.
public enum AttemptLimitError: Error, Hashable, Sendable, MessageProviding {
    /// Too many failures of a kind: the next try is accepted after `retryAfter` seconds.
    case tooMany(AttemptKind, retryAfter: Int)

    public var retryAfter: Int {
        switch self {
        case .tooMany(_, let seconds): seconds
        }
    }

    public var message: Message {
        switch self {
        case .tooMany(let kind, let seconds):
            LedgerText.attemptsTooMany(["what": .message(kind.name), "minutes": .integer(max(1, (seconds + 59) / 60))])
        }
    }
}

/// A counted try: the row that counts it until it succeeds.
struct CountedAttempt: Sendable {
    let kind: AttemptKind
    let account: String
    let address: String
    let row: Int64
}

extension LedgerReader {
    /// The refusal when a try of `kind` by `account` from `address` would pass a
    /// limit now; nil when it may be tried.
    func attemptRefusal(_ kind: AttemptKind, account: String, address: String, at now: Date, limits: AttemptLimits) throws
        -> AttemptLimitError?
    {
        var wait: TimeInterval = 0
        for (account, address, limit) in limits.scopes(kind, account: account, address: address) {
            let times = try failedAttempts(kind, account: account, address: address, since: now.addingTimeInterval(-limit.window))
            guard times.count >= limit.count else { continue }
            // The try is allowed again once enough of these have left the window.
            let freeing = times[times.count - limit.count]
            wait = max(wait, freeing.addingTimeInterval(limit.window).timeIntervalSince(now))
        }
        guard wait > 0 else { return nil }
        return .tooMany(kind, retryAfter: max(1, Int(wait.rounded(.up))))
    }
}

extension LedgerReader {
    /// How many more failures of `kind` the account may have from the address
    /// now before a limit refuses it (0: refused).
    func attemptsLeft(_ kind: AttemptKind, account: String, address: String, at now: Date, limits: AttemptLimits) throws
        -> Int
    {
        try limits.scopes(kind, account: account, address: address).map { account, address, limit in
            let times = try failedAttempts(kind, account: account, address: address, since: now.addingTimeInterval(-limit.window))
            return max(0, limit.count - times.count)
        }.min() ?? 0
    }
}

extension LedgerWriter {
    /// Counts a try before it is checked (it stays counted unless it succeeds),
    /// or refuses it when a limit is reached; a refusal is audited.
    ///
    /// - Returns: the counted try, or the refusal (returned, not thrown, so that
    ///   the audit entry commits).
    func countAttempt(
        _ kind: AttemptKind, account: String, address: String, acting: Acting.Dated, actor: AuditActor, limits: AttemptLimits,
        partner: Partner.ID? = nil, customer: Customer.ID? = nil
    ) throws -> Result<CountedAttempt, AttemptLimitError> {
        try deleteFailedAttempts(before: acting.now.addingTimeInterval(-limits.longestWindow))
        if let refusal = try attemptRefusal(kind, account: account, address: address, at: acting.now, limits: limits) {
            try appendAudit(
                at: acting.now, on: acting.today, actor: actor, onBehalfOf: nil, action: .attemptsLimited,
                subject: account, partner: partner, customer: customer, before: nil,
                after: ["kind": kind.rawValue, "address": address, "retryAfter": String(refusal.retryAfter)])
            return .failure(refusal)
        }
        let row = try insertFailedAttempt(kind, account: account, address: address, at: acting.now)
        return .success(CountedAttempt(kind: kind, account: account, address: address, row: row))
    }

    /// A counted try succeeded: it no longer counts (and for a login, neither do
    /// the account's earlier failures from that address).
    func forget(_ attempt: CountedAttempt) throws {
        try deleteFailedAttempt(attempt.row)
        if attempt.kind == .login {
            try deleteFailedAttempts(.login, account: attempt.account, address: attempt.address)
        }
    }
}

extension Actor {
    /// Who a claim code or encryption ID try is counted against: the acting
    /// user's audit name, lower-cased.
    var attemptAccount: String { name.lowercased() }
}
