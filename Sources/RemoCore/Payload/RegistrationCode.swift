/// The human-typeable code printed beside a recorder's QR code, for registering
/// the unit when the photo fails: the serial number, the claim code and two check
/// characters, grouped for reading.
///
/// ```
/// AB1234567-7K3Q-X9M2-HT4D-5R
/// ```
///
/// The serial identifies the unit in the warehouse manifest and the claim code
/// proves the label was seen, so registration can tell *not in manifest* (no
/// such serial) from *wrong claim code*. When several manifest entries share a
/// serial (different models), the claim code picks the unit.
///
/// **Decision** (docs/decisions.md, "Registration code"): the check is two
/// Crockford base-32 characters encoding `Σ i·v(cᵢ) mod 1021` over the serial and
/// claim code (position `i` from 1, digits worth 0-9 and letters A-Z 10-35). One
/// character cannot catch every single substitution (36 possible characters need
/// 36 check values) without using confusable symbols; two Crockford characters
/// do, and typing O for 0 or I/L for 1 in them does no harm. 1021 is prime and
/// greater than every weight and difference, so any single substitution and any
/// swap of two neighbours changes the sum. Typed input may use any case, spaces
/// and hyphens; the serial is taken as typed (its O and 0 differ), the claim code
/// and check characters forgive O/0 and I/L/1.
public struct RegistrationCode: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Why text is not a registration code.
    public enum ParseError: Error, Hashable, Sendable, MessageProviding {
        /// Nothing was given.
        case empty
        /// A character other than a letter, a digit, a space or a hyphen.
        case invalidCharacter(String, character: String)
        /// Too few or too many letters and digits.
        case wrongLength(String, length: Int)
        /// The check characters do not match: a typo.
        case typo(String)

        /// The machine spelling of the error (docs/qr-payload.md, "Errors").
        public var code: String {
            switch self {
            case .empty: "empty"
            case .invalidCharacter: "invalid-character"
            case .wrongLength: "wrong-length"
            case .typo: "typo"
            }
        }

        public var message: Message {
            switch self {
            case .empty: PayloadText.registrationCodeEmpty()
            case .invalidCharacter(let text, let character):
                PayloadText.registrationCodeInvalidCharacter([
                    "text": .text(text),
                    "character": character == " " ? .message(IdentifierText.space()) : .text(character),
                ])
            case .wrongLength(let text, let length):
                PayloadText.registrationCodeWrongLength([
                    "text": .text(text), "length": .integer(length),
                    "minimum": .integer(RegistrationCode.lengths.lowerBound),
                    "maximum": .integer(RegistrationCode.lengths.upperBound),
                ])
            case .typo(let text): PayloadText.registrationCodeTypo(["text": .text(text)])
            }
        }
    }

    /// The number of check characters.
    static let checkLength = 2
    /// The modulus of the check: the largest prime below 32².
    static let modulus = 1021
    /// The accepted numbers of letters and digits: a serial of 1 to 20, the claim
    /// code and the check.
    public static let lengths =
        (SerialNumber.lengths.lowerBound + ClaimCode.length + checkLength)...(SerialNumber.lengths.upperBound
        + ClaimCode.length + checkLength)

    /// The unit's serial number.
    public let serial: SerialNumber
    /// The unit's claim code.
    public let claimCode: ClaimCode

    /// The registration code of a unit.
    public init(serial: SerialNumber, claimCode: ClaimCode) {
        self.serial = serial
        self.claimCode = claimCode
    }

    /// Reads a typed registration code.
    ///
    /// - Throws: ``ParseError`` naming the text.
    public init(_ text: String) throws(ParseError) {
        let typed = IdentifierInput.normalize(text, dropSeparators: true)
        switch IdentifierInput.problem(in: typed, allowed: IdentifierInput.isAlphanumeric, lengths: Self.lengths) {
        case nil: break
        case .empty: throw .empty
        case .invalidCharacter(let character): throw .invalidCharacter(text, character: character)
        case .wrongLength(let length): throw .wrongLength(text, length: length)
        }
        let scalars = Array(typed.unicodeScalars)
        let claimStart = scalars.count - ClaimCode.length - Self.checkLength
        let serialText = String(String.UnicodeScalarView(scalars[..<claimStart]))
        let claimText = String(String.UnicodeScalarView(scalars[claimStart..<(scalars.count - Self.checkLength)]))
        let checkValues = scalars.suffix(Self.checkLength).map(Crockford32.value(of:))
        guard let serial = try? SerialNumber(serialText), let claimCode = try? ClaimCode(claimText),
            checkValues.allSatisfy({ $0 != nil })
        else {
            throw .typo(text)
        }
        let check = checkValues.reduce(0) { $0 * 32 + ($1 ?? 0) }
        guard check == Self.checkValue(serial: serial, claimCode: claimCode) else { throw .typo(text) }
        self.init(serial: serial, claimCode: claimCode)
    }

    /// The code read from text, or nil when it is not valid.
    public init?(rawValue: String) {
        try? self.init(rawValue)
    }

    /// The serial, the claim code and the check, with no separators.
    public var rawValue: String { serial.rawValue + claimCode.rawValue + check }

    /// The code grouped for reading: the serial, the claim code in groups of 4,
    /// then the check: `AB1234567-7K3Q-X9M2-HT4D-5R`.
    public var description: String {
        [serial.rawValue, claimCode.description, check].joined(separator: "-")
    }

    /// The two check characters.
    var check: String {
        Crockford32.encode(UInt64(Self.checkValue(serial: serial, claimCode: claimCode)), count: Self.checkLength)
    }

    static func checkValue(serial: SerialNumber, claimCode: ClaimCode) -> Int {
        var sum = 0
        for (index, scalar) in (serial.rawValue + claimCode.rawValue).unicodeScalars.enumerated() {
            let value = IdentifierInput.isDigit(scalar) ? Int(scalar.value) - 0x30 : Int(scalar.value) - 0x41 + 10
            sum = (sum + (index + 1) * value) % modulus
        }
        return sum
    }
}
