/// The device ID (機器ID番号) of a camera or recorder: hexadecimal characters
/// 0-9 and A-F only (P16), shown on the product's box and its license
/// registration screen.
///
/// **Decision** (docs/decisions.md, "Device ID"): 8 to 32 hexadecimal characters.
/// The manual gives the alphabet but not the length, so remo accepts the range
/// that holds any identifier of 32 to 128 bits and refuses what is clearly
/// truncated. Input is accepted in any case and with any grouping of hyphens and
/// spaces; the canonical form is upper case with no separator.
public struct DeviceID: ValidatedIdentifier, Comparable {
    public typealias ParseError = IdentifierParseError<DeviceID>
    public static let nameText = IdentifierText.nameDeviceID
    public static let hintText = IdentifierText.hintDeviceID

    /// The accepted numbers of characters.
    public static let lengths = 8...32

    /// The hexadecimal characters, upper case, no separators.
    public let rawValue: String

    /// A device ID from text as typed or printed.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(_ text: String) throws(ParseError) {
        rawValue = try ParseError.canonical(
            text, dropSeparators: true, allowed: IdentifierInput.isHexDigit, lengths: Self.lengths)
    }

}
