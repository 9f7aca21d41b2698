/// An e-mail address that has the form of one: a contract user's login, a
/// partner's contact, a shared user's name.
///
/// Built only through ``init(_:)``, which accepts what people type (spaces around
/// it are dropped) and refuses what cannot be an address, saying what is wrong:
/// a full-width character from a Japanese input method, a missing `@`, a bad
/// domain. The local part keeps its case; the domain is lower-cased. Two
/// addresses are equal when they are equal ignoring case (``key``), which is how
/// mail providers treat them in practice.
///
/// An address of the right form can still be mistyped (`gmial.com`):
/// ``likelyTypo`` names the well-known domain it probably meant.
public struct EmailAddress: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    /// Why text is not an e-mail address.
    public enum ParseError: Error, Hashable, Sendable, MessageProviding {
        /// Nothing was given.
        case empty
        /// Contains a full-width or other non-ASCII character (`＠`, `．`, `ｇ`).
        case nonASCII(String, character: String)
        /// Contains a space, tab or line break inside.
        case space(String)
        /// Has no `@`, or more than one.
        case atSign(String)
        /// The part before `@` is empty, longer than 64 characters, or has a
        /// character or dot an address cannot have there.
        case localPart(String)
        /// The part after `@` is not a domain name (`example.co.jp`).
        case domain(String)
        /// Longer than 254 characters.
        case tooLong(String)

        public var message: Message {
            switch self {
            case .empty: AccountText.emailEmpty()
            case .nonASCII(let text, let character):
                AccountText.emailNonASCII(["text": .text(text), "character": .text(character)])
            case .space(let text): AccountText.emailSpace(["text": .text(text)])
            case .atSign(let text): AccountText.emailAtSign(["text": .text(text)])
            case .localPart(let text): AccountText.emailLocalPart(["text": .text(text)])
            case .domain(let text): AccountText.emailDomain(["text": .text(text)])
            case .tooLong(let text): AccountText.emailTooLong(["text": .text(text)])
            }
        }
    }

    /// The part before `@`, as typed.
    public let localPart: String
    /// The domain, lower-cased.
    public let domain: String

    /// Parses an address.
    ///
    /// - Parameter text: the address as typed; leading and trailing spaces are ignored.
    /// - Throws: ``ParseError`` saying what is wrong with `text`.
    public init(_ text: String) throws(ParseError) {
        let trimmed = String(text.trimmingSpaces)
        guard !trimmed.isEmpty else { throw .empty }
        if let wide = trimmed.unicodeScalars.first(where: { !$0.isASCII }) {
            throw .nonASCII(trimmed, character: String(wide))
        }
        guard !trimmed.unicodeScalars.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else {
            throw .space(trimmed)
        }
        guard trimmed.utf8.count <= 254 else { throw .tooLong(trimmed) }
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .atSign(trimmed) }
        let local = String(parts[0])
        let domain = parts[1].lowercased()
        guard EmailAddress.isDotAtom(local, allowed: EmailAddress.isAtomCharacter), local.utf8.count <= 64 else {
            throw .localPart(trimmed)
        }
        guard EmailAddress.isDomain(domain) else { throw .domain(trimmed) }
        self.localPart = local
        self.domain = domain
    }

    /// An address known to be valid (a literal in the package's own code).
    package init(knownValid localPart: String, domain: String) {
        self.localPart = localPart
        self.domain = domain.lowercased()
    }

    /// `local@domain`.
    public var description: String { "\(localPart)@\(domain)" }

    /// The address lower-cased: what equality, ordering and lookups compare.
    public var key: String { description.lowercased() }

    public static func == (lhs: EmailAddress, rhs: EmailAddress) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    public static func < (lhs: EmailAddress, rhs: EmailAddress) -> Bool { lhs.key < rhs.key }

    /// The well-known mail domain this address's domain is probably a typo of
    /// (`gmial.com` → `gmail.com`, `docomo.ne.jo` → `docomo.ne.jp`), or nil when
    /// the domain is one of them or not close to any.
    public var likelyTypo: String? {
        guard !EmailAddress.wellKnownDomains.contains(domain) else { return nil }
        // Short names (`au.com`, `me.com`) are one edit away from many real domains: not compared.
        return EmailAddress.wellKnownDomains.first {
            $0.utf8.count >= 8 && EmailAddress.editDistance(domain, $0, limit: 1) <= 1
        }
    }

    /// Mail domains common among Japanese customers and everywhere; a domain one
    /// edit (a letter added, dropped, changed or two swapped) away from one of these is reported by ``likelyTypo``.
    public static let wellKnownDomains: [String] = [
        "gmail.com", "googlemail.com", "yahoo.co.jp", "yahoo.com", "icloud.com", "me.com", "outlook.com",
        "outlook.jp", "hotmail.com", "hotmail.co.jp", "live.jp", "docomo.ne.jp", "ezweb.ne.jp", "au.com",
        "softbank.ne.jp", "i.softbank.jp", "ymobile.ne.jp", "nifty.com", "biglobe.ne.jp", "ocn.ne.jp",
        "so-net.ne.jp", "plala.or.jp", "jcom.home.ne.jp",
    ]

    // MARK: - Grammar (RFC 5322 dot-atom local part, RFC 1035 host name)

    static func isAtomCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: "!#$%&'*+/=?^_`{|}~-".utf8.contains(byte)
        }
    }

    static func isDotAtom(_ text: String, allowed: (UInt8) -> Bool) -> Bool {
        let atoms = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        return !text.isEmpty && atoms.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed) }
    }

    static func isDomain(_ domain: String) -> Bool {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, domain.utf8.count <= 253 else { return false }
        for label in labels {
            let bytes = Array(label.utf8)
            guard (1...63).contains(bytes.count), bytes.first != UInt8(ascii: "-"), bytes.last != UInt8(ascii: "-"),
                bytes.allSatisfy({ isAtomCharacter($0) && ($0 == UInt8(ascii: "-") || isAlphanumeric($0)) })
            else { return false }
        }
        let top = Array(labels[labels.count - 1].utf8)
        return top.starts(with: Array("xn--".utf8)) || (top.count >= 2 && top.allSatisfy { !isDigit($0) })
    }

    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// The Damerau (optimal string alignment) distance between `a` and `b`, or
    /// `limit + 1` once it exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var table = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { table[i][0] = i }
        for j in 0...y.count { table[0][j] = j }
        for i in stride(from: 1, through: x.count, by: 1) {
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var best = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    best = min(best, table[i - 2][j - 2] + 1)
                }
                table[i][j] = best
            }
        }
        return min(table[x.count][y.count], limit + 1)
    }
}

extension EmailAddress {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(text)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
