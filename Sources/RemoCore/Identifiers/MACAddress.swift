/// A network interface's MAC address: 6 bytes.
///
/// **Decision** (docs/decisions.md, "MAC address"): 12 hexadecimal digits in any
/// case, grouped any way with `:`, `-`, `.` or spaces (`00:80:45:12:34:56`,
/// `00-80-45-12-34-56`, `0080.4512.3456`, `008045123456`). Written upper case
/// with colons.
public struct MACAddress: ValidatedIdentifier, Comparable {
    public typealias ParseError = IdentifierParseError<MACAddress>
    public static let nameText = IdentifierText.nameMACAddress
    public static let hintText = IdentifierText.hintMACAddress

    /// The 6 bytes, in transmission order.
    public let bytes: [UInt8]

    /// A MAC address from text as typed or printed.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(_ text: String) throws(ParseError) {
        let digits = try ParseError.canonical(
            text, dropSeparators: true, extraSeparators: ":.", allowed: IdentifierInput.isHexDigit, lengths: 12...12)
        let values = digits.unicodeScalars.map { UInt8(hexDigit: $0) }
        bytes = stride(from: 0, to: 12, by: 2).map { values[$0] << 4 | values[$0 + 1] }
    }

    /// `00:80:45:12:34:56`.
    public var rawValue: String {
        bytes.map { byte in
            String(UInt8.hexDigits[Int(byte >> 4)]) + String(UInt8.hexDigits[Int(byte & 0x0F)])
        }.joined(separator: ":")
    }

    public static func < (lhs: MACAddress, rhs: MACAddress) -> Bool { lhs.bytes.lexicographicallyPrecedes(rhs.bytes) }
}

extension UInt8 {
    /// The upper-case hexadecimal digits.
    static let hexDigits = Array("0123456789ABCDEF")

    /// The value of an upper-case hexadecimal digit (0 for anything else).
    init(hexDigit scalar: Unicode.Scalar) {
        let value = scalar.value
        self = UInt8(truncatingIfNeeded: value >= 0x41 ? value - 0x41 + 10 : value &- 0x30)
    }
}
