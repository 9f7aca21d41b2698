/// How typed identifiers are cleaned up before they are checked: one place for
/// every identifier type, so they all forgive the same things.
///
/// **Decision** (docs/decisions.md, "Identifier input"): leading and trailing
/// white space is dropped; full-width forms (Ｕ+ＦＦ０１…) become ASCII, since
/// Japanese input methods type them; ASCII letters become upper-case. Types that
/// accept any grouping also drop separators: spaces, tabs, ASCII and full-width
/// hyphens, dashes, the minus sign, the ideographic space and the katakana
/// prolonged sound mark (ー, often typed for a hyphen).
enum IdentifierInput {
    /// The problem found in an identifier's characters.
    enum Problem: Equatable {
        case empty
        case invalidCharacter(String)
        case wrongLength(Int)
    }

    /// `text` trimmed, in ASCII upper-case, and without separators (and the
    /// characters of `extraSeparators`) when `dropSeparators`.
    static func normalize(_ text: String, dropSeparators: Bool, extraSeparators: String = "") -> String {
        if isNormal(text, dropSeparators: dropSeparators, extraSeparators: extraSeparators) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.trimmingSpaces.unicodeScalars {
            if dropSeparators && (isSeparator(scalar) || extraSeparators.unicodeScalars.contains(scalar)) { continue }
            var value = scalar.value
            if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
            if (0x61...0x7A).contains(value) { value -= 0x20 }
            scalars.append(Unicode.Scalar(value) ?? scalar)
        }
        return String(scalars)
    }

    /// Whether `text` is already as ``normalize(_:dropSeparators:extraSeparators:)``
    /// makes it, the common case (a file written by a program), checked a byte
    /// at a time: printable ASCII without spaces or lower-case letters, and
    /// without hyphens or `extraSeparators` when `dropSeparators`.
    private static func isNormal(_ text: String, dropSeparators: Bool, extraSeparators: String) -> Bool {
        let plain = text.utf8.allSatisfy { byte in
            byte > 0x20 && byte < 0x7F && !(0x61...0x7A).contains(byte) && !(dropSeparators && byte == 0x2D)
        }
        guard plain, dropSeparators, !extraSeparators.isEmpty else { return plain }
        return !text.unicodeScalars.contains { extraSeparators.unicodeScalars.contains($0) }
    }

    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x2D, 0x3000, 0x2010...0x2015, 0x2212, 0xFF0D, 0x30FC, 0xFF70, 0xFE63: true
        default: false
        }
    }

    /// The first problem with `normalized`: empty, a character outside `allowed`,
    /// or a length outside `lengths`.
    static func problem(in normalized: String, allowed: (Unicode.Scalar) -> Bool, lengths: ClosedRange<Int>)
        -> Problem?
    {
        if normalized.isEmpty { return .empty }
        if let bad = normalized.unicodeScalars.first(where: { !allowed($0) }) {
            return .invalidCharacter(String(bad))
        }
        let count = normalized.unicodeScalars.count
        return lengths.contains(count) ? nil : .wrongLength(count)
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
    static func isUpperLetter(_ scalar: Unicode.Scalar) -> Bool { ("A"..."Z").contains(scalar) }
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool { isDigit(scalar) || isUpperLetter(scalar) }
    static func isHexDigit(_ scalar: Unicode.Scalar) -> Bool { isDigit(scalar) || ("A"..."F").contains(scalar) }

    /// `text` in groups of `size` characters joined by `separator`.
    static func grouped(_ text: String, size: Int, separator: String = "-") -> String {
        var groups: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if current.count == size {
                groups.append(current)
                current = ""
            }
        }
        if !current.isEmpty { groups.append(current) }
        return groups.joined(separator: separator)
    }
}
