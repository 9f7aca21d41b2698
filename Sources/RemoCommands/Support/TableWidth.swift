import Foundation

/// The width the tables for people are fitted to (``RemoCore/TextTable/rendered(width:)``):
/// a terminal's, so that the report, the audit log and register's results
/// read without wrapping; none (full lines) for a pipe or a file, and with `--wide`.
package enum TableWidth {
    /// `COLUMNS`, else the terminal's width, when standard output is a
    /// terminal and `wide` is off; nil otherwise.
    ///
    /// - Parameters:
    ///   - wide: `--wide` was given.
    ///   - environment: the process environment (`COLUMNS`).
    ///   - isTerminal: whether standard output is a terminal.
    package static func current(
        wide: Bool, environment: [String: String] = ProcessInfo.processInfo.environment,
        isTerminal: Bool = isatty(STDOUT_FILENO) == 1
    ) -> Int? {
        guard !wide, isTerminal else { return nil }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
