// Core values as command-line arguments. The conformances are public because the
// protocol requirements are, hence the public imports here only.
public import ArgumentParser
public import RemoCore

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
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count {
                return Language(code: arguments[index + 1])
            }
            if argument.hasPrefix("--lang=") {
                return Language(code: String(argument.dropFirst("--lang=".count)))
            }
        }
        return nil
    }
}
