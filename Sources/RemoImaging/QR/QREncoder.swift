import Foundation
internal import CQREncode

/// Encodes text or bytes as a QR symbol through libqrencode, in the smallest
/// version (1 to 40) that holds the data at the chosen error correction level.
///
/// Text is split into the most compact mix of QR modes (numeric, alphanumeric and
/// 8-bit bytes, case-sensitive; `QRcode_encodeString` with `QR_MODE_8`), so an
/// upper-case payload such as `REMO1:WJ-NX400:...` uses alphanumeric mode. Text
/// is stored as UTF-8 bytes without an ECI header (what phones and zbar read);
/// kanji mode is never used, since it would need Shift_JIS. Bytes are stored
/// as they are, in 8-bit mode (`QRcode_encodeData`).
public enum QREncoder {
    /// The QR symbol of `text`.
    ///
    /// - Parameters:
    ///   - text: the text, not empty; UTF-8 in the symbol.
    ///   - errorCorrection: the level; ``QRErrorCorrection/medium`` by default.
    /// - Returns: the matrix, in the smallest version that fits.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/qrTextEmpty`` for empty text;
    ///   ``ImagingError/Code/qrTextTooLong`` (naming the size and the level) when no version holds it.
    public static func encode(
        _ text: String, errorCorrection: QRErrorCorrection = .medium
    ) throws(ImagingError) -> QRMatrix {
        guard !text.isEmpty else { throw .qrTextEmpty() }
        // A C string ends at the first NUL: text containing one goes in 8-bit mode whole.
        if text.utf8.contains(0) { return try encode(bytes: Array(text.utf8), errorCorrection: errorCorrection) }
        let (symbol, code) = text.withCString {
            (QRcode_encodeString($0, 0, errorCorrection.level, QR_MODE_8, 1), errno)
        }
        return try matrix(symbol, errno: code, bytes: text.utf8.count, errorCorrection: errorCorrection)
    }

    /// The QR symbol of `bytes`, all in 8-bit mode.
    ///
    /// - Parameters:
    ///   - bytes: the data, not empty; any byte values.
    ///   - errorCorrection: the level; ``QRErrorCorrection/medium`` by default.
    /// - Returns: the matrix, in the smallest version that fits.
    /// - Throws: ``ImagingError`` as ``encode(_:errorCorrection:)``.
    public static func encode(
        bytes: [UInt8], errorCorrection: QRErrorCorrection = .medium
    ) throws(ImagingError) -> QRMatrix {
        guard !bytes.isEmpty else { throw .qrTextEmpty() }
        let (symbol, code) = bytes.withUnsafeBufferPointer {
            (QRcode_encodeData(Int32($0.count), $0.baseAddress, 0, errorCorrection.level), errno)
        }
        return try matrix(symbol, errno: code, bytes: bytes.count, errorCorrection: errorCorrection)
    }

    /// The symbol of `bytes` in 8-bit mode after an ECI header declaring their
    /// character set (`eci`: 26 UTF-8, 20 Shift_JIS, 29 GB18030...): what some
    /// encoders write; remo's own labels never need one.
    ///
    /// - Throws: ``ImagingError`` as ``encode(_:errorCorrection:)``.
    public static func encode(
        bytes: [UInt8], eci: Int, errorCorrection: QRErrorCorrection = .medium
    ) throws(ImagingError) -> QRMatrix {
        guard !bytes.isEmpty else { throw .qrTextEmpty() }
        guard let input = QRinput_new2(0, errorCorrection.level) else {
            throw .qrEncodingFailed(reason: String(cString: strerror(errno)))
        }
        defer { QRinput_free(input) }
        let appended = bytes.withUnsafeBufferPointer {
            QRinput_appendECIheader(input, UInt32(eci)) == 0 && QRinput_append(input, QR_MODE_8, Int32($0.count), $0.baseAddress) == 0
        }
        guard appended else { throw .qrEncodingFailed(reason: String(cString: strerror(errno))) }
        let symbol = QRcode_encodeInput(input)
        return try matrix(symbol, errno: errno, bytes: bytes.count, errorCorrection: errorCorrection)
    }

    /// Copies libqrencode's symbol into a ``QRMatrix`` and frees it.
    private static func matrix(
        _ symbol: UnsafeMutablePointer<QRcode>?, errno code: Int32, bytes: Int, errorCorrection: QRErrorCorrection
    ) throws(ImagingError) -> QRMatrix {
        guard let symbol else {
            if code == ERANGE { throw .qrTextTooLong(bytes: bytes, level: errorCorrection) }
            throw .qrEncodingFailed(reason: String(cString: strerror(code)))
        }
        defer { QRcode_free(symbol) }
        let size = Int(symbol.pointee.width)
        let data = UnsafeBufferPointer(start: symbol.pointee.data, count: size * size)
        // Bit 0 of each byte: 1 is a dark module.
        return QRMatrix(
            version: Int(symbol.pointee.version), errorCorrection: errorCorrection, size: size,
            modules: data.map { $0 & 1 == 1 })
    }
}

extension QRErrorCorrection {
    /// libqrencode's level.
    fileprivate var level: QRecLevel {
        switch self {
        case .low: QR_ECLEVEL_L
        case .medium: QR_ECLEVEL_M
        case .quartile: QR_ECLEVEL_Q
        case .high: QR_ECLEVEL_H
        }
    }
}
