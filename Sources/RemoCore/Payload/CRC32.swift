/// CRC-32 as zlib, PNG and Ethernet compute it (CRC-32/ISO-HDLC: reflected
/// polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF). The check of
/// "123456789" is 0xCBF43926.
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    /// The checksum of `bytes`.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    /// The checksum of `text`'s UTF-8 as 8 upper-case hexadecimal digits.
    static func hex(of text: String) -> String {
        let crc = checksum(text.utf8)
        return String((0..<8).reversed().map { UInt8.hexDigits[Int((crc >> UInt32(4 * $0)) & 0xF)] })
    }
}
