import Foundation
package import RemoCore
import RemoLedger

/// Where commands write: machine output on stdout, messages for people on stderr.
package enum Output {
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

    /// Prints text for people on stdout, with a final newline.
    package static func text(_ text: String) {
        FileHandle.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Prints a message for people on stderr, in the current language.
    package static func note(_ message: Message) {
        FileHandle.standardError.write(Data((message.description + "\n").utf8))
    }
}
