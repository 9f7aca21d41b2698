/// A sentence for people: a catalogue entry and the values for its placeholders,
/// rendered in a language only when it is shown.
///
/// ```swift
/// let message = LicenseText.expiresOn(["date": .date(expiry)])
/// message.rendered(in: .japanese)   // "有効期限は2026年4月30日です"
/// ```
public struct Message: Hashable, Sendable, CustomStringConvertible {
    /// A value for a placeholder, formatted for the language it is shown in.
    public indirect enum Argument: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        /// Text (names, serials, file paths, library messages), inserted with its
        /// control characters escaped (``ControlCharacters/escaped(_:)``): a file
        /// name holding an ANSI escape or a line break shows as `\u{1B}`, `\u{0A}`.
        case text(String)
        /// An integer, also used to choose English plurals.
        case integer(Int)
        /// A calendar date: `2026-04-30` in English, `2026年4月30日` in Japanese.
        case date(CalendarDate)
        /// A year and month: `2024-07` in English, `2024年7月` in Japanese.
        case month(YearMonth)
        /// A whole sentence inserted into another one (a reason, a cause).
        case message(Message)
        /// A list, joined for the language: `a, b, c` / `a、b、c`.
        case list([Argument])

        public init(stringLiteral value: String) { self = .text(value) }
        public init(integerLiteral value: Int) { self = .integer(value) }

        /// The argument formatted for `language`.
        /// A nested message is its sentence alone: its remedies go with the
        /// message it is part of (``Message/allRemedies``).
        public func rendered(in language: Language) -> String {
            switch self {
            case .text(let text): ControlCharacters.escaped(text)
            case .integer(let value): String(value)
            case .date(let date): date.formatted(in: language)
            case .month(let month): month.formatted(in: language)
            case .message(let message): message.sentence(in: language)
            case .list(let items):
                items.map { $0.rendered(in: language) }.joined(separator: language == .japanese ? "、" : ", ")
            }
        }
    }

    /// The catalogue entry, as `Catalogue.case`; stable, for logs and tests.
    public let key: String
    /// The placeholder values.
    public let arguments: [String: Argument]
    /// What to do about it, beside the sentence, for a front end to word
    /// (``Remedy``): the catalogue entry's, and any added with ``suggesting(_:)``.
    public private(set) var remedies: [Remedy]
    private let templates: [Language: String]

    /// A message from a catalogue entry.
    ///
    /// - Parameters:
    ///   - entry: the sentence.
    ///   - arguments: the values for its placeholders.
    public init<Catalogue: MessageCatalogue>(_ entry: Catalogue, _ arguments: KeyValuePairs<String, Argument> = [:]) {
        self.key = "\(Catalogue.self).\(entry.rawValue)"
        self.arguments = Dictionary(arguments.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        self.templates = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, entry.template(in: $0)) })
        self.remedies = entry.remedies
    }

    /// A message from a catalogue entry and placeholder values gathered at run time
    /// (values read back from another program's text, for example).
    ///
    /// - Parameters:
    ///   - entry: the sentence.
    ///   - arguments: the values for its placeholders, by name.
    public init<Catalogue: MessageCatalogue>(_ entry: Catalogue, arguments: [String: Argument]) {
        self.key = "\(Catalogue.self).\(entry.rawValue)"
        self.arguments = arguments
        self.templates = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, entry.template(in: $0)) })
        self.remedies = entry.remedies
    }

    /// The message with `remedies` added to its own.
    public func suggesting(_ remedies: Remedy...) -> Message {
        var message = self
        message.remedies += remedies
        return message
    }

    /// Its remedies and those of the messages inside it, in order, each once.
    public var allRemedies: [Remedy] {
        var all: [Remedy] = []
        func gather(_ message: Message) {
            for remedy in message.remedies where !all.contains(remedy) { all.append(remedy) }
            for name in message.arguments.keys.sorted() { gatherArgument(message.arguments[name]) }
        }
        func gatherArgument(_ argument: Argument?) {
            switch argument {
            case .message(let inner): gather(inner)
            case .list(let items): items.forEach { gatherArgument($0) }
            default: break
            }
        }
        gather(self)
        return all
    }

    /// The message in `language`, with the front end's hint for its remedies
    /// when one is bound (``Remedy/presenter``). A placeholder without a value
    /// stays as `{name}`.
    public func rendered(in language: Language) -> String {
        let sentence = sentence(in: language)
        let remedies = allRemedies
        guard !remedies.isEmpty, let presenter = Remedy.presenter else { return sentence }
        return presenter.present(sentence, remedies: remedies, in: language)
    }

    /// The message in `language`, its sentence alone, whatever front end is bound.
    public func sentence(in language: Language) -> String {
        Message.fill(templates[language] ?? key, with: arguments, in: language)
    }

    /// The message in the current language (``Language/current``).
    public var description: String { rendered(in: Language.current) }

    /// The placeholder names a template uses, in order of appearance.
    public static func placeholderNames(in template: String) -> [String] {
        var names: [String] = []
        forEachPlaceholder(in: template) { body in
            names.append(String(body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)[0]))
            return ""
        }
        return names
    }

    static func fill(_ template: String, with arguments: [String: Argument], in language: Language) -> String {
        forEachPlaceholder(in: template) { body in
            let parts = body.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            guard let argument = arguments[parts[0]] else { return "{\(body)}" }
            if parts.count == 3 {
                if case .integer(let count) = argument { return count == 1 ? parts[1] : parts[2] }
                return parts[2]
            }
            return argument.rendered(in: language)
        }
    }

    /// Calls `replace` with the inside of each `{...}` and splices in what it returns.
    @discardableResult
    private static func forEachPlaceholder(in template: String, _ replace: (String) -> String) -> String {
        var output = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            output += rest[..<open]
            output += replace(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        output += rest
        return output
    }
}
