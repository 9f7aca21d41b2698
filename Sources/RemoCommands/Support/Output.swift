import Foundation
package import RemoCore
import RemoImaging
import RemoLedger

/// Where commands write: machine output on stdout, messages for people on stderr.
///
/// With `--quiet` (``quiet``), text for people and notes are left out: the
/// JSON document, the bytes asked for, errors and refusal summaries remain.
///
/// A failed write to stdout (a full disk, `/dev/full`, a closed pipe) is a
/// ``StandardOutputError`` the command's caller reports, never a crash; stderr
/// is written as far as it can be, and a failure there is ignored (there is
/// nowhere left to say so).
package enum Output {
    /// Whether the command runs with `--quiet`, bound for the run by ``RemoCommand``.
    @TaskLocal package static var quiet = false

    /// Prints one JSON document on stdout, as `JSONDocument` encodes every
    /// document (the web app's answers too): pretty, keys sorted, slashes unescaped.
    package static func json(_ value: some Encodable) throws {
        try bytes(try JSONDocument.bytes(value))
    }

    /// Prints text for people on stdout, with a final newline (not with `--quiet`).
    package static func text(_ text: String) throws(StandardOutputError) {
        guard !quiet else { return }
        try bytes(Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints a line of machine text on stdout (`qr decode --raw`), also with `--quiet`.
    package static func line(_ text: String) throws(StandardOutputError) {
        try bytes(Array((text + "\n").utf8))
    }

    /// Writes `bytes` to stdout, all of them, also with `--quiet` (a
    /// document written as it goes, too).
    ///
    /// - Throws: ``StandardOutputError`` with the operating system's reason.
    package static func bytes(_ bytes: [UInt8]) throws(StandardOutputError) {
        if let failure = OutputFile.writeAll(bytes, to: STDOUT_FILENO) {
            throw StandardOutputError(reason: String(cString: strerror(failure)))
        }
    }

    /// Prints a message for people on stderr, in the current language (not with `--quiet`).
    package static func note(_ message: Message) {
        guard !quiet else { return }
        warning(message)
    }

    /// Prints what was refused (a summary, a warning a script must see) on
    /// stderr, in the current language: also with `--json` and `--quiet`.
    package static func warning(_ message: Message) {
        standardError(message.description + "\n")
    }

    /// Writes `text` to stderr as far as it can be written.
    package static func standardError(_ text: String) {
        _ = OutputFile.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Opens `/dev/null` on each of the standard descriptors that is closed
    /// (`remo ... >&-`), so that no file the command opens takes its number:
    /// stdout read-only, so that writing to it still fails (EBADF) and is reported.
    package static func reserveStandardDescriptors() {
        for (descriptor, mode) in [(STDIN_FILENO, O_RDONLY), (STDOUT_FILENO, O_RDONLY), (STDERR_FILENO, O_WRONLY)]
        where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            let opened = open("/dev/null", mode | O_NOCTTY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    /// Reports a failed write to stdout on stderr (also with `--quiet`: it is
    /// an error), says whether a change was committed before it
    /// (``CommittedChanges``), and exits with status 1.
    static func exit(with error: StandardOutputError) -> Never {
        warning(error.message)
        if let database = CommittedChanges.database {
            warning(CommandText.changeCommitted(["database": .text(database)]))
        }
        Foundation.exit(1)
    }
}

/// Standard output could not be written: the command's output is lost.
package struct StandardOutputError: Error, Hashable, Sendable, MessageProviding {
    /// The operating system's reason (`No space left on device`, `Broken pipe`).
    package let reason: String

    package var message: Message { CommandText.standardOutputFailed(["reason": .text(reason)]) }
}
