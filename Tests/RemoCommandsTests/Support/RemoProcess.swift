import Foundation

/// The built `remo` executable, run as a separate process: for the tests that
/// need real processes (concurrency, kills, locks).
struct RemoProcess {
    /// What a finished run left.
    struct Result {
        let status: Int32
        let signalled: Bool
        let stdout: String
        let stderr: String
    }

    /// `remo` next to the test bundle (`swift test` builds it there).
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        return directory.appendingPathComponent("remo")
    }

    let process = Process()
    private let out = Pipe()
    private let err = Pipe()

    /// Starts `remo` with `arguments` against the database at `database`.
    init(_ arguments: [String], database: String, environment: [String: String] = [:]) throws {
        process.executableURL = RemoProcess.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["REMO_DB"] = database
        env["REMO_LANG"] = "en"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = out
        process.standardError = err
        try process.run()
    }

    /// Waits for the process and reads what it printed.
    func finish() -> Result {
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `remo` to the end.
    static func run(_ arguments: [String], database: String, environment: [String: String] = [:]) throws -> Result {
        try RemoProcess(arguments, database: database, environment: environment).finish()
    }
}

/// A fresh directory under the system's temporary directory.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("remo-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
