/// The model number (品番) of a recorder or camera, such as `WJ-NX200`.
///
/// **Decision** (docs/decisions.md, "Model number"): 1 to 20 characters: letters
/// A-Z, digits, hyphens, slashes and dots, starting with a letter or a digit; input
/// is trimmed and upper-cased. Every character is in the QR alphanumeric set and
/// none is the payload's field separator `:`.
public struct ModelNumber: ValidatedIdentifier, Comparable {
    public typealias ParseError = IdentifierParseError<ModelNumber>
    public static let nameText = IdentifierText.nameModelNumber
    public static let hintText = IdentifierText.hintModelNumber

    /// The accepted numbers of characters.
    public static let lengths = 1...20

    /// The model number, upper case.
    public let rawValue: String

    /// A model number from text as typed or printed.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(_ text: String) throws(ParseError) {
        let canonical = try ParseError.canonical(
            text, dropSeparators: false, allowed: { IdentifierInput.isAlphanumeric($0) || "-/.".unicodeScalars.contains($0) },
            lengths: Self.lengths)
        if let first = canonical.unicodeScalars.first, !IdentifierInput.isAlphanumeric(first) {
            throw .invalidCharacter(text, character: String(first))
        }
        rawValue = canonical
    }

}
