import Foundation
import Testing

/// Runs a command-line tool that `scripts/setup.sh` installs (poppler-utils),
/// failing the test with a clear reason when it is missing or fails.
func runTool(_ name: String, _ arguments: [String]) throws -> String {
    let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":").map { "\($0)/\(name)" }
    let path = try #require(
        candidates.first { FileManager.default.isExecutableFile(atPath: $0) },
        "\(name) is not installed: run scripts/setup.sh")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "\(name) \(arguments.joined(separator: " ")) failed")
    return String(decoding: data, as: UTF8.self)
}
