import Foundation
public import RemoCore

/// What a QR symbol's bytes say as text, or why remo gives none: never a
/// confident wrong string.
///
/// zbar is run with `ZBAR_CFG_BINARY`, because its own guess tries Shift_JIS and
/// Big5 before UTF-8 and so garbles some UTF-8 Japanese text; remo decides here,
/// from the bytes and the ECI header zxing-cpp reports (zbar reports none):
/// 1. a declared ECI: the text in that character set (``unconverted(charset:)``
///    when remo cannot convert from it);
/// 2. no ECI, valid UTF-8 (what remo and phones write, ASCII among it): UTF-8;
/// 3. no ECI, valid Shift_JIS and shaped like no other double-byte set
///    (GB2312, Big5, EUC-KR): Shift_JIS, as older Japanese encoders write;
/// 4. no ECI, shaped like no double-byte set at all: ISO 8859-1, the
///    standard's default;
/// 5. otherwise undecided: the character sets the bytes may be in are the
///    guesses, and the bytes are the reader's to interpret (a GB2312 text is
///    also valid Shift_JIS half-width katakana, a wrong text).
public enum QRText: Hashable, Sendable {
    /// The text, and the character set it was read in ("UTF-8", "Shift_JIS",
    /// "ISO-8859-1", or the ECI's).
    case read(String, charset: String)
    /// No text: the character sets the bytes may be in, none sure.
    case undecided(guesses: [String])
    /// No text: the ECI declares a character set remo does not convert from.
    case unconverted(charset: String)

    /// The text; nil when undecided.
    public var text: String? {
        if case .read(let text, _) = self { text } else { nil }
    }

    /// The character set read in, or the guesses.
    public var charsets: [String] {
        switch self {
        case .read(_, let charset): [charset]
        case .undecided(let guesses): guesses
        case .unconverted(let charset): [charset]
        }
    }

    /// Why there is no text (for people); nil when there is one.
    public func whyNoText(bytes count: Int) -> Message? {
        switch self {
        case .read: nil
        case .undecided(let guesses):
            ImagingText.textUndecided(["bytes": .integer(count), "charsets": .list(guesses.map { .text($0) })])
        case .unconverted(let charset): ImagingText.textUnconverted(["bytes": .integer(count), "charset": .text(charset)])
        }
    }

    /// How `bytes` read, with `eci` the ECI number the symbol declares (nil for none).
    public init(bytes: [UInt8], eci: Int? = nil) {
        if let eci {
            self = QRText.declared(bytes, eci: eci)
        } else if let utf8 = String(validating: bytes, as: UTF8.self) {
            self = .read(utf8, charset: "UTF-8")
        } else {
            let shapes = QRText.doubleByteShapes.filter { $0.fits(bytes) }.map(\.name)
            let shiftJIS = String(bytes: bytes, encoding: .shiftJIS)
            switch (shiftJIS, shapes) {
            case (let text?, []): self = .read(text, charset: "Shift_JIS")
            case (nil, []): self = .read(QRText.latin1(bytes), charset: "ISO-8859-1")
            case (let text, _):
                self = .undecided(guesses: (text == nil ? [] : ["Shift_JIS"]) + shapes + ["ISO-8859-1"])
            }
        }
    }

    /// The text in the character set ECI `eci` names, when Foundation converts from it.
    private static func declared(_ bytes: [UInt8], eci: Int) -> QRText {
        let name = eciNames[eci] ?? "ECI \(eci)"
        let text: String? =
            switch eci {
            case 1, 3: latin1(bytes)
            case 20: String(bytes: bytes, encoding: .shiftJIS)
            case 25: String(bytes: bytes, encoding: .utf16BigEndian)
            case 26, 27: String(validating: bytes, as: UTF8.self)
            default: nil
            }
        guard let text else { return .unconverted(charset: name) }
        return .read(text, charset: name)
    }

    private static func latin1(_ bytes: [UInt8]) -> String {
        String(bytes.map { Character(Unicode.Scalar($0)) })
    }

    /// The ECI numbers remo names (ISO/IEC 18004 and AIM ITS/04-023).
    static let eciNames: [Int: String] = [
        1: "ISO-8859-1", 3: "ISO-8859-1", 4: "ISO-8859-2", 5: "ISO-8859-3", 6: "ISO-8859-4", 7: "ISO-8859-5",
        8: "ISO-8859-6", 9: "ISO-8859-7", 10: "ISO-8859-8", 11: "ISO-8859-9", 20: "Shift_JIS",
        21: "windows-1250", 22: "windows-1251", 23: "windows-1252", 24: "windows-1256", 25: "UTF-16BE",
        26: "UTF-8", 27: "US-ASCII", 28: "Big5", 29: "GB18030", 30: "EUC-KR",
    ]

    /// A double-byte character set's shape: bytes below 0x80 alone, every other
    /// one a lead byte in `leads` followed by a trail byte in `trails`.
    struct DoubleByteShape: Sendable {
        let name: String
        let leads: ClosedRange<UInt8>
        let trails: [ClosedRange<UInt8>]

        func fits(_ bytes: [UInt8]) -> Bool {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                guard leads.contains(byte), index + 1 < bytes.count,
                    trails.contains(where: { $0.contains(bytes[index + 1]) })
                else { return false }
                index += 2
            }
            return true
        }
    }

    /// The double-byte sets a Shift_JIS reading could be mistaken for.
    static let doubleByteShapes = [
        DoubleByteShape(name: "GB2312", leads: 0xA1...0xF7, trails: [0xA1...0xFE]),
        DoubleByteShape(name: "Big5", leads: 0xA1...0xF9, trails: [0x40...0x7E, 0xA1...0xFE]),
        DoubleByteShape(name: "EUC-KR", leads: 0xA1...0xFE, trails: [0xA1...0xFE]),
    ]
}
