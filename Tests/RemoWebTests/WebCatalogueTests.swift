import RemoCommands
import RemoCore
import RemoLedger
import RemoWeb
import Testing

/// The web's and `remo serve`'s sentences exist in both languages with the same placeholders.
struct WebCatalogueTests {
    @Test func theWebCatalogueIsSound() {
        #expect(WebText.problems().isEmpty)
    }

    @Test func theServeCatalogueIsSound() {
        #expect(ServeCommandText.problems().isEmpty)
    }

    @Test func everyRegistrationStatusHasAPieceOfAdviceOnTheScanPage() throws {
        let script = String(decoding: WebAssets.script, as: UTF8.self)
        for status in RegistrationItem.Status.allCases.map(\.code) {
            #expect(script.contains("\"\(status)\":"), "\(status)")
        }
    }
}
