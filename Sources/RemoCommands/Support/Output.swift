import Foundation
package import RemoCore
import RemoLedger

/// Where commands write: machine output on stdout, messages for people on stderr.
///
/// With `--quiet` (``quiet``), text for people and notes are left out: the
/// JSON document, the bytes asked for, errors and refusal summaries remain.
package enum Output {
    /// Whether the command runs with `--quiet`, bound for the run by ``RemoCommand``.
    @TaskLocal package static var quiet = false

    /// Prints one JSON document on stdout, as `JSONDocument` encodes every
    /// document (the web app's answers too): pretty, keys sorted, slashes unescaped.
    package static func json(_ value: some Encodable) throws {
        FileHandle.standardOutput.write(Data(try JSONDocument.bytes(value)))
    }

    /// Writes bytes on stdout as they are (a document written as it goes).
    ///
    /// - Throws: the system's error when stdout cannot be written.
    package static func bytes(_ bytes: [UInt8]) throws {
        try FileHandle.standardOutput.write(contentsOf: Data(bytes))
    }

    /// Prints text for people on stdout, with a final newline (not with `--quiet`).
    package static func text(_ text: String) {
        guard !quiet else { return }
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints a line of machine text on stdout (`qr decode --raw`), also with `--quiet`.
    package static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Prints a message for people on stderr, in the current language (not with `--quiet`).
    package static func note(_ message: Message) {
        guard !quiet else { return }
        warning(message)
    }

    /// Prints what was refused (a summary, a warning a script must see) on
    /// stderr, in the current language: also with `--json` and `--quiet`.
    package static func warning(_ message: Message) {
        FileHandle.standardError.write(Data((message.description + "\n").utf8))
    }
}
