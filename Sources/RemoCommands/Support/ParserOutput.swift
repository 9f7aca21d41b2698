import ArgumentParser
import Foundation
package import RemoCore

/// What swift-argument-parser writes for people (help pages, command-line
/// errors), in the reader's language.
///
/// `CommandConfiguration` and `ArgumentHelp` take the texts remo gives them, and
/// remo gives them catalogue sentences resolved when the command line is read,
/// in the chosen language. The parser's own words (section headings, its
/// `--help` and `--version` lines, its errors) are fixed English; each line of
/// its output that matches a ``ParserText`` entry's English template is
/// replaced by the entry in the reader's language, with the same values.
package enum ParserOutput {
    /// `text`, each line the parser wrote in the reader's `language`.
    ///
    /// - Parameters:
    ///   - text: what the parser would print.
    ///   - language: the reader's language; English leaves `text` as it is.
    package static func translated(_ text: String, into language: Language) -> String {
        guard language != .english else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { translatedLine(String($0), into: language) }
            .joined(separator: "\n")
    }

    /// Prints the parser's message for `error` (help on stdout, errors on
    /// stderr) in the current language and exits with the parser's status.
    static func exit(with error: any Error, of command: RemoCommand.Type) -> Never {
        let code = command.exitCode(for: error)
        let text = translated(command.fullMessage(for: error), into: Language.current)
        if !text.isEmpty {
            if code.isSuccess {
                do { try Output.text(text) } catch { Output.exit(with: error) }
            } else {
                Output.standardError(text + "\n")
            }
        }
        Foundation.exit(code.rawValue)
    }

    static func translatedLine(_ line: String, into language: Language) -> String {
        for entry in ParserText.allCases {
            guard var values = match(line[...], pieces(of: entry.english)[...]) else { continue }
            if let choices = values["choices"] { values["choices"] = choiceList(choices, in: language) }
            return Message(entry, arguments: values.mapValues { .text($0) }).rendered(in: language)
        }
        return line
    }

    /// A template's literal text and placeholders, in order.
    private enum Piece {
        case literal(String)
        case placeholder(String)
    }

    private static func pieces(of template: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { pieces.append(.literal(String(rest[..<open]))) }
            pieces.append(.placeholder(String(rest[rest.index(after: open)..<close])))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        return pieces
    }

    /// The placeholder values that make `pieces` spell all of `line`, each value
    /// as short as it can be; nil when the line is not this template.
    private static func match(_ line: Substring, _ pieces: ArraySlice<Piece>) -> [String: String]? {
        guard let first = pieces.first else { return line.isEmpty ? [:] : nil }
        let rest = pieces.dropFirst()
        switch first {
        case .literal(let literal):
            guard line.hasPrefix(literal) else { return nil }
            return match(line.dropFirst(literal.count), rest)
        case .placeholder(let name):
            guard case .literal(let next)? = rest.first else {
                // The last piece (two placeholders never touch): the rest of the line.
                return rest.isEmpty ? [name: String(line)] : nil
            }
            var start = line.startIndex
            while let found = line[start...].range(of: next) {
                if var values = match(line[found.lowerBound...], rest) {
                    values[name] = String(line[..<found.lowerBound])
                    return values
                }
                guard found.lowerBound < line.endIndex else { break }
                start = line.index(after: found.lowerBound)
            }
            return nil
        }
    }

    /// The parser's `'a', 'b' or 'c'` as a list in `language`.
    private static func choiceList(_ text: String, in language: Language) -> String {
        guard text.hasPrefix("'"), text.hasSuffix("'"), text.count >= 2 else { return text }
        var values: [Message.Argument] = []
        for part in text.dropFirst().dropLast().components(separatedBy: "', '") {
            for value in part.components(separatedBy: "' or '") {
                values += value.components(separatedBy: "' and '").map { .text("'\($0)'") }
            }
        }
        return Message.Argument.list(values).rendered(in: language)
    }
}
