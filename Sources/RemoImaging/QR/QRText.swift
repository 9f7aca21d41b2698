import Foundation

/// How the bytes of a QR symbol become text (see ``DecodedQR/text``).
///
/// zbar is run with `ZBAR_CFG_BINARY`, because its own guess tries Shift_JIS and
/// Big5 before UTF-8 and so garbles some UTF-8 Japanese text. remo decides here,
/// preferring UTF-8.
enum QRText {
    static func text(of bytes: [UInt8]) -> String {
        if let utf8 = String(validating: bytes, as: UTF8.self) { return utf8 }
        if let shiftJIS = String(bytes: bytes, encoding: .shiftJIS) { return shiftJIS }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
