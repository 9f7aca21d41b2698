/// The encryption ID (暗号ID番号) of a perpetual-license activation card (P16):
/// 8 letters and digits, printed `XXXX-XXXX`. It is the card's secret: the ledger
/// stores it hashed and compares it in constant time.
///
/// **Decision** (docs/decisions.md, "Activation card IDs"): read like
/// ``ActivationID``: any case, any grouping of hyphens and spaces, digits and
/// letters A-Z, no letter taken for a digit. The canonical form (``rawValue``) is
/// the 8 characters in upper case with no separator; ``description`` groups them by 4.
public struct EncryptionID: ValidatedIdentifier {
    public typealias ParseError = IdentifierParseError<EncryptionID>
    public static let nameText = IdentifierText.nameEncryptionID
    public static let hintText = IdentifierText.hintEncryptionID

    /// The number of characters.
    public static let length = 8

    /// The 8 characters, upper case, no separators.
    public let rawValue: String

    /// An encryption ID from text as typed or printed.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(_ text: String) throws(ParseError) {
        rawValue = try ParseError.canonical(
            text, dropSeparators: true, allowed: IdentifierInput.isAlphanumeric, lengths: Self.length...Self.length)
    }

    /// `XXXX-XXXX`, as on the activation card.
    public var description: String { IdentifierInput.grouped(rawValue, size: 4) }
}
