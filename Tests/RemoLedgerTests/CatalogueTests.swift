import RemoCore
import RemoLedger
import RemoSQLite
import Testing

struct CatalogueTests {
    @Test func ledgerCatalogueIsSoundInBothLanguages() {
        #expect(LedgerText.problems().isEmpty)
    }

    @Test func everyActionAndRuleHasANameForPeople() {
        for action in AuditAction.allCases {
            #expect(!action.name.rendered(in: .japanese).isEmpty)
        }
        for rule in StoreRule.allCases {
            #expect(LedgerStoreError.refused(rule).message.rendered(in: .english).contains(rule.name.rendered(in: .english)))
        }
    }

    @Test func aRefusalReadsInBothLanguages() {
        let error = StockError.notEnoughStock(partner: Harness.code("P001"), part: "DG-JLE101W", available: 3, requested: 5)
        #expect(
            error.message.rendered(in: .english)
                == "Partner P001 has 3 DG-JLE101W licenses in stock, fewer than the 5 asked for. Nothing was assigned: add stock to the partner first."
        )
        #expect(
            error.message.rendered(in: .japanese)
                == "販売パートナー P001 の DG-JLE101W の在庫は3本で、指定された5本に足りません。何も割り当てていません。先に販売パートナーの在庫を追加してください。"
        )
    }
}
