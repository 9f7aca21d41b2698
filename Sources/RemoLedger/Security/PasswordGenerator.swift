/// Makes initial passwords to mail to customers: 12 characters from an alphabet
/// without look-alikes (no 0/O, 1/l/I), from the system's secure random source.
public enum PasswordGenerator {
    static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")

    /// A new random password of `length` characters.
    public static func make(length: Int = 12) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}
