import RemoCore

/// The sentences swift-argument-parser itself writes (help headings, its own
/// options, command-line errors), so that they too can be shown in the reader's
/// language.
///
/// The English template of each entry is the parser's own line, with its
/// variable parts as placeholders; ``ParserOutput`` matches a line of the
/// parser's output against it and writes the template of the reader's language
/// with the same values. Templates: `ParserText+English.swift` (exactly as
/// swift-argument-parser 1.8 writes them), `ParserText+Japanese.swift`. Entries
/// are tried in order, the first that matches a whole line wins: specific
/// sentences come before the general ones that would also match them.
package enum ParserText: String, MessageCatalogue {
    case overview
    case usageHeading
    case optionsHeading
    case argumentsHeading
    case subcommandsHeading
    case detailedHelp
    case showVersion
    case showHelp
    case valuesAndDefault
    case values
    case defaultValue
    case missingArgument
    case missingOneOf
    case missingValue
    case missingSubcommand
    case unknownOptionSuggestion
    case unknownOption
    case unexpectedArgument
    case noValueTaken
    case invalidChoiceList
    case invalidChoice
    case invalidValueReason
    case invalidValue
    case error
    case helpLine
    case usageLine
    case moreInformation
}
