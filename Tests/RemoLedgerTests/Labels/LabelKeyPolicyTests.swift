import Foundation
import RemoCore
import RemoLedger
import Testing

/// What happens to claim codes when the label key file is lost or replaced.
struct LabelKeyPolicyTests {
    @Test(arguments: StoreKind.cases) func aBatchNeverMakesAKeyByItself(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        try FileManager.default.removeItem(atPath: fixture.keyFile.path)
        let absent = await #expect(throws: LabelKeyError.self) {
            try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(2))))
        }
        #expect(absent == .absent(path: fixture.keyFile.path))
        #expect(absent?.message.rendered(in: .english).contains(fixture.keyFile.path) == true)
        #expect(!FileManager.default.fileExists(atPath: fixture.keyFile.path) && fixture.outputFiles().isEmpty)
        #expect(try await fixture.manifest(["AB0001"]).isEmpty)
    }

    @Test(arguments: StoreKind.cases) func aMissingKeyFileIsNeverReplacedSilently(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        try await fixture.make(fixture.request(LabelFixture.csv(LabelFixture.rows(3))))
        try FileManager.default.removeItem(atPath: fixture.keyFile.path)
        let units = LabelFixture.csv(LabelFixture.rows(3) + LabelFixture.rows(2, prefix: "CD"))
        let missing = await #expect(throws: LabelKeyError.self) {
            try await fixture.make(fixture.request(units, output: fixture.folder.path("second")))
        }
        #expect(missing == .missing(path: fixture.keyFile.path, labels: 3))
        #expect(missing?.message.rendered(in: .english).contains("Restore the key file") == true)
        #expect(!FileManager.default.fileExists(atPath: fixture.keyFile.path))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.path("second")))

        // A new key, asked for: the units labeled with the lost key cannot be printed again
        // (and a refused run makes no key)...
        let renewed = try await fixture.make(fixture.request(units, newKey: true, output: fixture.folder.path("second")))
        #expect(!renewed.succeeded && !renewed.keyCreated)
        #expect(renewed.rows.map(\.status.code) == ["other-key", "other-key", "other-key", "valid", "valid"])
        #expect(!FileManager.default.fileExists(atPath: fixture.keyFile.path))
        // ...unless they get new labels; new units are labeled with the new key.
        let reissued = try await fixture.make(
            fixture.request(units, reissue: true, newKey: true, output: fixture.folder.path("third")))
        #expect(reissued.succeeded && reissued.keyCreated && reissued.count("reissued") == 3 && reissued.count("new") == 2)
        let key = try #require(try fixture.keyFile.load())
        #expect(try await fixture.manifest(["AB0001"])[try SerialNumber("AB0001")]?.last?.keyID == key.id)

        let exists = await #expect(throws: LabelKeyError.self) {
            try await fixture.make(fixture.request(units, newKey: true, output: fixture.folder.path("fourth")))
        }
        #expect(exists == .exists(path: fixture.keyFile.path))
    }

    @Test(arguments: StoreKind.cases) func anotherKeyFileCannotPrintLabelsMadeWithTheFirst(_ store: StoreKind) async throws {
        let fixture = try LabelFixture(store)
        defer { fixture.remove() }
        let units = LabelFixture.csv(LabelFixture.rows(2))
        try await fixture.make(fixture.request(units))
        let other = LabelKeyFile(path: fixture.folder.path("other.label-key"))
        _ = try other.create()
        let result = try await fixture.make(fixture.request(units, keyFile: other, output: fixture.folder.path("again")))
        #expect(result.rows.map(\.status) == [.otherKey(keyID: try #require(try fixture.keyFile.load()).id), result.rows[1].status])
        #expect(result.rows[0].status.message.rendered(in: .japanese).contains("別のラベル鍵"))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.path("again")))
    }
}
