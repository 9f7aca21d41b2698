/// The rule for names people give things: partners, customers, shared users,
/// sites and cameras. One rule, in one place, that every entry point (the
/// command line, the web app, the library's use cases) goes through.
///
/// A name is trimmed of spaces and line breaks at both ends, and refused when
/// it is then empty, longer than ``maximumLength`` Unicode scalars, or holds a
/// control character, a line break or a bidirectional control
/// (``ControlCharacters``): names are printed on terminals, reports, labels
/// and web pages, where such characters would act instead of showing.
///
/// ```swift
/// let site = try DisplayName.validated("  関東倉庫 ")   // "関東倉庫"
/// ```
public enum DisplayName {
    /// The most Unicode scalars a name may have: 200, room for any company's
    /// or site's name, well under what a page or a terminal line can show.
    public static let maximumLength = 200

    /// Why a name is refused.
    public enum Problem: Error, Hashable, Sendable, MessageProviding {
        /// Nothing but spaces.
        case empty
        /// More than ``DisplayName/maximumLength`` Unicode scalars (`length` of them).
        case tooLong(String, length: Int)
        /// A control character, a line break or a bidirectional control, at
        /// `position` (in Unicode scalars, from 1).
        case controlCharacter(String, scalar: Unicode.Scalar, position: Int)

        public var message: Message {
            switch self {
            case .empty: AccountText.nameEmpty()
            case .tooLong(let name, let length):
                AccountText.nameTooLong([
                    "start": .text(String(name.unicodeScalars.prefix(20).map(Character.init))),
                    "length": .integer(length), "limit": .integer(DisplayName.maximumLength),
                ])
            case .controlCharacter(let name, let scalar, let position):
                AccountText.nameControlCharacter([
                    "name": .text(name), "code": .text(ControlCharacters.code(of: scalar)), "position": .integer(position),
                ])
            }
        }
    }

    /// `text` trimmed, when it is a name the rule accepts.
    ///
    /// - Throws: ``Problem``.
    public static func validated(_ text: String) throws(Problem) -> String {
        let scalars = text.unicodeScalars
        let isSpace = { (scalar: Unicode.Scalar) in scalar.properties.isWhitespace }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
            let last = scalars.lastIndex(where: { !isSpace($0) })
        else { throw .empty }
        let name = String(scalars[first...last])
        let length = name.unicodeScalars.count
        guard length <= maximumLength else { throw .tooLong(name, length: length) }
        if let found = ControlCharacters.first(in: name) {
            throw .controlCharacter(name, scalar: found.scalar, position: found.position)
        }
        return name
    }
}
