import Foundation
import Testing

/// `remo report -o` through the executable, where the file is the point: a
/// private file stays private, a symbolic link and a hard link stay links, a
/// FIFO is written, and `/dev/full` is a clear error and stays a device.
@Suite(.serialized)
struct OutputTargetProcessTests {
    let report = ["report", "--customer", "taro@example.jp", "--today", "2026-03-20", "--format", "csv"]

    static func status(_ path: String, following: Bool = true) throws -> stat {
        var info = stat()
        try #require((following ? stat(path, &info) : lstat(path, &info)) == 0, "stat \(path)")
        return info
    }

    @Test func aPrivateFileALinkAndAHardLinkKeepWhatTheyAre() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try ReportCommandTests().prepare(directory)

        let secret = directory.path("secret.csv")
        try Data("old".utf8).write(to: URL(fileURLWithPath: secret))
        try #require(chmod(secret, 0o600) == 0)
        let written = try RemoChildProcess.run(report + ["-o", secret], database: database)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(try OutputTargetProcessTests.status(secret).st_mode & 0o7777 == 0o600)
        let csv = try String(contentsOfFile: secret, encoding: .utf8)
        #expect(csv.contains("taro@example.jp"))

        let link = directory.path("link.csv")
        try #require(symlink("secret.csv", link) == 0)
        #expect(try RemoChildProcess.run(report + ["-o", link], database: database).status == 0)
        #expect(try OutputTargetProcessTests.status(link, following: false).st_mode & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == csv)

        let hard = directory.path("hard.csv")
        try #require(Foundation.link(secret, hard) == 0)
        try Data("replaced".utf8).write(to: URL(fileURLWithPath: hard), options: [])
        try #require(try OutputTargetProcessTests.status(secret).st_nlink == 2)
        #expect(try RemoChildProcess.run(report + ["-o", hard], database: database).status == 0)
        #expect(try String(contentsOfFile: secret, encoding: .utf8) == csv)
        #expect(try OutputTargetProcessTests.status(secret).st_nlink == 2)
        #expect(try OutputTargetProcessTests.status(secret).st_mode & 0o7777 == 0o600)
    }

    @Test func aFIFOIsWrittenAndAFullDeviceIsNoSpace() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try ReportCommandTests().prepare(directory)

        let fifo = directory.path("report.fifo")
        try #require(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        let piped = try #require(try RemoChildProcess(report + ["-o", fifo], database: database).finish(within: 60))
        #expect(piped.status == 0, "\(piped.stderr)")
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer[0..<max(0, count)], as: UTF8.self).contains("taro@example.jp"))
        #expect(try OutputTargetProcessTests.status(fifo).st_mode & S_IFMT == S_IFIFO)

        let full = try RemoChildProcess.run(report + ["-o", "/dev/full"], database: database)
        #expect(full.status == 1)
        #expect(!full.signalled)
        #expect(full.stderr.contains("/dev/full"), "\(full.stderr)")
        #expect(full.stderr.contains(String(cString: strerror(ENOSPC))), "\(full.stderr)")
        #expect(try OutputTargetProcessTests.status("/dev/full").st_mode & S_IFMT == S_IFCHR)
    }
}
