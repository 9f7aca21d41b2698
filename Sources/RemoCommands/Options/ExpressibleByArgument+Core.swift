// Core values as command-line arguments. The conformances are public because the
// protocol requirements are, hence the public imports here only.
public import ArgumentParser
public import RemoCore
public import RemoLedger

extension PartnerUser.Role: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }

    /// The language named by `--lang X` or `--lang=X` in raw arguments, if any.
    package static func fromCommandLine(_ arguments: [String]) -> Language? {
        splitCommandLine(arguments).language
    }

    /// The language named by `--lang X` or `--lang=X` anywhere in raw arguments,
    /// and the arguments without it, so that `--lang` works before the verb as well
    /// as after it. An unknown value stays in the arguments for the parser to refuse.
    package static func splitCommandLine(_ arguments: [String]) -> (language: Language?, rest: [String]) {
        var rest: [String] = []
        var language: Language?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count, let chosen = Language(code: arguments[index + 1]) {
                language = chosen
                index += 2
                continue
            }
            if argument.hasPrefix("--lang="), let chosen = Language(code: String(argument.dropFirst("--lang=".count))) {
                language = chosen
                index += 1
                continue
            }
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            rest.append(argument)
            index += 1
        }
        return (language, rest)
    }
}
