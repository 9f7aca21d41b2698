import Foundation
package import RemoCore

/// A file a command reads (a units or cards CSV, an image), `-` standing for
/// standard input (docs/cli.md, "Everywhere").
package enum InputFile {
    /// The spelling of the standard streams where a file is named.
    package static let standardStream = "-"

    /// The bytes of `path`, or all of standard input for `-`.
    ///
    /// - Throws: ``InputFileError`` (exit status 1, not the parser's 64) when
    ///   the file does not exist, is a folder or cannot be read.
    package static func read(_ path: String) throws(InputFileError) -> [UInt8] {
        if path == standardStream { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw .missing(path) }
        guard !isFolder.boolValue else { throw .folder(path) }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return Array(data)
    }

    /// How messages name `path`: "standard input" (or, for a file written,
    /// "standard output") for `-`, else the path.
    package static func name(_ path: String, writing: Bool = false) -> String {
        guard path == standardStream else { return path }
        return (writing ? CommandText.standardOutput() : CommandText.standardInput()).description
    }
}

/// Why a file a command reads could not be read: a sentence naming it (exit 1).
package enum InputFileError: Error, Hashable, Sendable, MessageProviding {
    /// Nothing is at the path.
    case missing(String)
    /// The path is a folder where a file is read.
    case folder(String)
    /// The file exists but cannot be read (permissions).
    case unreadable(String)

    package var message: Message {
        switch self {
        case .missing(let path): CommandText.inputMissing(["file": .text(path)])
        case .folder(let path): CommandText.inputFolder(["file": .text(path)])
        case .unreadable(let path): LedgerCommandText.cannotRead(["file": .text(path)])
        }
    }
}
