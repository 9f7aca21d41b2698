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

    @Test func aRefusalNamesItsRuleAndDatesInBothLanguages() throws {
        let refusal = PerpetualRules.Refusal.changeWindowClosed(
            .move, assigned: try #require(CalendarDate("2026-03-31")), lastDay: try #require(CalendarDate("2026-04-30")),
            on: try #require(CalendarDate("2026-05-07")))
        #expect(
            refusal.message.rendered(in: .japanese)
                == "この永年ライセンスは2026年3月31日に割り当てられました。別のカメラへの付け替えは割り当て後30日以内 (2026年4月30日まで) に限られるため、2026年5月7日には付け替えできません。"
        )
        #expect(
            refusal.message.rendered(in: .english)
                == "This perpetual license was assigned on 2026-03-31: it could be moved to another camera only within 30 days, until 2026-04-30. On 2026-05-07 it stays with its camera."
        )
        #expect(Language.$current.withValue(.japanese) { refusal.description } == refusal.message.rendered(in: .japanese))
    }
}
