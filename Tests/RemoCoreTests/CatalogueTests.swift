import RemoCore
import Testing

struct CatalogueTests {
    @Test func everyCoreCatalogueIsSoundInBothLanguages() {
        #expect(CoreText.problems().isEmpty)
        #expect(LicenseText.problems().isEmpty)
        #expect(IdentifierText.problems().isEmpty)
        #expect(PayloadText.problems().isEmpty)
        #expect(CSVText.problems().isEmpty)
    }

    @Test func japaneseUsesTheServicesTerms() {
        #expect(IdentifierText.nameActivationID.japanese == "起動ID番号")
        #expect(IdentifierText.nameEncryptionID.japanese == "暗号ID番号")
        #expect(IdentifierText.nameDeviceID.japanese == "機器ID番号")
        #expect(LicenseText.statusPerpetual.japanese == "永年")
        #expect(LicenseText.statusExpired.japanese == "期限切れ")
        #expect(LicenseText.statusActive.japanese == "有効")
    }
}
