package import ArgumentParser
import RemoCore

/// `--wide`, for the commands whose tables are fitted to the terminal
/// (``TableWidth``): report, audit and register.
package struct TableOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(CommandText.helpWide().description))
    package var wide = false

    package init() {}

    /// The width tables are fitted to now: the terminal's, or nil for full lines.
    package var width: Int? { TableWidth.current(wide: wide) }
}
