import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

/// Partner users, the login use case, its attempt limits (counted in the
/// store), claim-code and encryption-ID limits, roles, sessions.
struct SecurityTests {
    static let admin = Harness.email("admin@p001.example.jp")
    static let installer = Harness.email("installer@p001.example.jp")
    static let password = "partner-pass-1"
    static let taro = Harness.email("taro@example.jp")

    /// P001 with an admin and an installer, P002, and taro (P001's customer).
    static func harness(_ store: StoreKind, _ harness: Harness? = nil) async throws -> Harness {
        let harness = try harness ?? Harness(store)
        try await harness.partner()
        try await harness.partner("P002")
        try await harness.customer("taro@example.jp")
        for (email, role) in [(admin, PartnerUser.Role.admin), (installer, .installer)] {
            _ = try await harness.ledger.addPartnerUser(
                partner: Harness.code("P001"), email: email, role: role, password: password, by: Harness.acting())
        }
        return harness
    }

    static func at(_ address: String, minutes: Double = 0, _ principal: Principal = .localOperator) -> Acting {
        var acting = Harness.acting(principal, hours: minutes / 60)
        acting.address = address
        return acting
    }

    func failLogins(_ ledger: Ledger, _ email: EmailAddress, times: Int, from address: String, minutes: Double = 0) async {
        for _ in 0..<times {
            await #expect(throws: AccountError.wrongPassword(email)) {
                try await ledger.signIn(email, password: "wrong-guess", at: Self.at(address, minutes: minutes))
            }
        }
    }

    @Test(arguments: StoreKind.cases) func partnerUsersLogInWithTheirPasswordAndRole(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        guard case .partnerUser(let user, let partner) = try await harness.ledger.signIn(
            Self.installer, password: Self.password, at: Self.at("10.0.0.1"))
        else { Issue.record("not a partner user"); return }
        #expect(user.role == .installer)
        #expect(partner.code == Harness.code("P001"))
        let users = try await harness.ledger.partnerUsers(of: Harness.code("P001"), by: Harness.acting())
        #expect(users.map(\.email) == [Self.admin, Self.installer])
        guard case .customer(let result, let taroPartner) = try await harness.ledger.signIn(
            Self.taro, password: "temporary-1", at: Self.at("10.0.0.1"))
        else { Issue.record("not a customer"); return }
        #expect(result.customer.email == Self.taro)
        #expect(taroPartner?.code == Harness.code("P001"))
    }

    @Test(arguments: StoreKind.cases) func aPartnerUserNeedsAStrongPasswordAndAFreeAddress(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        await #expect(throws: AccountError.weakPassword(minimumLength: 8)) {
            try await harness.ledger.addPartnerUser(
                partner: Harness.code("P001"), email: Harness.email("new@p001.example.jp"), role: .admin, password: "short",
                by: Harness.acting())
        }
        await #expect(throws: AccountError.emailTaken(Self.taro)) {
            try await harness.ledger.addPartnerUser(
                partner: Harness.code("P001"), email: Self.taro, role: .admin, password: Self.password, by: Harness.acting())
        }
        await #expect(throws: AccountError.emailTaken(Self.installer)) {
            try await harness.customer("installer@p001.example.jp")
        }
        // An installer may not add users; another partner may not add P001's.
        await #expect(throws: AccessError.self) {
            try await harness.ledger.addPartnerUser(
                partner: Harness.code("P001"), email: Harness.email("x@p001.example.jp"), role: .admin,
                password: Self.password, by: Harness.acting(.user(Self.installer)))
        }
        await #expect(throws: AccessError.otherPartner(actor: Harness.code("P002"), partner: Harness.code("P001"))) {
            try await harness.ledger.addPartnerUser(
                partner: Harness.code("P001"), email: Harness.email("x@p001.example.jp"), role: .admin,
                password: Self.password, by: Harness.acting(.partner(Harness.code("P002"))))
        }
    }

    @Test(arguments: StoreKind.cases) func aWrongPasswordAndAnUnknownAddressGetTheSameRefusalAndAreAuditedWithoutThePassword(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        let nobody = Harness.email("nobody@example.jp")
        await failLogins(harness.ledger, Self.taro, times: 1, from: "192.0.2.7")
        await failLogins(harness.ledger, nobody, times: 1, from: "192.0.2.7")
        let entries = try await harness.ledger.audit(by: Harness.acting()).filter { $0.action == .loginFailed }
        #expect(entries.map(\.subject) == ["taro@example.jp", "nobody@example.jp"])
        #expect(entries.allSatisfy { $0.actor.kind == .visitor && $0.after?["address"] == "192.0.2.7" })
        let everything = try await harness.ledger.audit(by: Harness.acting())
        #expect(!"\(everything)".contains("wrong-guess"))
        #expect(!"\(everything)".contains(Self.password))
        // Taro sees the failed try on his own account.
        let own = try await harness.ledger.audit(by: Harness.acting(.user(Self.taro)))
        #expect(own.contains { $0.action == .loginFailed })
    }

    @Test(arguments: StoreKind.cases) func failedLoginsFromOneAddressStopThatAddressNotTheOwnerElsewhere(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        await failLogins(harness.ledger, Self.taro, times: 5, from: "203.0.113.9")
        // The sixth try from there is refused, even with the right password.
        await #expect(throws: AttemptLimitError.tooMany(.login, retryAfter: 900)) {
            try await harness.ledger.signIn(Self.taro, password: "temporary-1", at: Self.at("203.0.113.9"))
        }
        // The owner, from their own address, is not locked out.
        _ = try await harness.ledger.signIn(Self.taro, password: "temporary-1", at: Self.at("198.51.100.4"))
        // Fifteen minutes later the address may try again.
        _ = try await harness.ledger.signIn(Self.taro, password: "temporary-1", at: Self.at("203.0.113.9", minutes: 15.1))
        let limited = try await harness.ledger.audit(by: Harness.acting()).filter { $0.action == .attemptsLimited }
        #expect(limited.count == 1)
        #expect(limited.first?.after?["address"] == "203.0.113.9")
    }

    @Test(arguments: StoreKind.cases) func aSuccessForgetsTheAccountsFailuresFromThatAddress(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        await failLogins(harness.ledger, Self.taro, times: 4, from: "203.0.113.9")
        _ = try await harness.ledger.signIn(Self.taro, password: "temporary-1", at: Self.at("203.0.113.9"))
        await failLogins(harness.ledger, Self.taro, times: 4, from: "203.0.113.9")
        _ = try await harness.ledger.signIn(Self.taro, password: "temporary-1", at: Self.at("203.0.113.9"))
    }

    @Test(arguments: StoreKind.cases) func oneAddressGuessingAtManyAccountsIsStopped(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        for index in 0..<20 {
            await failLogins(harness.ledger, Harness.email("guess\(index)@example.jp"), times: 1, from: "203.0.113.50")
        }
        await #expect(throws: AttemptLimitError.self) {
            try await harness.ledger.signIn(Self.admin, password: Self.password, at: Self.at("203.0.113.50"))
        }
        _ = try await harness.ledger.signIn(Self.admin, password: Self.password, at: Self.at("203.0.113.51"))
    }

    @Test func theLimitsHoldAcrossTwoLedgersOnOneFile() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("remo.sqlite")
        let first = try await Self.harness(.sqlite, Harness(store: try SQLiteLedgerStore(path: path, opening: .new(.simulation))))
        let second = Harness(store: try SQLiteLedgerStore(path: path))
        await failLogins(first.ledger, Self.taro, times: 3, from: "203.0.113.9")
        await failLogins(second.ledger, Self.taro, times: 2, from: "203.0.113.9")
        await #expect(throws: AttemptLimitError.self) {
            try await first.ledger.signIn(Self.taro, password: "temporary-1", at: Self.at("203.0.113.9"))
        }
        await #expect(throws: AttemptLimitError.self) {
            try await second.ledger.signIn(Self.taro, password: "temporary-1", at: Self.at("203.0.113.9"))
        }
    }

    @Test(arguments: StoreKind.cases) func triesSentAtOnceCannotPassTheLimitTogether(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        let ledger = harness.ledger
        let outcomes = await withTaskGroup(of: String.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    do {
                        _ = try await ledger.signIn(Self.taro, password: "wrong-guess", at: Self.at("203.0.113.9"))
                        return "in"
                    } catch is AttemptLimitError { return "limited" } catch { return "wrong" }
                }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == "wrong" }.count == 5)
        #expect(outcomes.filter { $0 == "limited" }.count == 7)
    }

    @Test(arguments: StoreKind.cases) func anInstallerRegistersAndReadsButDoesNothingElse(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        let installer = Harness.acting(.user(Self.installer))
        try await harness.stock("DG-JLE101W", 2)
        #expect(try await harness.ledger.customers(of: nil, by: installer).map(\.email) == [Self.taro])
        _ = try await harness.ledger.provisioningReport(.customer(Self.taro), by: installer)
        await #expect(throws: AccessError.self) {
            try await harness.ledger.assignLicenses(
                partner: Harness.code("P001"), customer: Self.taro, part: "DG-JLE101W", count: 1, confirmed: true, by: installer)
        }
        await #expect(throws: AccessError.self) {
            try await harness.ledger.addStock(partner: Harness.code("P001"), part: "DG-JLE101W", count: 1, order: nil, by: installer)
        }
        await #expect(throws: AccessError.self) { try await harness.ledger.audit(by: installer) }
        // The admin may what the partner may, and is named in the audit log.
        let admin = Harness.acting(.user(Self.admin))
        _ = try await harness.ledger.assignLicenses(
            partner: Harness.code("P001"), customer: Self.taro, part: "DG-JLE101W", count: 1, confirmed: true, by: admin)
        let entry = try #require(try await harness.ledger.audit(by: admin).last)
        #expect(entry.action == .licensesAssigned)
        #expect(entry.actor.name == Self.admin.description)
        // Registration: allowed (a refusal per item, not an access error).
        let result = try await harness.ledger.register(
            RegistrationRequest(
                customer: Self.taro, inputs: [RegistrationInput(input: "x", kind: .direct)], cameras: 1, site: "本社"),
            by: installer)
        #expect(result.items.count == 1)
    }

    @Test(arguments: StoreKind.cases) func anotherPartnersCodeAndAnUnknownCodeGetTheSameAnswer(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        let p001 = Harness.acting(.partner(Harness.code("P001")))
        var messages: [String] = []
        for code in ["P002", "P999"] {
            do {
                _ = try await harness.ledger.stock(of: Harness.code(code), by: p001)
                Issue.record("\(code) answered")
            } catch let error as AccessError {
                messages.append(error.message.description.replacingOccurrences(of: code, with: "CODE"))
            }
        }
        #expect(messages.count == 2)
        #expect(messages.first == messages.last)
        // The operator is still told a code is unknown.
        await #expect(throws: AccountError.unknownPartner(Harness.code("P999"))) {
            try await harness.ledger.stock(of: Harness.code("P999"), by: Harness.acting())
        }
    }

    @Test(arguments: StoreKind.cases) func aCustomerDoesNotSeeThePartnersStockInTheirAuditLog(_ store: StoreKind) async throws {
        let harness = try await Self.harness(store)
        try await harness.stock("DG-JLE101W", 5)
        try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp")
        let own = try await harness.ledger.audit(by: Harness.acting(.user(Self.taro)))
        let assignment = try #require(own.first { $0.action == .licensesAssigned })
        #expect(assignment.after?["available"] == nil)
        #expect(assignment.before?["available"] == nil)
        #expect(assignment.after?["count"] == "2")
        #expect(!own.contains { $0.action == .stockAdded })
        let partners = try await harness.ledger.audit(by: Harness.acting(.partner(Harness.code("P001"))))
        #expect(partners.first { $0.action == .licensesAssigned }?.after?["available"] == "3")
    }

    @Test func sessionsAreKeptHashedAndShared() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("remo.sqlite")
        let first = Harness(store: try SQLiteLedgerStore(path: path, opening: .new(.simulation)))
        let second = Harness(store: try SQLiteLedgerStore(path: path))
        let hash = String(repeating: "ab", count: 32)
        let now = Harness.epoch
        try await first.ledger.startSession(
            StoredSession(
                tokenHash: hash, email: Self.taro, role: "customer", partner: Harness.code("P001"), language: "ja",
                created: now, lastUsed: now),
            idleLimit: 3600)
        let found = try #require(try await second.ledger.session(hash, at: now.addingTimeInterval(1800), idleLimit: 3600))
        #expect(found.email == Self.taro)
        #expect(found.language == "ja")
        // Used at 30 minutes, so still alive at 80.
        #expect(try await first.ledger.session(hash, at: now.addingTimeInterval(4800), idleLimit: 3600) != nil)
        #expect(try await first.ledger.session(hash, at: now.addingTimeInterval(4800 + 3600), idleLimit: 3600) == nil)
        try await first.ledger.startSession(
            StoredSession(
                tokenHash: hash, email: Self.taro, role: "customer", partner: nil, language: nil, created: now, lastUsed: now),
            idleLimit: 3600)
        try await second.ledger.endSession(hash)
        #expect(try await first.ledger.session(hash, at: now, idleLimit: 3600) == nil)
    }

    @Test(arguments: StoreKind.cases) func aSessionUsedWithinAMinuteIsOnlyReadAndALaterUseIsRecorded(_ store: StoreKind) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let store = try SQLiteLedgerStore(path: folder.path("remo.sqlite"), opening: .new(.simulation))
        let harness = Harness(store: store)
        let hash = String(repeating: "cd", count: 32)
        let now = Harness.epoch
        try await harness.ledger.startSession(
            StoredSession(
                tokenHash: hash, email: Self.taro, role: "customer", partner: nil, language: nil, created: now, lastUsed: now),
            idleLimit: 3600)
        let recorded = { try await store.read { records in try records.storedSession(hash)?.lastUsed } }
        let soon = try #require(try await harness.ledger.session(hash, at: now.addingTimeInterval(59), idleLimit: 3600))
        #expect(soon.lastUsed == now.addingTimeInterval(59))
        #expect(try await recorded() == now)
        _ = try #require(try await harness.ledger.session(hash, at: now.addingTimeInterval(61), idleLimit: 3600))
        #expect(try await recorded() == now.addingTimeInterval(61))
        // An idle limit under a minute still ends the session on time.
        #expect(try await harness.ledger.session(hash, at: now.addingTimeInterval(61 + 30), idleLimit: 20) == nil)
        #expect(try await recorded() == nil)
    }
}

/// Wrong claim codes and encryption IDs, counted per acting user and per address.
struct SecretAttemptTests {
    @Test(arguments: StoreKind.cases) func wrongClaimCodesAreLimitedPerUserAndAudited(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        try await tests.label(["RG0001"])
        let harness = tests.harness
        let wrong = RegistrationCode(serial: try SerialNumber("RG0001"), claimCode: ClaimCode(randomBytes: [1, 2, 3, 4, 5, 6, 7, 8]))
        func attempt(_ principal: Principal, code: String, address: String = "203.0.113.9") async throws -> RegistrationResult {
            try await harness.ledger.register(
                RegistrationRequest(
                    customer: Harness.email("taro@example.jp"), inputs: [RegistrationTests.typed(code)], cameras: 0,
                    site: "本社"),
                by: SecurityTests.at(address, principal))
        }
        let taro = Principal.user(Harness.email("taro@example.jp"))
        for _ in 0..<10 {
            #expect(try await attempt(taro, code: wrong.description).items[0].status == .wrongClaimCode)
        }
        // The eleventh try is refused before anything is checked, even the right code.
        await #expect(throws: AttemptLimitError.self) {
            try await attempt(taro, code: try RegistrationTests.code("RG0001"))
        }
        // Someone else (the partner), from elsewhere, is not stopped by taro's tries.
        let registered = try await attempt(.partner(Harness.code("P001")), code: try RegistrationTests.code("RG0001"), address: "local")
        #expect(registered.items[0].status != .tooManyAttempts)
        #expect(registered.items[0].status != .wrongClaimCode)
        let failed = try await harness.ledger.audit(by: Harness.acting()).filter { $0.action == .claimCodeFailed }
        #expect(failed.count == 10)
        #expect(failed.allSatisfy { $0.subject == "RG0001" && $0.after?["address"] == "203.0.113.9" })
        let audit = "\(try await harness.ledger.audit(by: Harness.acting()))"
        #expect(!audit.contains(wrong.description))
        #expect(!audit.contains(try RegistrationTests.code("RG0001")))
    }

    @Test(arguments: StoreKind.cases) func aBatchMeetingTheLimitMidwayIsRefusedItemByItem(_ store: StoreKind) async throws {
        let tests = try await RegistrationTests(harness: Harness(store))
        let serials = (1...12).map { String(format: "RG%04d", $0) }
        try await tests.label(serials)
        let inputs = try serials.map { serial in
            RegistrationTests.typed(
                RegistrationCode(serial: try SerialNumber(serial), claimCode: ClaimCode(randomBytes: [9, 9, 9, 9, 9, 9, 9, 9]))
                    .description)
        }
        let result = try await tests.harness.ledger.register(
            RegistrationRequest(customer: Harness.email("taro@example.jp"), inputs: inputs, cameras: 0, site: "本社"),
            by: SecurityTests.at("203.0.113.9", .user(Harness.email("taro@example.jp"))))
        #expect(result.items.prefix(10).allSatisfy { $0.status == .wrongClaimCode })
        #expect(result.items.suffix(2).allSatisfy { $0.status == .tooManyAttempts })
    }
}

/// Wrong encryption IDs: counted and audited; past the limit nothing more is checked.
struct EncryptionIDAttemptTests {
    @Test(arguments: StoreKind.cases) func wrongEncryptionIDsAreCountedAndStopAtTheLimit(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        _ = try await harness.ledger.importCards(
            Array("activation_id,encryption_id,part\nAAAA-BBBB-CCCC-DDDD,1111-2222,DG-JLE100W-8A\n".utf8), source: "cards.csv",
            by: Harness.acting())
        let taro = Harness.email("taro@example.jp")
        let acting = SecurityTests.at("203.0.113.9", .user(taro))
        let wrong = (0..<4).map { CardEntry(activationID: "AAAA-BBBB-CCCC-DDDD", encryptionID: "9999-000\($0)") }
        for entry in wrong.prefix(1) {
            let result = try await harness.ledger.registerCards([entry], to: taro, by: acting)
            #expect(result.items.map(\.status) == [.wrongEncryptionID])
        }
        // Nine more wrong tries in one batch (each activation ID once a batch): the limit is 10.
        for index in 0..<9 {
            _ = try await harness.ledger.registerCards(
                [CardEntry(activationID: "AAAA-BBBB-CCCC-DDDD", encryptionID: "8888-000\(index)")], to: taro, by: acting)
        }
        await #expect(throws: AttemptLimitError.self) {
            try await harness.ledger.registerCards(
                [CardEntry(activationID: "AAAA-BBBB-CCCC-DDDD", encryptionID: "1111-2222")], to: taro, by: acting)
        }
        let audit = try await harness.ledger.audit(by: Harness.acting())
        #expect(audit.filter { $0.action == .encryptionIDFailed }.count == 10)
        #expect(!"\(audit)".contains("9999-0000") && !"\(audit)".contains("99990000"))
        // The partner, who did not guess, registers the card.
        let partner = try await harness.ledger.registerCards(
            [CardEntry(activationID: "AAAA-BBBB-CCCC-DDDD", encryptionID: "1111-2222")], to: taro,
            by: Harness.acting(.partner(Harness.code("P001"))))
        #expect(partner.items.map(\.status) == [.registered])
    }
}
