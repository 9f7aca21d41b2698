import Foundation
import Testing

/// `remo register` on a disk that fills in the middle of a batch: a real small
/// filesystem (tmpfs), so SQLite itself meets the full disk. Mounting needs
/// root (CAP_SYS_ADMIN), as in CI; elsewhere the suite is skipped, saying why
/// (the library's `RegistrationStoreFailureTests` fail the store in every environment).
@Suite(.serialized, .enabled(if: SmallFilesystem.canMount, "mounting a tmpfs is not permitted here (needs root with CAP_SYS_ADMIN)"))
struct FullDiskProcessTests {
    static let units = 12

    /// The codes of `units` labeled units, and the ledger (on the ordinary
    /// disk) that a run copies onto a small filesystem.
    static func ledger(_ directory: TemporaryDirectory) throws -> (database: String, codes: [String]) {
        try RegisterProcessTests.setUp(directory, units: units, licenses: 2 * units)
    }

    /// Mounts a filesystem with `extra` bytes beside the ledger copied onto it
    /// (and its shared-memory file), and runs `arguments` on that copy.
    static func run(_ arguments: [String], ledger: String, extra: Int, on filesystem: SmallFilesystem) throws
        -> RemoChildProcess.Result
    {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: ledger)[.size] as? Int)
        try filesystem.mount(bytes: size + 32_768 + extra)
        try FileManager.default.copyItem(atPath: ledger, toPath: filesystem.database)
        return try RemoChildProcess.run(arguments, database: filesystem.database)
    }

    @Test func aDiskFullHalfWayReportsTheRecordersCommittedTheFailingOneAndTheRestAndRunAgainRegistersTheRest() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (ledger, codes) = try Self.ledger(directory)
        let filesystem = try SmallFilesystem(in: directory)
        defer { filesystem.unmount() }
        let register = ["register", "--customer", "taro@example.jp", "--today", "2025-03-10", "--cameras", "2", "--json", "--code"] + codes
        // Room for a few transactions' WAL frames: the smallest room in which at least one recorder commits.
        var found: (run: RemoChildProcess.Result, results: [[String: Any]], extra: Int)?
        for extra in stride(from: 64 * 1024, through: 2048 * 1024, by: 64 * 1024) {
            let run = try Self.run(register, ledger: ledger, extra: extra, on: filesystem)
            let results = try RegisterProcessTests.json(run.stdout)
            if results.contains(where: { $0["status"] as? String == "registered" }) {
                found = (run, results, extra)
                break
            }
            filesystem.unmount()
        }
        let (run, results, extra) = try #require(found, "no room filled the disk after a recorder was committed")
        #expect(run.status == 1 && !run.signalled, "\(run.stderr)")
        // A result per input: the ones committed, the one the disk failed, the rest not tried.
        #expect(results.count == Self.units)
        let statuses = results.map { $0["status"] as? String ?? "" }
        let committed = statuses.prefix { $0 == "registered" }.count
        #expect(committed >= 1 && committed < Self.units)
        #expect(statuses == Array(repeating: "registered", count: committed) + ["store-failed"]
            + Array(repeating: "not-tried", count: Self.units - committed - 1))
        #expect(results.prefix(committed).allSatisfy { ($0["cameras"] as? [Any])?.count == 2 })
        let failed = try #require(results[committed]["message"] as? String)
        #expect(failed.contains(filesystem.database) && failed.contains("disk is full"), "\(failed)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(document["registered"] as? Int == committed)
        // Standard error names the database and what to do.
        #expect(run.stderr.contains(filesystem.database) && run.stderr.contains("Free space"), "\(run.stderr)")
        // Nothing half-written: with room again, the committed ones are there whole and the rest register.
        try filesystem.grow(bytes: 64 * 1024 * 1024)
        let again = try RemoChildProcess.run(register, database: filesystem.database)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try RegisterProcessTests.json(again.stdout).map { $0["status"] as? String } == Array(repeating: "already-registered", count: committed) + Array(repeating: "registered", count: Self.units - committed))
        let bindings = try await RegisterProcessTests.bindings(filesystem.database)
        #expect(bindings.count == 2 * Self.units && Set(bindings.map(\.licenseID)).count == 2 * Self.units)
        filesystem.unmount()
        // The text for people: the same rows, and the summary says what was not done.
        let text = try Self.run(register.filter { $0 != "--json" }, ledger: ledger, extra: extra, on: filesystem)
        #expect(text.status == 1, "\(text.stderr)")
        #expect(text.stdout.contains("not tried") && text.stdout.contains("not done: the database failed"), "\(text.stdout)")
        #expect(text.stderr.contains(filesystem.database), "\(text.stderr)")
    }
}

/// A tmpfs of a given size mounted on a folder of a test's temporary directory:
/// a disk that really fills.
struct SmallFilesystem {
    let mountPoint: String

    /// The ledger's path on it.
    var database: String { mountPoint + "/remo.sqlite" }

    init(in directory: TemporaryDirectory) throws {
        mountPoint = directory.path("small-disk")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    }

    /// Whether this process may mount a tmpfs (root with CAP_SYS_ADMIN, not in every container).
    static let canMount: Bool = {
        guard let directory = try? TemporaryDirectory(), let filesystem = try? SmallFilesystem(in: directory) else {
            return false
        }
        defer { directory.remove() }
        guard (try? filesystem.mount(bytes: 64 * 1024)) != nil else { return false }
        filesystem.unmount()
        return true
    }()

    func mount(bytes: Int) throws {
        try Self.command(["mount", "-t", "tmpfs", "-o", "size=\(bytes),mode=0700", "tmpfs", mountPoint])
    }

    /// Gives the mounted filesystem `bytes` of room in all, keeping its files.
    func grow(bytes: Int) throws {
        try Self.command(["mount", "-o", "remount,size=\(bytes)", mountPoint])
    }

    /// Unmounts it if it is mounted.
    func unmount() {
        try? Self.command(["umount", mountPoint])
    }

    private struct CommandFailed: Error {
        let arguments: [String]
        let status: Int32
    }

    private static func command(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailed(arguments: arguments, status: process.terminationStatus) }
    }
}
