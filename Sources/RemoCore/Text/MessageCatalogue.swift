/// A catalogue of sentences for people, one case per sentence.
///
/// Each module keeps its own catalogue (an enum of `String` raw values), with the
/// English templates in `<Catalogue>+English.swift` and the Japanese ones in
/// `<Catalogue>+Japanese.swift`. Both are exhaustive `switch`es, so a sentence
/// missing in one language does not compile; ``problems()`` checks the rest
/// (empty templates, placeholders that differ between the languages).
///
/// Templates name their arguments, so a translation can put them in any order:
/// `"{count} {count|license|licenses} missing"` / `"ライセンスが{count}本不足しています"`.
/// `{name}` inserts an argument; `{name|one|other}` inserts `one` when the integer
/// argument `name` is 1 and `other` otherwise (English plurals).
public protocol MessageCatalogue: CaseIterable, Sendable, RawRepresentable where RawValue == String {
    /// The English template.
    var english: String { get }
    /// The Japanese template.
    var japanese: String { get }
    /// What a person can do about the sentence, for each front end to word
    /// (``Remedy``); the sentence itself names no command, flag or page.
    var remedies: [Remedy] { get }
}

extension MessageCatalogue {
    /// The template in `language`.
    public func template(in language: Language) -> String {
        switch language {
        case .english: english
        case .japanese: japanese
        }
    }

    /// No remedy, unless the catalogue gives the sentence one.
    public var remedies: [Remedy] { [] }

    /// A message built from this sentence and its arguments.
    ///
    /// - Parameter arguments: the values for the template's placeholders.
    public func callAsFunction(_ arguments: KeyValuePairs<String, Message.Argument> = [:]) -> Message {
        Message(self, arguments)
    }

    /// What is wrong with this catalogue: one line per empty template or per
    /// sentence whose placeholders differ between languages. Empty when sound.
    public static func problems() -> [String] {
        var problems: [String] = []
        for entry in allCases {
            for language in Language.allCases where entry.template(in: language).isEmpty {
                problems.append("\(Self.self).\(entry.rawValue): the \(language.rawValue) template is empty")
            }
            let names = Language.allCases.map { Message.placeholderNames(in: entry.template(in: $0)) }
            if Set(names.map { Set($0) }).count > 1 {
                problems.append("\(Self.self).\(entry.rawValue): placeholders differ between languages: \(names)")
            }
        }
        return problems
    }
}
