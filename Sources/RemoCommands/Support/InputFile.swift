import Foundation
package import RemoCore
import RemoImaging

/// A file a command reads (a units or cards CSV, an image), `-` standing for
/// standard input (docs/cli.md, "Everywhere").
package enum InputFile {
    /// The spelling of the standard streams where a file is named.
    package static let standardStream = "-"

    /// The bytes of `path`, or all of standard input for `-`.
    ///
    /// Only a regular file is read: a FIFO or a device is refused by name,
    /// never waited on (``FileBytes``).
    ///
    /// - Throws: ``InputFileError`` (exit status 1, not the parser's 64) when
    ///   the file does not exist, is a folder, is not a regular file or cannot be read.
    package static func read(_ path: String) throws(InputFileError) -> [UInt8] {
        if path == standardStream { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
        do {
            return try FileBytes.read(path, limit: .max)
        } catch {
            switch error.code {
            case .fileIsEmpty: return []
            case .fileNotFound: throw .missing(path)
            case .fileIsDirectory: throw .folder(path)
            case .fileNotRegular: throw .notRegular(path)
            default: throw .unreadable(path)
            }
        }
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
    /// The path is a FIFO, a device or a socket: never read, since reading one may wait forever.
    case notRegular(String)
    /// The file exists but cannot be read (permissions).
    case unreadable(String)

    package var message: Message {
        switch self {
        case .missing(let path): CommandText.inputMissing(["file": .text(path)])
        case .folder(let path): CommandText.inputFolder(["file": .text(path)])
        case .notRegular(let path): ImagingText.fileNotRegular(["file": .text(path)])
        case .unreadable(let path): LedgerCommandText.cannotRead(["file": .text(path)])
        }
    }
}
