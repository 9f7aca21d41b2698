extension ParserText {
    package var english: String {
        switch self {
        case .overview: "OVERVIEW: {text}"
        case .usageHeading: "USAGE: {text}"
        case .optionsHeading: "OPTIONS:"
        case .argumentsHeading: "ARGUMENTS:"
        case .subcommandsHeading: "SUBCOMMANDS:"
        case .detailedHelp: "{indent}See '{command} <subcommand>' for detailed help."
        case .showVersion: "{option}Show the version."
        case .showHelp: "{option}Show help information."
        case .valuesAndDefault: "{option}(values: {values}; default: {default})"
        case .values: "{option}(values: {values})"
        case .defaultValue: "{option}(default: {default})"
        case .missingArgument: "Error: Missing expected argument '{argument}'"
        case .missingOneOf: "Error: Missing one of: {arguments}"
        case .missingValue: "Error: Missing value for '{option}'"
        case .missingSubcommand: "Error: Missing required subcommand."
        case .unknownOptionSuggestion: "Error: Unknown option '{option}'. Did you mean '{suggestion}'?"
        case .unknownOption: "Error: Unknown option '{option}'"
        case .unexpectedArgument: "Error: Unexpected argument '{argument}'"
        case .noValueTaken: "Error: The option '{option}' does not take any value, but '{value}' was specified."
        case .invalidChoiceList: "Error: The value '{value}' is invalid for '{option}'. Please provide one of the following:"
        case .invalidChoice: "Error: The value '{value}' is invalid for '{option}'. Please provide one of {choices}."
        case .invalidValueReason: "Error: The value '{value}' is invalid for '{option}': {reason}"
        case .invalidValue: "Error: The value '{value}' is invalid for '{option}'"
        case .error: "Error: {message}"
        case .helpLine: "Help:  {text}"
        case .usageLine: "Usage: {text}"
        case .moreInformation: "{indent}See '{command}' for more information."
        }
    }
}
