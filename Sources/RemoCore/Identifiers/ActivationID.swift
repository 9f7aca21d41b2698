/// The activation ID (起動ID番号) of a perpetual-license activation card (P16):
/// 16 letters and digits, printed `XXXX-XXXX-XXXX-XXXX`.
///
/// **Decision** (docs/decisions.md, "Activation card IDs"): input is accepted in
/// any case and with any grouping of hyphens and spaces (the registration screen
/// shows 5-character groups, the card 4). The characters are the digits and the
/// letters A-Z; the manual does not give i-PRO's alphabet, so no letter is taken
/// for a digit (O stays O, I stays I). The canonical form (``rawValue``) is the 16
/// characters in upper case with no separator; ``description`` groups them by 4.
public struct ActivationID: ValidatedIdentifier, Comparable {
    public typealias ParseError = IdentifierParseError<ActivationID>
    public static let nameText = IdentifierText.nameActivationID
    public static let hintText = IdentifierText.hintActivationID

    /// The number of characters.
    public static let length = 16

    /// The 16 characters, upper case, no separators.
    public let rawValue: String

    /// An activation ID from text as typed or printed.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(_ text: String) throws(ParseError) {
        rawValue = try ParseError.canonical(
            text, dropSeparators: true, allowed: IdentifierInput.isAlphanumeric, lengths: Self.length...Self.length)
    }

    /// `XXXX-XXXX-XXXX-XXXX`, as on the activation card.
    public var description: String { IdentifierInput.grouped(rawValue, size: 4) }

}
