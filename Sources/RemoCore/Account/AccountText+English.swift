extension AccountText {
    public var english: String {
        switch self {
        case .emailEmpty: "No e-mail address was given: write one such as name@example.co.jp."
        case .emailNonASCII:
            "\"{text}\" is not an e-mail address: it contains the full-width or non-ASCII character \"{character}\". Type it with the input method off (half-width)."
        case .emailSpace: "\"{text}\" is not an e-mail address: it contains a space. Remove the space and try again."
        case .emailAtSign: "\"{text}\" is not an e-mail address: it needs exactly one @, as in name@example.co.jp."
        case .emailLocalPart:
            "\"{text}\" is not an e-mail address: the part before @ is empty, too long, or has a character or dot an address cannot have there."
        case .emailDomain:
            "\"{text}\" is not an e-mail address: the part after @ is not a domain name such as example.co.jp. Check it for typos."
        case .emailTooLong: "\"{text}\" is not an e-mail address: it is longer than 254 characters."
        case .nameEmpty: "The name is empty: give a name."
        case .nameTooLong:
            "The name starting \"{start}\" is {length} characters long, more than the {limit} a name may have: shorten it."
        case .nameControlCharacter:
            "The name \"{name}\" has a control character (U+{code}) at character {position}: a name is one line of visible text, with no line breaks, tabs, escape codes or direction controls. Type it again without it."
        }
    }
}
