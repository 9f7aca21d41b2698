/// A language remo speaks to people in.
///
/// Machine output (`--json` keys, status codes, CSV headers) never changes with the
/// language; only text meant for people does.
public enum Language: String, CaseIterable, Codable, Hashable, Sendable {
    /// English.
    case english = "en"
    /// Japanese.
    case japanese = "ja"

    /// The language a command renders in, bound once by the command line (or by a
    /// web front end per request) and read by ``Message/description``.
    @TaskLocal public static var current: Language = .english

    /// The language chosen by the environment: `REMO_LANG`, else the POSIX locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`, in that order, as `setlocale` reads them),
    /// else English.
    ///
    /// - Parameter environment: the process environment.
    /// - Returns: Japanese when the chosen value starts with `ja`, else English.
    public static func preferred(in environment: [String: String]) -> Language {
        if let explicit = environment["REMO_LANG"], let language = Language(code: explicit) {
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("ja") ? .japanese : .english
        }
        return .english
    }

    /// A language from a code such as `ja`, `ja_JP.UTF-8`, `en` or `en-US`.
    ///
    /// - Parameter code: a language code or POSIX locale name.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("ja") {
            self = .japanese
        } else if lowered.hasPrefix("en") {
            self = .english
        } else {
            return nil
        }
    }
}
