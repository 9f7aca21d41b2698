/// Why text is not an identifier of type `Identifier`: each identifier type has
/// its own (``ActivationID/ParseError`` is `IdentifierParseError<ActivationID>`),
/// and each message names the identifier, the text, what is wrong and what a valid
/// one looks like.
public enum IdentifierParseError<Identifier: ValidatedIdentifier>: Error, Hashable, Sendable, MessageProviding {
    /// Nothing was given.
    case empty
    /// The text has a character the identifier cannot contain.
    case invalidCharacter(String, character: String)
    /// The text has too few or too many characters (after separators are dropped,
    /// for identifiers that accept any grouping).
    case wrongLength(String, length: Int)

    public var message: Message {
        let (problem, text): (IdentifierInput.Problem, String) =
            switch self {
            case .empty: (.empty, "")
            case .invalidCharacter(let text, let character): (.invalidCharacter(character), text)
            case .wrongLength(let text, let length): (.wrongLength(length), text)
            }
        return IdentifierText.describe(problem, in: text, name: Identifier.nameText, hint: Identifier.hintText)
    }

    /// The canonical form of `text`: normalised (``IdentifierInput``), each
    /// character passed through `mapping`, then checked.
    ///
    /// - Throws: the first problem found.
    static func canonical(
        _ text: String, dropSeparators: Bool, extraSeparators: String = "",
        mapping: (Unicode.Scalar) -> Unicode.Scalar = { $0 }, allowed: (Unicode.Scalar) -> Bool,
        lengths: ClosedRange<Int>
    ) throws(Self) -> String {
        let normalized = String(
            String.UnicodeScalarView(
                IdentifierInput.normalize(text, dropSeparators: dropSeparators, extraSeparators: extraSeparators)
                    .unicodeScalars.map(mapping)))
        switch IdentifierInput.problem(in: normalized, allowed: allowed, lengths: lengths) {
        case nil: return normalized
        case .empty: throw .empty
        case .invalidCharacter(let character): throw .invalidCharacter(text, character: character)
        case .wrongLength(let length): throw .wrongLength(text, length: length)
        }
    }
}
