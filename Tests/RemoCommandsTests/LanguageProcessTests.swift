import Foundation
import RemoCommands
import RemoCore
import Testing

/// The language the real `remo` speaks: `--lang`, else `REMO_LANG`, else the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; the parser's own
/// words (help headings, its errors) too; machine output never.
struct LanguageProcessTests {
    /// A refusal that names a date, whose sentence differs between the languages.
    static let badDate = ["license", "dates", "--assigned", "2026-02-30", "--term", "1y"]

    static func language(of run: RemoProcess.Result) -> Language? {
        let english = run.standardError.contains("\"2026-02-30\" is not a day on the calendar")
        let japanese = run.standardError.contains("「2026-02-30」という日は暦にありません")
        switch (english, japanese) {
        case (true, false): return .english
        case (false, true): return .japanese
        default: return nil
        }
    }

    @Test(arguments: [
        ([String](), [String: String](), Language.english),
        ([], ["LANG": "ja_JP.UTF-8"], .japanese),
        ([], ["LANG": "ja_JP.eucJP"], .japanese),
        ([], ["LANG": "en_US.UTF-8"], .english),
        ([], ["LANG": "C.UTF-8"], .english),
        ([], ["LC_MESSAGES": "ja_JP.UTF-8", "LANG": "en_US.UTF-8"], .japanese),
        ([], ["LC_ALL": "C", "LC_MESSAGES": "ja_JP.UTF-8", "LANG": "ja_JP.UTF-8"], .english),
        ([], ["LC_ALL": "ja_JP.UTF-8", "LANG": "C"], .japanese),
        ([], ["LC_ALL": "", "LANG": "ja_JP.UTF-8"], .japanese),
        ([], ["REMO_LANG": "en", "LC_ALL": "ja_JP.UTF-8"], .english),
        ([], ["REMO_LANG": "ja", "LANG": "C"], .japanese),
        ([], ["REMO_LANG": "ja_JP.UTF-8"], .japanese),
        (["--lang", "en"], ["REMO_LANG": "ja", "LANG": "ja_JP.UTF-8"], .english),
        (["--lang=ja"], ["REMO_LANG": "en", "LC_ALL": "C"], .japanese),
    ])
    func theLanguageComesFromTheOptionThenREMO_LANGThenTheLocale(
        options: [String], environment: [String: String], expected: Language
    ) throws {
        // `--lang` is accepted before the verb and after it.
        for arguments in [options + LanguageProcessTests.badDate, LanguageProcessTests.badDate + options] {
            let run = try RemoProcess.run(arguments, environment: environment)
            #expect(run.status == 64)
            #expect(LanguageProcessTests.language(of: run) == expected, "\(arguments) \(environment): \(run.standardError)")
        }
    }

    @Test func helpIsJapaneseThroughoutIncludingTheParsersOwnWords() throws {
        let run = try RemoProcess.run(["license", "dates", "--help"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(run.status == 0)
        let help = run.standardOutput
        for expected in [
            "概要: 1年・5年ライセンスを割り当てた日からの無料期間と有効期限。", "使い方: remo license dates", "オプション:",
            "契約ユーザーにライセンスを割り当てる日。", "バージョンを表示します。", "この説明を表示します。", "(値: 1y, 5y)",
        ] {
            #expect(help.contains(expected), "\(expected)")
        }
        for english in ["OVERVIEW", "USAGE", "OPTIONS", "Show help information", "(values:"] {
            #expect(!help.contains(english), "\(english)")
        }
        let root = try RemoProcess.run(["--lang", "ja", "--help"])
        #expect(root.standardOutput.contains("サブコマンド:"))
        #expect(root.standardOutput.contains("サブコマンドの詳しい説明は 'remo help <subcommand>' で表示します。"))
        let english = try RemoProcess.run(["license", "dates", "--help"], environment: ["LANG": "C"])
        #expect(english.standardOutput.contains("OVERVIEW: The free period and expiry"))
        #expect(english.standardOutput.contains("Show help information."))
    }

    @Test func theParsersErrorsAreJapaneseWithTheirValues() throws {
        let japanese = ["LANG": "ja_JP.UTF-8"]
        let choice = try RemoProcess.run(["license", "dates", "--assigned", "2026-04-30", "--term", "3y"], environment: japanese)
        #expect(choice.status == 64)
        #expect(choice.standardError.contains("エラー: '--term <1y|5y>' に '3y' は指定できません。'1y'、'5y' のいずれかを指定してください。"))
        #expect(choice.standardError.contains("使い方: remo license dates"))
        #expect(choice.standardError.contains("詳しくは 'remo license dates --help' を参照してください。"))
        let missing = try RemoProcess.run(["license", "dates", "--term", "1y"], environment: japanese)
        #expect(missing.standardError.contains("エラー: '--assigned <yyyy-mm-dd>' を指定してください。"))
        let extra = try RemoProcess.run(["license", "dates", "--assigned", "2026-04-30", "--term", "1y", "余分"], environment: japanese)
        #expect(extra.standardError.contains("エラー: 余分な引数 '余分' があります。"))
        let reason = try RemoProcess.run(["license", "dates", "--assigned", "4月30日", "--term", "1y"], environment: japanese)
        #expect(reason.standardError.contains("エラー: '--assigned <yyyy-mm-dd>' の値 '4月30日' は正しくありません: 「4月30日」は日付ではありません。"))
        for run in [choice, missing, extra, reason] {
            #expect(!run.standardError.contains("Error:") && !run.standardError.contains("Usage:"), "\(run.standardError)")
        }
    }

    @Test func machineOutputIsTheSameInEveryLanguage() throws {
        let arguments = ["license", "dates", "--assigned", "2026-03-20", "--term", "1y", "--json"]
        let english = try RemoProcess.run(arguments + ["--lang", "en"])
        let japanese = try RemoProcess.run(arguments + ["--lang", "ja"])
        #expect(english.status == 0 && japanese.status == 0)
        #expect(english.standardOutput.contains("\"expires\" : \"2027-04-30\""))
        #expect(japanese.standardOutput == english.standardOutput)
    }

    @Test func linesThatAreNotTheParsersStayAsTheyAre() {
        let text = "OVERVIEW: x\n  --json   人向けの表示\n  --version   Show the version.\nError: 「x」は日付ではありません。\n0.1.0"
        #expect(
            ParserOutput.translated(text, into: .japanese)
                == "概要: x\n  --json   人向けの表示\n  --version   バージョンを表示します。\nエラー: 「x」は日付ではありません。\n0.1.0")
        #expect(ParserOutput.translated(text, into: .english) == text)
    }
}
