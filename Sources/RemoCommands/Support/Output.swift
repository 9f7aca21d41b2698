import Foundation
package import RemoCore

/// Where commands write: machine output on stdout, messages for people on stderr.
package enum Output {
    /// Prints one JSON document on stdout: pretty, keys sorted, slashes unescaped.
    package static func json(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(value)
        data.append(0x0A)
        FileHandle.standardOutput.write(data)
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
