extension ParserText {
    package var japanese: String {
        switch self {
        case .overview: "概要: {text}"
        case .usageHeading: "使い方: {text}"
        case .optionsHeading: "オプション:"
        case .argumentsHeading: "引数:"
        case .subcommandsHeading: "サブコマンド:"
        case .detailedHelp: "{indent}サブコマンドの詳しい説明は '{command} <subcommand>' で表示します。"
        case .showVersion: "{option}バージョンを表示します。"
        case .showHelp: "{option}この説明を表示します。"
        case .valuesAndDefault: "{option}(値: {values}、既定値: {default})"
        case .values: "{option}(値: {values})"
        case .defaultValue: "{option}(既定値: {default})"
        case .missingArgument: "エラー: '{argument}' を指定してください。"
        case .missingOneOf: "エラー: 次のいずれかを指定してください: {arguments}"
        case .missingValue: "エラー: '{option}' の値がありません。"
        case .missingSubcommand: "エラー: サブコマンドを指定してください。"
        case .unknownOptionSuggestion: "エラー: '{option}' というオプションはありません。'{suggestion}' のことですか?"
        case .unknownOption: "エラー: '{option}' というオプションはありません。"
        case .unexpectedArgument: "エラー: 余分な引数 '{argument}' があります。"
        case .noValueTaken: "エラー: オプション '{option}' は値をとりませんが、'{value}' が指定されました。"
        case .invalidChoiceList: "エラー: '{option}' に '{value}' は指定できません。次のいずれかを指定してください:"
        case .invalidChoice: "エラー: '{option}' に '{value}' は指定できません。{choices} のいずれかを指定してください。"
        case .invalidValueReason: "エラー: '{option}' の値 '{value}' は正しくありません: {reason}"
        case .invalidValue: "エラー: '{option}' の値 '{value}' は正しくありません。"
        case .error: "エラー: {message}"
        case .helpLine: "説明:  {text}"
        case .usageLine: "使い方: {text}"
        case .moreInformation: "{indent}詳しくは '{command}' を参照してください。"
        }
    }
}
