import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct AccountTests {
    @Test(arguments: StoreKind.cases) func operatorAddsPartnersAndTheAuditLogSaysSo(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        let partner = try await harness.partner("P001")
        #expect(partner.code.rawValue == "P001")
        let entries = try await harness.audit()
        #expect(entries.count == 1)
        #expect(entries[0].action == .partnerAdded)
        #expect(entries[0].actor == AuditActor(kind: .localOperator, name: "operator"))
        #expect(entries[0].before == nil)
        #expect(entries[0].after?["code"] == "P001")
    }

    @Test(arguments: StoreKind.cases) func aPartnerCodeOrLoginIsUsedOnce(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner("P001", email: "ops@a.example.jp")
        await #expect(throws: AccountError.partnerCodeTaken(Harness.code("P001"))) {
            try await harness.partner("P001", email: "other@a.example.jp")
        }
        await #expect(throws: AccountError.emailTaken(Harness.email("OPS@a.example.jp"))) {
            try await harness.partner("P002", email: "OPS@a.example.jp")
        }
        try await harness.customer("taro@example.jp")
        await #expect(throws: AccountError.emailTaken(Harness.email("taro@example.jp"))) {
            try await harness.customer("Taro@Example.jp")
        }
    }

    @Test(arguments: StoreKind.cases) func onlyTheOperatorAddsPartners(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner("P001")
        await #expect(throws: AccessError.operatorOnly(actor: "P001", action: .partnerAdded)) {
            try await harness.ledger.addPartner(
                code: Harness.code("P002"), name: "B", email: Harness.email("b@b.example.jp"),
                by: Harness.acting(.partner(Harness.code("P001"))))
        }
    }

    @Test(arguments: StoreKind.cases) func unknownPartnerIsRefusedByCode(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        await #expect(throws: AccountError.unknownPartner(Harness.code("NOPE"))) {
            try await harness.customer("taro@example.jp", of: "NOPE")
        }
        #expect(throws: AccountError.malformedPartnerCode("P 1")) { try Partner.Code("P 1") }
    }

    @Test(arguments: StoreKind.cases) func aGeneratedPasswordIsMailedAndStoredOnlyAsAHash(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        let added = try await harness.ledger.addCustomer(
            partner: Harness.code("P001"), name: "山田 太郎", email: Harness.email("taro@example.jp"), password: .generated,
            by: Harness.acting())
        #expect(added.mail == "memory:password-\(added.customer.id)-\(Int(Harness.epoch.timeIntervalSince1970))")
        let password = try #require(harness.outbox.password(for: "taro@example.jp"))
        #expect(password.count == 12)
        let credential = try #require(try await harness.store.read { try $0.credential(of: added.customer.id) })
        #expect(credential.kind == .initial)
        #expect(!credential.hash.description.contains(password))
        #expect(SecretHasher(cost: .minimal).verify(password, against: credential.hash))
        let audit = try await harness.audit().last
        #expect(audit?.after?.values.contains { $0.contains(password) } == false)
    }

    @Test(arguments: StoreKind.cases) func aTemporaryPasswordSendsNoMailAndMustBeLongEnough(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        let added = try await harness.ledger.addCustomer(
            partner: Harness.code("P001"), name: "A", email: Harness.email("a@example.jp"), password: .temporary("abcdefgh"),
            by: Harness.acting())
        #expect(added.mail == nil)
        #expect(harness.outbox.delivered.isEmpty)
        await #expect(throws: AccountError.weakPassword(minimumLength: 8)) {
            try await harness.ledger.addCustomer(
                partner: Harness.code("P001"), name: "B", email: Harness.email("b@example.jp"),
                password: .temporary("short"), by: Harness.acting())
        }
    }

    @Test(arguments: StoreKind.cases) func aLikelyTypoIsReportedWhenTheCustomerIsAdded(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        let added = try await harness.ledger.addCustomer(
            partner: Harness.code("P001"), name: "A", email: Harness.email("a@gmial.com"), password: .generated,
            by: Harness.acting())
        #expect(added.likelyTypo == "gmail.com")
    }

    @Test(arguments: StoreKind.cases) func termsAreAcceptedOnlyByTheCustomer(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        await #expect(throws: AccessError.customerOnly(actor: "P001", customer: Harness.email("taro@example.jp"), action: .termsAccepted)) {
            try await harness.ledger.acceptTerms(
                of: Harness.email("taro@example.jp"), version: "2024-10", by: Harness.acting(.partner(Harness.code("P001"))))
        }
        let customer = try await harness.ledger.acceptTerms(
            of: Harness.email("taro@example.jp"), version: "2024-10",
            by: Harness.acting(.user(Harness.email("taro@example.jp")), hours: 5))
        #expect(customer.termsAccepted?.version == "2024-10")
        #expect(try await harness.audit().last?.actor == AuditActor(kind: .customer, name: "taro@example.jp"))
    }

    @Test(arguments: StoreKind.cases) func afterHandOverThePartnerActsOnlyAsAProxy(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        let partner = Harness.acting(.partner(Harness.code("P001")))
        try await harness.stock("DG-JLE101W", 2)
        try await harness.assign("DG-JLE101W", 2, to: "taro@example.jp")
        _ = try await harness.ledger.addCamera(
            to: Harness.email("taro@example.jp"), site: "本社", connection: .edgeStorage, name: "before", by: partner)
        #expect(try await harness.audit().last?.onBehalfOf == nil)
        _ = try await harness.ledger.handOver(Harness.email("taro@example.jp"), by: partner)
        _ = try await harness.ledger.addCamera(
            to: Harness.email("taro@example.jp"), site: "本社", connection: .edgeStorage, name: "after", by: partner)
        let last = try #require(try await harness.audit().last)
        #expect(last.action == .cameraAdded)
        #expect(last.actor == AuditActor(kind: .partner, name: "P001"))
        #expect(last.onBehalfOf == Harness.email("taro@example.jp"))
        await #expect(throws: AccountError.self) { try await harness.ledger.handOver(Harness.email("taro@example.jp"), by: partner) }
    }

    @Test(arguments: StoreKind.cases) func sharedUsersReadButChangeNothing(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        let shared = Harness.email("viewer@example.jp")
        _ = try await harness.ledger.addSharedUser(
            to: Harness.email("taro@example.jp"), email: shared, name: "Viewer",
            by: Harness.acting(.user(Harness.email("taro@example.jp"))))
        let viewer = Harness.acting(.user(shared))
        #expect(try await harness.ledger.customers(by: viewer).map(\.email) == [Harness.email("taro@example.jp")])
        await #expect(throws: AccessError.readOnly(shared)) {
            try await harness.ledger.addCamera(
                to: Harness.email("taro@example.jp"), site: "A", connection: .edgeStorage, name: "x", by: viewer)
        }
        await #expect(throws: AccessError.readOnly(shared)) {
            try await harness.ledger.renewPassword(Harness.email("taro@example.jp"), by: viewer)
        }
        await #expect(throws: AccessError.readOnly(shared)) {
            try await harness.ledger.addSharedUser(
                to: Harness.email("taro@example.jp"), email: Harness.email("x@example.jp"), name: "X", by: viewer)
        }
    }

    @Test(arguments: StoreKind.cases) func aPartnerCannotSeeAnotherPartnersCustomers(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner("P001")
        try await harness.partner("P002")
        try await harness.customer("taro@example.jp", of: "P001")
        try await harness.customer("hanako@example.jp", of: "P002")
        let second = Harness.acting(.partner(Harness.code("P002")))
        #expect(try await harness.ledger.customers(by: second).map(\.email) == [Harness.email("hanako@example.jp")])
        await #expect(throws: AccountError.unknownCustomer(Harness.email("taro@example.jp"))) {
            try await harness.ledger.customer(Harness.email("taro@example.jp"), by: second)
        }
        await #expect(throws: AccessError.otherPartner(actor: Harness.code("P002"), partner: Harness.code("P001"))) {
            try await harness.ledger.customers(of: Harness.code("P001"), by: second)
        }
        #expect(try await harness.ledger.audit(by: second).allSatisfy { $0.partnerID != nil })
        #expect(try await harness.ledger.audit(by: second).contains { $0.subject == "taro@example.jp" } == false)
    }

    @Test(arguments: StoreKind.cases) func aCustomerCannotTouchPartnerStock(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        let customer = Harness.acting(.user(Harness.email("taro@example.jp")))
        await #expect(throws: AccessError.partnerOnly(actor: Harness.email("taro@example.jp"), action: .stockAdded)) {
            try await harness.ledger.addStock(partner: Harness.code("P001"), part: "DG-JLE101W", count: 5, order: nil, by: customer)
        }
        await #expect(throws: AccessError.partnerOnly(actor: Harness.email("taro@example.jp"), action: .licensesAssigned)) {
            try await harness.ledger.assignLicenses(
                partner: Harness.code("P001"), customer: Harness.email("taro@example.jp"), part: "DG-JLE101W", count: 1,
                confirmed: true, by: customer)
        }
    }

    @Test(arguments: StoreKind.cases) func anUnknownUserIsNamed(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        await #expect(throws: AccessError.unknownUser(Harness.email("who@example.jp"))) {
            try await harness.ledger.customers(by: Harness.acting(.user(Harness.email("who@example.jp"))))
        }
    }
}
