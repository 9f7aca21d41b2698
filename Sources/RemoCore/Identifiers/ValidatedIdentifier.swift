/// An identifier that can only be made from valid text: its throwing
/// ``init(_:)`` reads typed or printed input, its `rawValue` is the canonical
/// form, and its parse errors name it and say what a valid one looks like.
public protocol ValidatedIdentifier: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible
where RawValue == String {
    /// The identifier's name for people: "activation ID" / 「起動ID番号」.
    static var nameText: IdentifierText { get }
    /// What a valid one looks like and where to find it.
    static var hintText: IdentifierText { get }

    /// Reads the identifier from text as typed or printed.
    ///
    /// - Throws: ``IdentifierParseError`` naming the text.
    init(_ text: String) throws(IdentifierParseError<Self>)
}

extension ValidatedIdentifier {
    /// The identifier from text, or nil when the text is not valid.
    public init?(rawValue: String) {
        try? self.init(rawValue)
    }

    /// The canonical form.
    public var description: String { rawValue }
}

extension ValidatedIdentifier where Self: Comparable {
    /// Orders by the canonical form.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
