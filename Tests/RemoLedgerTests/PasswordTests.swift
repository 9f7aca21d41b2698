import Foundation
import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct PasswordTests {
    let taro = Harness.email("taro@example.jp")

    func harnessWithMailedPassword(_ store: StoreKind) async throws -> (Harness, String) {
        let harness = try Harness(store)
        try await harness.partner()
        _ = try await harness.ledger.addCustomer(
            partner: Harness.code("P001"), name: "Taro", email: taro, password: .generated, by: Harness.acting())
        return (harness, try #require(harness.outbox.password(for: "taro@example.jp")))
    }

    @Test(arguments: StoreKind.cases) func loggingInWithTheMailedPasswordConfirmsTheAddress(_ store: StoreKind) async throws {
        let (harness, password) = try await harnessWithMailedPassword(store)
        #expect(try await harness.ledger.customer(taro, by: Harness.acting()).emailConfirmation == nil)
        let result = try await harness.ledger.logIn(taro, password: password, at: Harness.acting(hours: 23))
        #expect(result.mustChangePassword)
        #expect(result.customer.emailConfirmation?.method == .mailedPassword)
        #expect(result.customer.lastLogin == Harness.acting(hours: 23).now)
    }

    @Test(arguments: StoreKind.cases) func theMailedPasswordExpiresAfter24Hours(_ store: StoreKind) async throws {
        let (harness, password) = try await harnessWithMailedPassword(store)
        let expiry = Harness.epoch.addingTimeInterval(24 * 3600)
        await #expect(throws: AccountError.initialPasswordExpired(taro, expired: expiry)) {
            try await harness.ledger.logIn(taro, password: password, at: Harness.acting(hours: 24.01))
        }
        await #expect(throws: AccountError.self) {
            try await harness.ledger.changePassword(taro, current: password, new: "my-own-pass", at: Harness.acting(hours: 30))
        }
    }

    @Test(arguments: StoreKind.cases) func forgotPasswordMailsANewOneValidFor24HoursMore(_ store: StoreKind) async throws {
        let (harness, old) = try await harnessWithMailedPassword(store)
        _ = try await harness.ledger.renewPassword(taro, by: Harness.acting(hours: 30))
        let new = try #require(harness.outbox.password(for: "taro@example.jp"))
        #expect(new != old)
        #expect(harness.outbox.delivered.count == 2)
        await #expect(throws: AccountError.wrongPassword(taro)) {
            try await harness.ledger.logIn(taro, password: old, at: Harness.acting(hours: 31))
        }
        #expect(try await harness.ledger.logIn(taro, password: new, at: Harness.acting(hours: 53)).mustChangePassword)
    }

    @Test(arguments: StoreKind.cases) func changingThePasswordMakesItTheCustomersOwn(_ store: StoreKind) async throws {
        let (harness, password) = try await harnessWithMailedPassword(store)
        await #expect(throws: AccountError.weakPassword(minimumLength: 8)) {
            try await harness.ledger.changePassword(taro, current: password, new: "short", at: Harness.acting(hours: 1))
        }
        await #expect(throws: AccountError.samePassword) {
            try await harness.ledger.changePassword(taro, current: password, new: password, at: Harness.acting(hours: 1))
        }
        await #expect(throws: AccountError.wrongPassword(taro)) {
            try await harness.ledger.changePassword(taro, current: "not-it-at-all", new: "my-own-pass", at: Harness.acting(hours: 1))
        }
        let customer = try await harness.ledger.changePassword(taro, current: password, new: "my-own-pass", at: Harness.acting(hours: 1))
        #expect(customer.emailConfirmation?.method == .mailedPassword)
        let result = try await harness.ledger.logIn(taro, password: "my-own-pass", at: Harness.acting(on: "2026-01-01"))
        #expect(!result.mustChangePassword)
        #expect(!result.shouldResetPassword)
        #expect(try await harness.audit().map(\.action).suffix(2) == [.passwordChanged, .loggedIn])
    }

    @Test(arguments: StoreKind.cases) func aTemporaryPasswordProvesNothingAboutTheAddress(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp", confirmed: false)
        let result = try await harness.ledger.logIn(taro, password: "temporary-1", at: Harness.acting(on: "2025-05-01"))
        #expect(result.customer.emailConfirmation == nil)
        #expect(!result.mustChangePassword)
        #expect(!result.shouldResetPassword)
    }

    @Test(arguments: StoreKind.cases) func afterHandOverTheLoginPromptSaysResetThePassword(_ store: StoreKind) async throws {
        let harness = try Harness(store)
        try await harness.partner()
        try await harness.customer("taro@example.jp")
        _ = try await harness.ledger.handOver(taro, by: Harness.acting())
        #expect(try await harness.ledger.logIn(taro, password: "temporary-1", at: Harness.acting(hours: 1)).shouldResetPassword)
    }

    @Test func hashesAreSaltedAndVerifiedOnlyByTheRightSecret() throws {
        let hasher = SecretHasher(cost: .minimal)
        let first = try hasher.hash("パスワード123")
        let second = try hasher.hash("パスワード123")
        #expect(first != second)
        #expect(hasher.verify("パスワード123", against: second))
        #expect(!hasher.verify("パスワード124", against: first))
        #expect(SecretHash(first.description) == first)
        #expect(SecretHash("scrypt$ln=1,r=1,p=1$$") == nil)
        #expect(SecretHash("bcrypt$x") == nil)
    }

    @Test func verificationUsesTheCostStoredInTheHash() throws {
        let strong = try SecretHasher(cost: SecretHasher.Cost(log2N: 4, blockSize: 2, parallelism: 1)).hash("secret")
        #expect(SecretHasher(cost: .minimal).verify("secret", against: strong))
    }
}
