import Foundation
public import RemoCore
import RemoImaging

/// One row of an issued-card list, and what importing it found.
public struct CardImportRow: Hashable, Sendable {
    /// What became of the row.
    public enum Status: Hashable, Sendable {
        /// Stored.
        case imported
        /// Valid, but not stored: another row of the file was refused (all or none).
        case valid
        /// Stored before, with the same encryption ID: nothing to do.
        case alreadyImported
        /// The activation ID is malformed.
        case malformedActivationID(ActivationID.ParseError)
        /// The encryption ID is malformed.
        case malformedEncryptionID(EncryptionID.ParseError)
        /// The part is not in the catalogue.
        case unknownPart(String)
        /// The part is not a perpetual pack (cards are for perpetual licenses).
        case notPerpetual(String)
        /// The activation ID is on an earlier line of the file too.
        case duplicated(firstLine: Int)
        /// The activation ID was stored before with a different encryption ID.
        case conflict
        /// The part was not on sale yet on the day of the import (issue 21 item 9).
        case beforeLaunch(Product.SaleError)

        /// Whether the row is fine (stored, storable, or stored before).
        public var isAccepted: Bool {
            switch self {
            case .imported, .valid, .alreadyImported: true
            default: false
            }
        }

        /// The machine spelling (JSON): `imported`, `valid`, `already-imported`,
        /// `malformed`, `unknown-part`, `not-perpetual`, `duplicated`, `conflict`,
        /// `before-launch`.
        public var code: String {
            switch self {
            case .beforeLaunch: "before-launch"
            case .imported: "imported"
            case .valid: "valid"
            case .alreadyImported: "already-imported"
            case .malformedActivationID, .malformedEncryptionID: "malformed"
            case .unknownPart: "unknown-part"
            case .notPerpetual: "not-perpetual"
            case .duplicated: "duplicated"
            case .conflict: "conflict"
            }
        }

        /// What happened, for people.
        public var message: Message {
            switch self {
            case .imported: LedgerText.cardImported()
            case .valid: LedgerText.cardValidNotImported()
            case .alreadyImported: LedgerText.cardAlreadyImported()
            case .malformedActivationID(let error): error.message
            case .malformedEncryptionID(let error): error.message
            case .unknownPart(let part): Product.LookupError.unknownPart(part).message
            case .notPerpetual(let part): LedgerText.cardNotPerpetual(["part": .text(part)])
            case .duplicated(let line): LedgerText.cardDuplicatedLine(["line": .integer(line)])
            case .conflict: LedgerText.cardConflict()
            case .beforeLaunch(let error): error.message
            }
        }
    }

    /// The line of the file the row is on.
    public let line: Int
    /// The activation ID as written.
    public let activationID: String
    public let status: Status
}

/// What importing an issued-card list did: a result per row; all rows or none stored.
public struct CardImportResult: Hashable, Sendable {
    public let rows: [CardImportRow]
    /// The encoding the file was read in.
    public let encoding: SpreadsheetEncoding

    /// Whether every row was accepted (and the new ones stored).
    public var succeeded: Bool { rows.allSatisfy(\.status.isAccepted) }
    /// How many cards were stored.
    public var imported: Int { rows.filter { $0.status == .imported }.count }
}

/// A card typed to be registered: its activation ID and encryption ID as given.
public struct CardEntry: Hashable, Sendable {
    public let activationID: String
    public let encryptionID: String

    public init(activationID: String, encryptionID: String) {
        self.activationID = activationID
        self.encryptionID = encryptionID
    }
}

/// One card of a registration request, and what became of it.
public struct CardRegistrationItem: Hashable, Sendable {
    /// What became of the card.
    public enum Status: Hashable, Sendable {
        /// Registered: its licenses are in the account.
        case registered
        /// Valid, but not registered: another card of the request was refused (all or none).
        case valid
        /// The activation ID is not in the issued-card list.
        case unknown
        /// The encryption ID does not match the card's.
        case wrongEncryptionID
        /// The card was registered before (into this account or another).
        case alreadyRegistered
        /// The activation ID is malformed.
        case malformedActivationID(ActivationID.ParseError)
        /// The encryption ID is malformed.
        case malformedEncryptionID(EncryptionID.ParseError)
        /// The same card is earlier in the request.
        case duplicated
        /// The card's pack was not on sale yet on the day of the registration (issue 21 item 9).
        case beforeLaunch(Product.SaleError)

        public var isAccepted: Bool { self == .registered || self == .valid }

        /// The machine spelling (JSON): `registered`, `valid`, `unknown`,
        /// `wrong-encryption-id`, `already-registered`, `malformed`, `duplicated`,
        /// `before-launch`.
        public var code: String {
            switch self {
            case .beforeLaunch: "before-launch"
            case .registered: "registered"
            case .valid: "valid"
            case .unknown: "unknown"
            case .wrongEncryptionID: "wrong-encryption-id"
            case .alreadyRegistered: "already-registered"
            case .malformedActivationID, .malformedEncryptionID: "malformed"
            case .duplicated: "duplicated"
            }
        }

        public var message: Message {
            switch self {
            case .registered: LedgerText.cardRegistered()
            case .valid: LedgerText.cardValidNotRegistered()
            case .unknown: LedgerText.cardUnknown()
            case .wrongEncryptionID: LedgerText.cardWrongEncryptionID()
            case .alreadyRegistered: LedgerText.cardAlreadyRegistered()
            case .malformedActivationID(let error): error.message
            case .malformedEncryptionID(let error): error.message
            case .duplicated: LedgerText.cardDuplicatedInRequest()
            case .beforeLaunch(let error): error.message
            }
        }
    }

    /// The entry as given.
    public let entry: CardEntry
    /// The activation ID, when it was well formed.
    public let activationID: ActivationID?
    public let status: Status
    /// The card's pack, when it is known.
    public let product: Product?
    /// The perpetual licenses the card brought into the account (when registered).
    public let licenses: [License.ID]
}

/// What a card registration did: a result per card; all cards or none registered.
public struct CardRegistrationResult: Hashable, Sendable {
    public let items: [CardRegistrationItem]
    public var succeeded: Bool { items.allSatisfy(\.status.isAccepted) }
}

extension Ledger {
    /// Imports the issued-card list (CSV with columns `activation_id`,
    /// `encryption_id`, `part`): all rows or none, with a result per row.
    /// Encryption IDs are stored only as salted hashes. Importing the same list
    /// again changes nothing. Only the operator may import: the list is the
    /// manufacturer's. A card of a pack not on sale yet on the day is refused.
    ///
    /// - Parameters:
    ///   - bytes: the file's content, UTF-8 or CP932.
    ///   - source: the file's name, for messages.
    ///   - encoding: the encoding, or nil to detect it.
    /// - Throws: ``SpreadsheetTextError``, ``RemoCore/CSVError`` (the file as a
    ///   whole), ``AccessError``.
    public func importCards(_ bytes: [UInt8], source: String, encoding: SpreadsheetEncoding? = nil, by acting: Acting)
        async throws -> CardImportResult
    {
        let decoded = try SpreadsheetText.decode(bytes, source: source, encoding: encoding)
        let table = try CSVTable(parsing: decoded.text)
        try table.requireColumns(["activation_id", "encryption_id", "part"])
        let today = try await store.read { [settings] records in
            // The issued-card list comes from the manufacturer (its order
            // data): only the operator imports it, so no partner mints the
            // perpetual licenses it then registers (issue 21 item 5).
            try records.resolve(acting.principal).requireOperator(for: .cardsImported)
            return try records.dated(acting, in: settings.defaultTimeZone).today
        }
        // Check every row; parse what can be parsed.
        var rows: [(line: Int, text: String, status: CardImportRow.Status?, card: (ActivationID, EncryptionID, Product)?)] = []
        var firstLine: [ActivationID: Int] = [:]
        for record in table.records {
            let text = record["activation_id"] ?? ""
            let row = CardImport.check(record, on: today, firstLine: &firstLine)
            rows.append((record.line, text, row.status, row.card))
        }
        let parsed = rows.compactMap { $0.card?.0 }
        let existing = try await store.read { records in try records.cards(parsed) }
        // Slow work outside the write transaction, on the work pool: verify re-imported cards, hash new ones.
        let hasher = identifierHasher
        let (statuses, hashes) = try await workPool.run { [rows] in
            var statuses: [Int: CardImportRow.Status] = [:]
            var hashes: [ActivationID: SecretHash] = [:]
            for index in rows.indices where rows[index].status == nil {
                guard let (activation, encryption, _) = rows[index].card else { continue }
                if let stored = existing[activation] {
                    statuses[index] =
                        hasher.verify(encryption.rawValue, against: stored.encryptionHash) ? .alreadyImported : .conflict
                } else {
                    hashes[activation] = try hasher.hash(encryption.rawValue)
                }
            }
            return (statuses, hashes)
        }
        for (index, status) in statuses { rows[index].status = status }
        let accepted = rows.allSatisfy { $0.status?.isAccepted ?? true }
        guard accepted else {
            return CardImportResult(
                rows: rows.map { CardImportRow(line: $0.line, activationID: $0.text, status: $0.status ?? .valid) },
                encoding: decoded.encoding)
        }
        return try await store.write { [rows] records in
            let actor = try records.resolve(acting.principal)
            let dated = try records.dated(acting, in: settings.defaultTimeZone)
            var imported: [String] = []
            for row in rows where row.status == nil {
                guard let (activation, _, product) = row.card, let hash = hashes[activation] else { continue }
                _ = try records.insertCard(activationID: activation, encryptionHash: hash, product: product, imported: dated.now)
                imported.append(activation.description)
            }
            if !imported.isEmpty {
                try records.recordChange(
                    .cardsImported, by: actor, dated, subject: source, partner: actor.partnerID, customer: nil,
                    after: ["cards": String(imported.count), "activationIds": imported.joined(separator: ",")])
            }
            return CardImportResult(
                rows: rows.map { CardImportRow(line: $0.line, activationID: $0.text, status: $0.status ?? .imported) },
                encoding: decoded.encoding)
        }
    }

    /// Registers activation cards into a customer's account (P15, P16): all or
    /// none, with a result per card. A card registers only if its activation ID
    /// was imported, its encryption ID matches (compared in constant time against
    /// the stored hash) and it was never registered; each card brings its pack's
    /// perpetual licenses into the account. The customer or their partner may
    /// register (after hand-over the partner as a proxy).
    ///
    /// Wrong encryption IDs (and unknown activation IDs) are counted and
    /// audited per acting user and per address (``AttemptLimits``); once the
    /// limit is reached nothing more is checked and the batch is refused.
    ///
    /// - Throws: ``AccountError``, ``AccessError``, ``AttemptLimitError``; per-card
    ///   problems are results, not errors.
    public func registerCards(_ entries: [CardEntry], to email: EmailAddress, by acting: Acting) async throws
        -> CardRegistrationResult
    {
        // The day the cards are registered on, in the account's time zone (a launch month is checked against it).
        let today = try await store.read { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            _ = try actor.requireChange(in: customer, for: .cardsRegistered, customerMay: true)
            return try records.dated(acting, in: customer.timeZone).today
        }
        var items: [(entry: CardEntry, activation: ActivationID?, encryption: EncryptionID?, status: CardRegistrationItem.Status?)] = []
        var seen = Set<ActivationID>()
        for entry in entries {
            do {
                let activation = try ActivationID(entry.activationID)
                do {
                    let encryption = try EncryptionID(entry.encryptionID)
                    let duplicate = !seen.insert(activation).inserted
                    items.append((entry, activation, encryption, duplicate ? .duplicated : nil))
                } catch {
                    items.append((entry, activation, nil, .malformedEncryptionID(error)))
                }
            } catch {
                items.append((entry, nil, nil, .malformedActivationID(error)))
            }
        }
        let limits = settings.attemptLimits
        let (cards, allowed, account) = try await store.read { [items] records in
            let actor = try records.resolve(acting.principal)
            let allowed = try records.attemptsLeft(
                .encryptionID, account: actor.attemptAccount, address: acting.address, at: acting.now, limits: limits)
            return (try records.cards(items.compactMap(\.activation)), allowed, actor.attemptAccount)
        }
        // Verify outside the write transaction, on the work pool; unknown cards are
        // checked against a dummy hash, so the time taken does not tell which cards
        // exist. Checking stops once the wrong ones reach the attempt limit.
        let hasher = identifierHasher
        let (statuses, stopped) = try await workPool.run { [items] in
            let dummy = try hasher.hash("REMO-UNKNOWN-CARD")
            var statuses: [Int: CardRegistrationItem.Status] = [:]
            var wrong = 0
            var stopped = false
            for index in items.indices where items[index].status == nil {
                guard let activation = items[index].activation, let encryption = items[index].encryption else { continue }
                guard wrong < allowed else {
                    stopped = true
                    break
                }
                let card = cards[activation]
                let matches = hasher.verify(encryption.rawValue, against: card?.encryptionHash ?? dummy)
                if card == nil {
                    statuses[index] = .unknown
                    wrong += 1
                } else if !matches {
                    statuses[index] = .wrongEncryptionID
                    wrong += 1
                } else if card?.registration != nil {
                    statuses[index] = .alreadyRegistered
                } else if let error = card?.product.saleError(on: today) {
                    statuses[index] = .beforeLaunch(error)
                }
            }
            return (statuses, stopped)
        }
        for (index, status) in statuses { items[index].status = status }
        let failed = items.indices.filter { [.unknown, .wrongEncryptionID].contains(items[$0].status) }
        if !failed.isEmpty || stopped {
            let refusal = try await store.write { [items] records -> AttemptLimitError? in
                let actor = try records.resolve(acting.principal)
                let customer = try records.requireCustomer(email, visibleTo: actor)
                let dated = try records.dated(acting, in: customer.timeZone)
                for index in failed {
                    _ = try records.insertFailedAttempt(.encryptionID, account: account, address: acting.address, at: acting.now)
                    try records.recordChange(
                        .encryptionIDFailed, by: actor, dated, subject: items[index].entry.activationID,
                        partner: customer.partnerID, customer: customer.id,
                        after: ["activationID": items[index].entry.activationID, "address": acting.address])
                }
                let refusal = try records.attemptRefusal(
                    .encryptionID, account: account, address: acting.address, at: acting.now, limits: limits)
                if let refusal, stopped {
                    try records.recordChange(
                        .attemptsLimited, by: actor, dated, subject: account, partner: customer.partnerID,
                        customer: customer.id,
                        after: ["kind": AttemptKind.encryptionID.rawValue, "address": acting.address,
                                "retryAfter": String(refusal.retryAfter)])
                    return refusal
                }
                return nil
            }
            // Not every card could be checked: none is registered, and the batch is refused.
            if let refusal { throw refusal }
        }
        let checked = items
        @Sendable func result(_ licenses: [ActivationID: [License.ID]], registered: Bool) -> CardRegistrationResult {
            CardRegistrationResult(
                items: checked.map { item in
                    CardRegistrationItem(
                        entry: item.entry, activationID: item.activation, status: item.status ?? (registered ? .registered : .valid),
                        product: item.activation.flatMap { cards[$0]?.product },
                        licenses: item.activation.flatMap { licenses[$0] } ?? [])
                })
        }
        guard checked.allSatisfy({ $0.status == nil }) else { return result([:], registered: false) }
        return try await store.write { records in
            let actor = try records.resolve(acting.principal)
            let customer = try records.requireCustomer(email, visibleTo: actor)
            let dated = try records.dated(acting, in: customer.timeZone)
            let proxy = try actor.requireChange(in: customer, for: .cardsRegistered, customerMay: true)
            // Looked up again inside the write lock: another process may have registered one meanwhile.
            let current = try records.cards(checked.compactMap(\.activation))
            var licenses: [ActivationID: [License.ID]] = [:]
            for item in checked {
                guard let activation = item.activation, let card = current[activation] else { continue }
                if card.registration != nil { throw LedgerStoreError.refused(.cardRegisteredOnce) }
                licenses[activation] = try records.registerCard(card, to: customer.id, on: dated.today, at: dated.now)
            }
            let all = licenses.values.flatMap { $0 }
            try records.recordChange(
                .cardsRegistered, by: actor, dated, onBehalfOf: proxy, subject: email.description,
                partner: customer.partnerID, customer: customer.id,
                after: [
                    "cards": checked.compactMap { $0.activation?.description }.joined(separator: ","),
                    "licenses": all.rangesText, "registered": dated.today.description,
                ])
            return result(licenses, registered: true)
        }
    }
}

/// Checking one row of an issued-card list.
enum CardImport {
    static func check(_ record: CSVRecord, on day: CalendarDate, firstLine: inout [ActivationID: Int])
        -> (status: CardImportRow.Status?, card: (ActivationID, EncryptionID, Product)?)
    {
        let activation: ActivationID
        let encryption: EncryptionID
        let product: Product
        do {
            activation = try ActivationID(record["activation_id"] ?? "")
        } catch {
            return (.malformedActivationID(error), nil)
        }
        do {
            encryption = try EncryptionID(record["encryption_id"] ?? "")
        } catch {
            return (.malformedEncryptionID(error), nil)
        }
        let part = record["part"] ?? ""
        do {
            product = try Product.named(part)
        } catch {
            return (.unknownPart(part), nil)
        }
        guard product.term == .perpetual else { return (.notPerpetual(product.part), nil) }
        if let error = product.saleError(on: day) { return (.beforeLaunch(error), nil) }
        if let first = firstLine[activation] { return (.duplicated(firstLine: first), nil) }
        firstLine[activation] = record.line
        return (nil, (activation, encryption, product))
    }
}

extension Actor {
    /// The partner acting, if a partner acts.
    var partnerID: Partner.ID? {
        actingPartner?.id
    }
}
