/// The characters that must not reach a terminal or a line of text as they
/// are: control characters (category Cc: U+0000–U+001F, U+007F–U+009F, which
/// hold CR, LF, tab and the ANSI escape), the line and paragraph separators
/// (U+2028, U+2029), and the bidirectional controls (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069) that make text read in another order than
/// it is written.
///
/// Names refuse them on input (``DisplayName``); text shown to people escapes
/// them on output: a message's text values (a file name in an error) and a
/// table's cells.
public enum ControlCharacters {
    /// Whether `scalar` is one of them.
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x2028, 0x2029: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The first of them in `text`, with its position (counted in Unicode
    /// scalars from 1); nil when there is none.
    public static func first(in text: String) -> (scalar: Unicode.Scalar, position: Int)? {
        for (offset, scalar) in text.unicodeScalars.enumerated() where contains(scalar) {
            return (scalar, offset + 1)
        }
        return nil
    }

    /// `text` with each of them written out as `\u{1B}`, so that it shows
    /// instead of acting; other text is left as it is.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if contains(scalar) {
                output.append(contentsOf: "\\u{\(code(of: scalar))}".unicodeScalars)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// `U+001B` written as `1B`: upper-case hexadecimal, at least two digits.
    public static func code(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return hex.count < 2 ? "0" + hex : hex
    }
}
