/// The serial number of a unit: an opaque upper-case alphanumeric string.
///
/// **Decision** (docs/decisions.md, "Serial number"): 1 to 20 characters, digits
/// and letters A-Z; input is trimmed and upper-cased, but a space or hyphen inside
/// is refused rather than dropped, since it may be part of another scheme. Nothing
/// is read out of it: the production month comes from the warehouse manifest and
/// the QR payload, never from the serial (docs/domain.md 2).
public struct SerialNumber: ValidatedIdentifier, Comparable {
    public typealias ParseError = IdentifierParseError<SerialNumber>
    public static let nameText = IdentifierText.nameSerialNumber
    public static let hintText = IdentifierText.hintSerialNumber

    /// The accepted numbers of characters.
    public static let lengths = 1...20

    /// The serial number, upper case.
    public let rawValue: String

    /// A serial number from text as typed or printed.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(_ text: String) throws(ParseError) {
        rawValue = try ParseError.canonical(
            text, dropSeparators: false, allowed: IdentifierInput.isAlphanumeric, lengths: Self.lengths)
    }

}
