import Foundation
import Testing

/// Runs the `remo` executable that `swift test` builds beside the test bundle,
/// the way a script or a label printer would.
enum RemoProcess {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    static func run(_ arguments: [String], environment: [String: String] = ["LANG": "C.UTF-8"]) throws -> Result {
        let directory = try #require(Bundle.main.executableURL?.deletingLastPathComponent())
        let executable = directory.appendingPathComponent("remo")
        try #require(
            FileManager.default.isExecutableFile(atPath: executable.path),
            "remo is not built at \(executable.path): run swift build")
        // Output goes to files, so neither stream can fill a pipe and block the process.
        return try withTemporaryDirectory { directory in
            let outputPath = directory + "/stdout"
            let errorPath = directory + "/stderr"
            _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
            _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
            let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
            let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
            defer {
                try? output.close()
                try? error.close()
            }
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.environment = environment
            process.standardOutput = output
            process.standardError = error
            try process.run()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                standardOutput: try String(contentsOfFile: outputPath, encoding: .utf8),
                standardError: try String(contentsOfFile: errorPath, encoding: .utf8))
        }
    }
}

/// A fresh directory for one test, removed afterwards.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    let path = NSTemporaryDirectory() + "remo-commands-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

/// A fresh directory for one asynchronous test, removed afterwards.
func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let path = NSTemporaryDirectory() + "remo-commands-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try await body(path)
}
