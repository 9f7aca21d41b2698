/// The per-unit secret printed only on a recorder's QR label (docs/domain.md 3):
/// registration without it is refused, so knowing a serial is not enough to claim
/// a unit.
///
/// **Decision** (docs/decisions.md, "Claim code"): 12 symbols of Crockford's base
/// 32 (digits and letters without I, L, O, U), which is 60 random bits. It is
/// made from randomness the caller supplies (``init(using:)`` with
/// `SystemRandomNumberGenerator`, which is cryptographically secure, or
/// ``init(randomBytes:)`` with bytes from swift-crypto); the core reads no
/// clock, file or device. Typed input is accepted in any case, with any hyphens
/// and spaces, and with O for 0 and I or L for 1. The warehouse manifest stores
/// only a hash of ``hashInput(serial:)``.
public struct ClaimCode: ValidatedIdentifier {
    public typealias ParseError = IdentifierParseError<ClaimCode>
    public static let nameText = IdentifierText.nameClaimCode
    public static let hintText = IdentifierText.hintClaimCode

    /// The number of symbols.
    public static let length = 12

    /// The 12 symbols, upper case, no separators: the canonical form.
    public let rawValue: String

    /// A claim code from text as typed or printed.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(_ text: String) throws(ParseError) {
        rawValue = try ParseError.canonical(
            text, dropSeparators: true, mapping: Crockford32.canonical, allowed: Crockford32.isSymbol,
            lengths: Self.length...Self.length)
    }

    /// A new claim code from 60 bits of `generator`.
    ///
    /// - Parameter generator: a cryptographically secure generator in production
    ///   (`SystemRandomNumberGenerator`); a seeded one in tests.
    public init(using generator: inout some RandomNumberGenerator) {
        self.init(bits: generator.next())
    }

    /// A new claim code from the first 8 of `randomBytes`, which must come from a
    /// cryptographically secure source.
    ///
    /// - Precondition: at least 8 bytes.
    public init(randomBytes: some Collection<UInt8>) {
        precondition(randomBytes.count >= 8, "a claim code needs 8 random bytes")
        self.init(bits: randomBytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
    }

    private init(bits: UInt64) {
        rawValue = Crockford32.encode(bits, count: Self.length)
    }

    /// `XXXX-XXXX-XXXX`, for reading.
    public var description: String { IdentifierInput.grouped(rawValue, size: 4) }

    /// The bytes to hash for the manifest's claim-code hash: the UTF-8 of
    /// `REMO-CLAIM:1:<serial>:<claim code>`, both canonical. Binding the serial in
    /// means a hash cannot be reused for another unit.
    public func hashInput(serial: SerialNumber) -> [UInt8] {
        Array("REMO-CLAIM:1:\(serial.rawValue):\(rawValue)".utf8)
    }
}
