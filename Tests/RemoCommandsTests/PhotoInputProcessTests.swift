import Foundation
import Testing

/// Only regular files are read as photos and CSV files: a FIFO, alone or
/// inside a `--photo` folder, is an error naming it, never a hang; `-` is
/// standard input, read whole, a pipe too.
@Suite(.serialized)
struct PhotoInputProcessTests {
    @Test func aFIFOAsAPhotoIsRefusedByNameAndNeverWaitedOn() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try LedgerProcessTests().prepare(directory, stock: 1)
        let folder = directory.path("photos")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let fifo = folder + "/label.jpg"
        try #require(mkfifo(fifo, 0o600) == 0)

        let decoded = try #require(try RemoChildProcess(["qr", "decode", fifo], database: database).finish(within: 60))
        #expect(decoded.status == 1)
        #expect(decoded.stderr.contains("\(fifo) is not a regular file"), "\(decoded.stderr)")

        for photo in [fifo, folder] {
            let registered = try #require(
                try RemoChildProcess(
                    ["register", "--customer", "taro@example.jp", "--photo", photo, "--json"], database: database
                ).finish(within: 60))
            #expect(registered.status == 1)
            #expect(registered.stdout.contains("is not a regular file"), "\(registered.stdout)")
            #expect(registered.stdout.contains("label.jpg"))
        }
    }

    @Test func aFIFOAsACSVIsRefusedByNameAndNeverWaitedOn() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = try LedgerProcessTests().prepare(directory, stock: 1)
        let fifo = directory.path("units.csv")
        try #require(mkfifo(fifo, 0o600) == 0)

        for arguments in [["labels", "make", "--csv", fifo, "--out", directory.path("out")], ["cards", "import", fifo]] {
            let run = try #require(try RemoChildProcess(arguments, database: database).finish(within: 60))
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stderr.contains("\(fifo) is not a regular file"), "\(run.stderr)")
            #expect(!run.stderr.contains("Usage:"))
        }
    }

    @Test func standardInputFromAPipeIsReadWhole() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("remo.sqlite")
        let encode = try RemoChildProcess.run(["qr", "encode", "--text", "PIPED", "-o", "-", "--format", "png"], database: database)
        try #require(encode.status == 0, "\(encode.stderr)")

        let pipe = Pipe()
        let decode = try RemoChildProcess(
            ["qr", "decode", "--raw", "-"], database: database, standardInput: pipe.fileHandleForReading)
        try pipe.fileHandleForWriting.write(contentsOf: encode.stdoutBytes)
        try pipe.fileHandleForWriting.close()
        let decoded = try #require(decode.finish(within: 60))
        #expect(decoded.status == 0, "\(decoded.stderr)")
        #expect(decoded.stdout == "PIPED\n")
    }
}
