import Foundation

/// A command-line tool a test runs could not be run, or failed.
public struct ToolError: Error, CustomStringConvertible {
    public let description: String
}

/// Runs a command-line tool that `scripts/setup.sh` installs (poppler-utils,
/// zbar-tools) and returns its standard output; throws a clear reason when
/// the tool is missing or exits with a failure.
public func runTool(_ name: String, _ arguments: [String]) throws -> String {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    guard let path = directories.map({ "\($0)/\(name)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
        throw ToolError(description: "\(name) is not installed: run scripts/setup.sh")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw ToolError(description: "\(name) \(arguments.joined(separator: " ")) failed (exit \(process.terminationStatus))")
    }
    return String(decoding: data, as: UTF8.self)
}
