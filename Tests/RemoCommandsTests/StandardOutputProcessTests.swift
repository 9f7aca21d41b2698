import Foundation
import Testing

/// A stdout that cannot be written (full, a closed pipe, closed) is an error on
/// stderr and exit 1, never a crash; a command whose change was committed says so.
@Suite(.serialized)
struct StandardOutputProcessTests {
    let payload = [
        "qr", "payload", "--model", "WJ-NX200", "--serial", "AB1234567", "--device-id", "0A1B2C3D4E5F6071",
        "--produced", "2024-07", "--claim-code", "28T5-CY4T-QKFF",
    ]

    /// A pipe whose reading end is closed: writing to it is EPIPE.
    static func closedPipe() -> FileHandle {
        let pipe = Pipe()
        try? pipe.fileHandleForReading.close()
        return pipe.fileHandleForWriting
    }

    @Test func aFullOrClosedStdoutIsAnErrorAndExitOne() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let outputs: [(FileHandle, Int32)] = [
            (try #require(FileHandle(forWritingAtPath: "/dev/full")), ENOSPC), (StandardOutputProcessTests.closedPipe(), EPIPE),
        ]
        for (output, code) in outputs {
            let image = ["qr", "encode", "--text", "X", "-o", "-", "--format", "png", "--quiet"]
            for arguments in [
                payload, payload + ["--json", "--quiet"], ["--help"], ["license", "dates", "--assigned", "2026-03-20", "--term", "1y"], image,
            ] {
                let result = try #require(
                    try RemoChildProcess(arguments, database: database, standardOutput: output).finish(within: 60))
                #expect(result.status == 1, "\(arguments): \(result.stderr)")
                #expect(!result.signalled)
                #expect(result.stderr.contains("could not be written to standard output"), "\(result.stderr)")
                #expect(result.stderr.contains(String(cString: strerror(code))), "\(result.stderr)")
                #expect(!result.stderr.contains("Fatal error"))
                #expect(!result.stderr.contains("committed"))
            }
        }
    }

    @Test func aStdoutClosedByTheShellIsAnErrorAndNothingElseGetsItsNumber() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let made = try RemoChildProcess.run(["init", "--simulation"], database: database)
        try #require(made.status == 0, "\(made.stderr)")
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        let errors = directory.path("stderr")
        shell.arguments = [
            "-c", "\"$0\" \"$@\" >&- 2>\"$REMO_ERRORS\"", RemoChildProcess.executable.path,
            "partner", "add", "--code", "P001", "--name", "Tokyo", "--email", "ops@p001.example.jp",
        ]
        shell.environment = [
            "REMO_DB": database, "REMO_LANG": "en", "REMO_ERRORS": errors, "XDG_CONFIG_HOME": "/nonexistent/remo-tests-config",
        ]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1)
        let stderr = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(stderr.contains("could not be written to standard output"), "\(stderr)")
        #expect(stderr.contains("was committed to the ledger \(database)"), "\(stderr)")
        // The database opened on a later descriptor, whole.
        let list = try RemoChildProcess.run(["partner", "list", "--json"], database: database)
        #expect(list.status == 0)
        #expect(list.stdout.contains("\"code\" : \"P001\""))
    }

    @Test func aCommittedChangeSaysSoWhenItsOutputIsLost() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        for arguments in [
            ["partner", "add", "--code", "P001", "--name", "Tokyo", "--email", "ops@p001.example.jp"],
            ["stock", "add", "--partner", "P001", "--part", "DG-JLE101W", "--count", "2", "--json"],
        ] {
            let result = try #require(try RemoChildProcess(arguments, database: database, standardOutput: full).finish(within: 60))
            #expect(result.status == 1)
            #expect(result.stderr.contains("could not be written to standard output"), "\(result.stderr)")
            #expect(result.stderr.contains("was committed to the ledger \(database)"), "\(result.stderr)")
        }
        let stock = try RemoChildProcess.run(["stock", "list", "--partner", "P001", "--json"], database: database)
        #expect(stock.status == 0, "\(stock.stderr)")
        #expect(stock.stdout.contains("DG-JLE101W"))
        // A reading command whose output is lost commits nothing, and says nothing of it.
        let listed = try #require(
            try RemoChildProcess(["partner", "list"], database: database, standardOutput: full).finish(within: 60))
        #expect(listed.status == 1)
        #expect(!listed.stderr.contains("committed"))
    }
}
