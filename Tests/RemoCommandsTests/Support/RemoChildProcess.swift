import Foundation
import Testing

/// The built `remo` executable as a child process that can run beside others
/// and be killed: for the ledger's tests that need real processes (concurrency,
/// kills, locks). Output goes to files, so neither stream can fill a pipe.
struct RemoChildProcess {
    /// What a finished run left.
    struct Result {
        let status: Int32
        let signalled: Bool
        let stdout: String
        let stderr: String
        /// Standard output's bytes (an image written to `-`).
        var stdoutBytes = Data()
    }

    /// `remo` next to the test bundle (`swift test` builds it there).
    static var executable: URL {
        (Bundle.main.executableURL?.deletingLastPathComponent() ?? URL(fileURLWithPath: ".")).appendingPathComponent("remo")
    }

    let process = Process()
    private let outputs: URL

    /// Starts `remo` with `arguments` against the database at `database`,
    /// standard input read from the file `input` or from `standardInput` (a
    /// pipe) when given; its stdout goes to `standardOutput` when given
    /// (`/dev/full`, a closed pipe). Unless `initializing` is false, a ledger
    /// that does not exist yet is made first as a simulation ledger
    /// (`remo init --simulation`), as the tests' steps give days to their changes
    /// (a file's: a PostgreSQL ledger is made by the test).
    init(
        _ arguments: [String], database: String, environment: [String: String] = [:], input: String? = nil,
        standardInput: FileHandle? = nil, standardOutput: FileHandle? = nil, initializing: Bool = true
    ) throws {
        if initializing, arguments.first != "init", !database.isEmpty, !database.hasPrefix("postgres"),
            !FileManager.default.fileExists(atPath: database)
        {
            let made = try RemoChildProcess(["init", "--simulation"], database: database, environment: environment).finish()
            try #require(made.status == 0, "remo init --simulation: \(made.stderr)")
        }
        outputs = FileManager.default.temporaryDirectory.appendingPathComponent("remo-child-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outputs, withIntermediateDirectories: true)
        for name in ["stdout", "stderr"] {
            _ = FileManager.default.createFile(atPath: outputs.appendingPathComponent(name).path, contents: nil)
        }
        process.executableURL = RemoChildProcess.executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["REMO_DB"] = database
        env["REMO_LANG"] = "en"
        // No configuration file of the machine's user.
        env["XDG_CONFIG_HOME"] = "/nonexistent/remo-tests-config"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = try standardOutput ?? FileHandle(forWritingTo: outputs.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: outputs.appendingPathComponent("stderr"))
        if let handle = try standardInput ?? input.map({ try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) }) {
            process.standardInput = handle
        }
        try process.run()
    }

    /// Waits for the process and reads what it printed.
    func finish() -> Result {
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: outputs) }
        let read = { (name: String) in
            (try? String(contentsOf: self.outputs.appendingPathComponent(name), encoding: .utf8)) ?? ""
        }
        return Result(
            status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal,
            stdout: read("stdout"), stderr: read("stderr"),
            stdoutBytes: (try? Data(contentsOf: outputs.appendingPathComponent("stdout"))) ?? Data())
    }

    /// Waits at most `seconds` for the process: nil when it had not ended, and
    /// was killed (a test's guard against a hang).
    func finish(within seconds: Double) -> Result? {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        guard process.isRunning else { return finish() }
        kill(process.processIdentifier, SIGKILL)
        _ = finish()
        return nil
    }

    /// Runs `remo` to the end (after `remo init --simulation` unless `initializing` is false).
    static func run(
        _ arguments: [String], database: String, environment: [String: String] = [:], input: String? = nil,
        initializing: Bool = true
    ) throws -> Result {
        try RemoChildProcess(
            arguments, database: database, environment: environment, input: input, initializing: initializing
        ).finish()
    }

    /// Runs each command line in turn on `database`, stopping the test at the
    /// first that fails: a test's setup, done through the real `remo`.
    ///
    /// - Parameter day: the day given to each step that gives none (the
    ///   ledger is a simulation: its changes are dated in order).
    static func prepare(_ steps: [[String]], database: String, on day: String? = nil) throws {
        for step in steps {
            let arguments = step.contains("--today") ? step : step + (day.map { ["--today", $0] } ?? [])
            let result = try run(arguments, database: database)
            try #require(result.status == 0, "\(arguments): \(result.stderr)")
        }
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
