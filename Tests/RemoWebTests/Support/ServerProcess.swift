import Foundation
import Testing

/// `remo serve --port 0` as a child process on a database, started and
/// waited for until it prints the address it listens on.
final class ServerProcess {
    let process = Process()
    let folder: URL
    private(set) var port = 0

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `remo` next to the test bundle (`swift test` builds it there).
    static var executable: URL {
        (Bundle.main.executableURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")).appendingPathComponent("remo")
    }

    init(database: String, arguments: [String] = []) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("remo-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["stdout", "stderr"] {
            _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
        }
        process.executableURL = Self.executable
        process.arguments = ["serve", "--db", database, "--port", "0"] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["REMO_LANG"] = "en"
        environment["TMPDIR"] = folder.path
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, process.isRunning {
            if let line = read("stdout").split(separator: "\n").first(where: { $0.hasPrefix("remo: serving on ") }),
                let number = line.split(separator: ":").last.flatMap({ Int($0) })
            {
                port = number
                return
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.terminate()
        Issue.record("remo serve did not start: \(read("stderr"))")
    }

    func read(_ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
    }

    /// SIGTERM, while it runs (never a signal to a process that has ended).
    func terminate() { if process.isRunning { kill(process.processIdentifier, SIGTERM) } }
    func interrupt() { if process.isRunning { kill(process.processIdentifier, SIGINT) } }

    /// Waits for the process to end and reads what it printed.
    func finish() -> Result {
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: folder) }
        return Result(status: process.terminationStatus, stdout: read("stdout"), stderr: read("stderr"))
    }
}
