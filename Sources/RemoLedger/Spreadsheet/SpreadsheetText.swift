
/// Spreadsheet text to and from bytes: what every CSV import reads through and
/// every CSV export writes through.
///
/// Reading accepts UTF-8 (a byte-order mark is dropped) and CP932, detected or
/// chosen; a byte that does not decode is an error naming the line. Writing
/// can produce CP932 for Excel; a character CP932 cannot hold is an error
/// naming the cell, never a silent `?`.
public enum SpreadsheetText {
    /// Text read from bytes, and the encoding it was in.
    public struct Decoded: Hashable, Sendable {
        public let text: String
        public let encoding: SpreadsheetEncoding
        /// Whether the bytes began with a UTF-8 byte-order mark (Excel's "CSV UTF-8").
        public let hadByteOrderMark: Bool

        public init(text: String, encoding: SpreadsheetEncoding, hadByteOrderMark: Bool) {
            self.text = text
            self.encoding = encoding
            self.hadByteOrderMark = hadByteOrderMark
        }
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes a file's bytes.
    ///
    /// With no `encoding`, the encoding is detected: a UTF-8 byte-order mark, or
    /// bytes that are all valid UTF-8, mean UTF-8 (CP932 text with any Japanese
    /// in it is practically never valid UTF-8), unless the bytes are also CP932
    /// and read as UTF-8 only as two-byte sequences of non-Latin scripts (half-width
    /// katakana pairs, ``readsAsMisreadCP932(_:)``); otherwise CP932.
    ///
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - source: the file's name, for errors.
    ///   - encoding: the encoding, or nil to detect it.
    /// - Throws: ``SpreadsheetTextError`` naming the file and the line of the first
    ///   byte that does not decode.
    public static func decode(_ bytes: [UInt8], source: String, encoding: SpreadsheetEncoding? = nil)
        throws(SpreadsheetTextError) -> Decoded
    {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16(source: source) }
        let hasMark = bytes.starts(with: byteOrderMark)
        let body = hasMark ? Array(bytes.dropFirst(3)) : bytes
        switch encoding ?? (hasMark ? .utf8 : nil) {
        case .utf8:
            switch decodeUTF8(body) {
            case .success(let text): return Decoded(text: text, encoding: .utf8, hadByteOrderMark: hasMark)
            case .failure(let offset): throw .undecodable(source: source, line: line(at: offset, in: body), encoding: .utf8)
            }
        case .cp932:
            switch decodeCP932(body) {
            case .success(let text): return Decoded(text: text, encoding: .cp932, hadByteOrderMark: false)
            case .failure(let offset): throw .undecodable(source: source, line: line(at: offset, in: body), encoding: .cp932)
            }
        case nil:
            let utf8 = decodeUTF8(body)
            if case .success(let text) = utf8 {
                if readsAsMisreadCP932(text), case .success(let japanese) = decodeCP932(body) {
                    return Decoded(text: japanese, encoding: .cp932, hadByteOrderMark: false)
                }
                return Decoded(text: text, encoding: .utf8, hadByteOrderMark: false)
            }
            let cp932 = decodeCP932(body)
            if case .success(let text) = cp932 { return Decoded(text: text, encoding: .cp932, hadByteOrderMark: false) }
            // Neither: report where the encoding that read further stopped.
            let offset = max(utf8.failureOffset, cp932.failureOffset)
            throw .neitherEncoding(source: source, line: line(at: offset, in: body))
        }
    }

    /// Whether `text`, valid UTF-8, is more likely CP932 read wrongly: half-width
    /// katakana in pairs (`ﾒｶ` is the bytes D2 B6) spell two-byte UTF-8 sequences,
    /// which read as Greek, Cyrillic, Hebrew, Arabic or C1 controls, never as
    /// Japanese. So: no character from a three- or four-byte sequence (real UTF-8
    /// Japanese has them) and at least one in U+0080–U+009F or U+0250–U+07FF.
    /// Latin letters with accents (U+00A0–U+024F, `café`) stay UTF-8.
    static func readsAsMisreadCP932(_ text: String) -> Bool {
        var foreign = false
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            if scalar.value >= 0x800 { return false }
            if scalar.value < 0xA0 || scalar.value >= 0x250 { foreign = true }
        }
        return foreign
    }

    /// Encodes text for a file, with a byte-order mark for UTF-8 when asked
    /// (Excel opens UTF-8 CSV correctly only with one).
    ///
    /// - Throws: ``SpreadsheetTextError/unrepresentable(row:column:columnName:character:encoding:)``
    ///   for a character the encoding cannot hold, with the line and column it is on.
    public static func encode(_ text: String, as encoding: SpreadsheetEncoding, byteOrderMark: Bool = false)
        throws(SpreadsheetTextError) -> [UInt8]
    {
        switch encoding {
        case .utf8:
            return (byteOrderMark ? SpreadsheetText.byteOrderMark : []) + Array(text.utf8)
        case .cp932:
            guard let converter = Iconv(from: "UTF-8", to: "CP932") else { throw .encodingUnavailable(.cp932) }
            let input = Array(text.utf8)
            do {
                return try converter.convert(input)
            } catch {
                let offset: Int
                switch error {
                case .invalid(let at), .incomplete(let at): offset = at
                case .system: throw .encodingUnavailable(.cp932)
                }
                let before = String(decoding: input[..<offset], as: UTF8.self)
                let character = String(String(decoding: input[offset...], as: UTF8.self).prefix(1))
                let lines = before.split(separator: "\n", omittingEmptySubsequences: false)
                throw .unrepresentable(
                    row: lines.count, column: (lines.last?.count ?? 0) + 1, columnName: nil, character: character,
                    encoding: .cp932)
            }
        }
    }

    /// Checks that every cell of a table can be written in `encoding`, before
    /// anything is written.
    ///
    /// - Parameters:
    ///   - rows: the table, the header first when `hasHeader`.
    ///   - hasHeader: whether `rows[0]` names the columns (errors then name the column).
    /// - Throws: ``SpreadsheetTextError/unrepresentable(row:column:columnName:character:encoding:)``
    ///   naming the first cell that cannot be written: its row and column (from 1) and the character.
    public static func requireRepresentable(_ rows: [[String]], in encoding: SpreadsheetEncoding, hasHeader: Bool)
        throws(SpreadsheetTextError)
    {
        guard encoding == .cp932 else { return }
        guard let converter = Iconv(from: "UTF-8", to: "CP932") else { throw .encodingUnavailable(.cp932) }
        for (rowIndex, row) in rows.enumerated() {
            for (columnIndex, cell) in row.enumerated() where !cell.utf8.allSatisfy({ $0 < 0x80 }) {
                for character in cell {
                    let bytes = Array(String(character).utf8)
                    guard (try? converter.convert(bytes)) == nil else { continue }
                    let name = hasHeader && rowIndex > 0 && columnIndex < rows[0].count ? rows[0][columnIndex] : nil
                    throw .unrepresentable(
                        row: rowIndex + 1, column: columnIndex + 1, columnName: name, character: String(character),
                        encoding: encoding)
                }
            }
        }
    }

    private enum Outcome {
        case success(String)
        case failure(offset: Int)

        var failureOffset: Int {
            if case .failure(let offset) = self { return offset }
            return Int.max
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8]) -> Outcome {
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
            case .emptyInput:
                return .success(String(scalars))
            case .error:
                return .failure(offset: offset)
            }
        }
    }

    private static func decodeCP932(_ bytes: [UInt8]) -> Outcome {
        guard let converter = Iconv(from: "CP932", to: "UTF-8") else { return .failure(offset: 0) }
        do {
            return .success(String(decoding: try converter.convert(bytes), as: UTF8.self))
        } catch {
            switch error {
            case .invalid(let offset), .incomplete(let offset): return .failure(offset: offset)
            case .system: return .failure(offset: 0)
            }
        }
    }

    /// The line (from 1) that byte `offset` is on. A line feed byte is never
    /// part of a UTF-8 or CP932 multi-byte character, so counting them is exact.
    private static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<min(offset, bytes.count)].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
