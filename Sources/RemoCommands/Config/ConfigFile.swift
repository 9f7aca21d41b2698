import Foundation
import RemoCore

/// remo's configuration file, `$XDG_CONFIG_HOME/remo/config.toml`
/// (`~/.config/remo/config.toml`): simple `key = "value"` lines, `#` comments
/// and blank lines, a subset of TOML. The keys are ``Key``'s; any other key, or
/// a line of another form, is an error naming the file and the line.
///
/// ```toml
/// database = "/srv/remo/remo.sqlite"
/// language = "ja"
/// partner = "P001"
/// label_key = "/srv/remo/keys/remo.label-key"
/// ```
struct ConfigFile: Hashable, Sendable {
    /// The keys the file may set.
    enum Key: String, CaseIterable, Sendable {
        case database
        case language
        case partner
        case labelKey = "label_key"
    }

    /// Where the file is (whether or not it exists).
    let path: String
    /// The values it sets.
    let values: [Key: String]

    /// The file's place: `$XDG_CONFIG_HOME/remo/config.toml`, else `~/.config/remo/config.toml`.
    static func defaultPath(environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (home(environment) + "/.config")
        return base + "/remo/config.toml"
    }

    static func home(_ environment: [String: String]) -> String {
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    }

    /// The file at `path`; no values when there is no file.
    ///
    /// - Throws: ``ConfigError`` for a file that cannot be read or a line that is not `key = "value"`.
    static func load(path: String) throws(ConfigError) -> ConfigFile {
        guard FileManager.default.fileExists(atPath: path) else { return ConfigFile(path: path, values: [:]) }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path)
        }
        return try ConfigFile(path: path, parsing: text)
    }

    init(path: String, values: [Key: String]) {
        self.path = path
        self.values = values
    }

    /// The values in `text`, the file at `path`.
    init(path: String, parsing text: String) throws(ConfigError) {
        self.path = path
        var values: [Key: String] = [:]
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else { throw .malformed(path: path, line: index + 1) }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if let comment = value.range(of: "\" #") { value = String(value[..<comment.lowerBound]) + "\"" }
            guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else {
                throw .malformed(path: path, line: index + 1)
            }
            let inner = String(value.dropFirst().dropLast())
            guard !inner.contains("\"") else { throw .malformed(path: path, line: index + 1) }
            guard let key = Key(rawValue: name) else { throw .unknownKey(path: path, line: index + 1, key: name) }
            values[key] = inner.replacingOccurrences(of: "\\\\", with: "\\")
        }
        self.values = values
    }
}

/// Why the configuration file cannot be used.
enum ConfigError: Error, Hashable, Sendable, MessageProviding {
    case unreadable(path: String)
    case malformed(path: String, line: Int)
    case unknownKey(path: String, line: Int, key: String)
    case badLanguage(path: String, value: String)

    var message: Message {
        switch self {
        case .unreadable(let path): ConfigText.unreadable(["path": .text(path)])
        case .malformed(let path, let line): ConfigText.malformed(["path": .text(path), "line": .integer(line)])
        case .unknownKey(let path, let line, let key):
            ConfigText.unknownKey([
                "path": .text(path), "line": .integer(line), "key": .text(key),
                "keys": .list(ConfigFile.Key.allCases.map { .text($0.rawValue) }),
            ])
        case .badLanguage(let path, let value): ConfigText.badLanguage(["path": .text(path), "value": .text(value)])
        }
    }
}
