import RemoCore
import Testing

struct MessageTests {
    enum SampleText: String, MessageCatalogue {
        case missing
        case reordered

        var english: String {
            switch self {
            case .missing: "{count} {count|license is|licenses are} missing for {customer}."
            case .reordered: "Expires on {date} for {customer}."
            }
        }

        var japanese: String {
            switch self {
            case .missing: "{customer}さまのライセンスが{count}本不足しています。"
            case .reordered: "{customer}さまの有効期限は{date}です。"
            }
        }
    }

    @Test func fillsNamedPlaceholdersInEachLanguagesOrder() throws {
        let message = SampleText.reordered(["date": .date(try CalendarDate(parsing: "2026-04-30")), "customer": "山田"])
        #expect(message.rendered(in: .english) == "Expires on 2026-04-30 for 山田.")
        #expect(message.rendered(in: .japanese) == "山田さまの有効期限は2026年4月30日です。")
    }

    @Test(arguments: [(1, "1 license is missing for A."), (3, "3 licenses are missing for A.")])
    func choosesEnglishPluralsByCount(count: Int, expected: String) {
        #expect(SampleText.missing(["count": .integer(count), "customer": "A"]).rendered(in: .english) == expected)
    }

    @Test func leavesAPlaceholderWithoutAValueVisible() {
        #expect(SampleText.reordered(["customer": "A"]).rendered(in: .english) == "Expires on {date} for A.")
    }

    @Test func currentLanguageChoosesTheDescription() {
        let message = SampleText.missing(["count": 2, "customer": "A"])
        Language.$current.withValue(.japanese) {
            #expect(message.description == "Aさまのライセンスが2本不足しています。")
        }
    }

    @Test func sampleCatalogueIsSoundAndCoreCatalogueToo() {
        #expect(SampleText.problems().isEmpty)
        #expect(CoreText.problems().isEmpty)
    }

    @Test func detectsPlaceholdersThatDifferBetweenLanguages() {
        enum Broken: String, MessageCatalogue {
            case one
            var english: String { "{a} and {b}" }
            var japanese: String { "{a}だけ" }
        }
        #expect(Broken.problems().count == 1)
    }

    @Test(arguments: [
        ([:], Language.english), (["LANG": "ja_JP.UTF-8"], .japanese), (["LANG": "C.UTF-8"], .english),
        (["REMO_LANG": "en", "LANG": "ja_JP.UTF-8"], .english), (["LC_ALL": "ja_JP.UTF-8", "LANG": "en_US"], .japanese),
    ])
    func choosesLanguageFromEnvironment(environment: [String: String], expected: Language) {
        #expect(Language.preferred(in: environment) == expected)
    }
}

/// A message's remedies: what to do about it, for each front end to word.
struct MessageRemedyTests {
    enum RemedyText: String, MessageCatalogue {
        case short
        case wrapped

        var english: String {
            switch self {
            case .short: "Add stock first."
            case .wrapped: "Refused: {reason}"
            }
        }

        var japanese: String {
            switch self {
            case .short: "先に在庫を追加してください。"
            case .wrapped: "拒否しました: {reason}"
            }
        }

        var remedies: [Remedy] { self == .short ? [.addStock] : [] }
    }

    struct Brackets: RemedyPresenter {
        func present(_ sentence: String, remedies: [Remedy], in language: Language) -> String {
            keepingFinalStop(of: sentence) { "\($0) [\(remedies.count)]" }
        }
    }

    @Test func aSentenceCarriesTheRemedyItsCatalogueGivesIt() {
        #expect(RemedyText.short().remedies == [.addStock])
        #expect(RemedyText.wrapped().remedies.isEmpty)
    }

    @Test func withoutAPresenterAMessageIsItsSentenceAlone() {
        #expect(RemedyText.short().rendered(in: .english) == "Add stock first.")
    }

    @Test func aPresenterAddsItsHintBeforeTheFinalFullStopInBothLanguages() {
        Remedy.$presenter.withValue(Brackets()) {
            #expect(RemedyText.short().rendered(in: .english) == "Add stock first [1].")
            #expect(RemedyText.short().rendered(in: .japanese) == "先に在庫を追加してください [1]。")
            #expect(RemedyText.short().sentence(in: .english) == "Add stock first.")
        }
    }

    @Test func anInnerMessagesRemediesGoToTheOuterOneEachOnce() {
        let inner = RemedyText.short().suggesting(.addStock, .assignLicenses)
        let outer = RemedyText.wrapped(["reason": .message(inner)])
        #expect(outer.allRemedies == [.addStock, .assignLicenses])
        Remedy.$presenter.withValue(Brackets()) {
            #expect(outer.rendered(in: .english) == "Refused: Add stock first [2].")
        }
    }
}
