import Foundation

/// The one JSON encoding of every document remo prints or serves: the command
/// line's `--json` output and the web API's answers are the same bytes.
/// Pretty-printed, keys sorted, slashes unescaped, a final newline.
public enum JSONDocument {
    /// The document's bytes.
    public static func bytes(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value)) + [0x0A]
    }
}
