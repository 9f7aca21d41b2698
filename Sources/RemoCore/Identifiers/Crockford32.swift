/// Douglas Crockford's base 32 alphabet: the digits and the letters without I, L,
/// O and U, so that nothing typed can be confused (https://www.crockford.com/base32.html).
///
/// When reading, `O` is taken for `0` and `I` and `L` for `1`, as the alphabet's
/// definition says.
enum Crockford32 {
    /// The 32 symbols, in value order.
    static let symbols: [Unicode.Scalar] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ".unicodeScalars)

    /// The value of an upper-case symbol, after mapping O to 0 and I, L to 1; nil
    /// for anything else.
    static func value(of scalar: Unicode.Scalar) -> Int? {
        symbols.firstIndex(of: canonical(scalar))
    }

    /// The symbol a typed upper-case character stands for: O is 0, I and L are 1.
    static func canonical(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "O": "0"
        case "I", "L": "1"
        default: scalar
        }
    }

    /// Whether `scalar` is one of the 32 symbols.
    static func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        symbols.contains(scalar)
    }

    /// `value` written as `count` symbols, most significant first.
    static func encode(_ value: UInt64, count: Int) -> String {
        var scalars = String.UnicodeScalarView()
        for index in (0..<count).reversed() {
            scalars.append(symbols[Int((value >> UInt64(5 * index)) & 31)])
        }
        return String(scalars)
    }
}
