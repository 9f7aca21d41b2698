/// The core's sentences for people. Templates: `CoreText+English.swift`,
/// `CoreText+Japanese.swift`.
public enum CoreText: String, MessageCatalogue {
    case dateMalformed
    case dateNoSuchDay
    case monthMalformed
    case monthNoSuchMonth
}
