/// The account rules' sentences for people (e-mail addresses, names). Templates:
/// `AccountText+English.swift`, `AccountText+Japanese.swift`.
public enum AccountText: String, MessageCatalogue {
    case emailEmpty
    case emailNonASCII
    case emailSpace
    case emailAtSign
    case emailLocalPart
    case emailDomain
    case emailTooLong
    case nameEmpty
    case nameTooLong
    case nameControlCharacter
}
