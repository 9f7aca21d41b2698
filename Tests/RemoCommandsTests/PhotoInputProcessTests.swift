import Foundation
import Testing

/// Only regular files are read as photos: a FIFO, alone or inside a `--photo`
/// folder, is an error naming it, never a hang.
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
}
