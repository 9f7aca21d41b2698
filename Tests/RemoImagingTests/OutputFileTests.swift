import Foundation
import RemoCore
import RemoImaging
import Testing

/// Output files written as what their path names: a regular file replaced whole
/// with its mode kept, a symbolic link written through, a hard link kept, a FIFO
/// and a device written directly, a directory refused.
struct OutputFileTests {
    static let bytes = Array("remo output\n".utf8)

    static func status(_ path: String, following: Bool = true) throws -> stat {
        var info = stat()
        let result = following ? stat(path, &info) : lstat(path, &info)
        try #require(result == 0, "stat \(path): \(String(cString: strerror(errno)))")
        return info
    }

    static func bytes(in path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func aPrivateFileIsReplacedWholeAndStaysPrivate() throws {
        try withTemporaryDirectory { directory throws in
            let file = directory + "/report.csv"
            try writeFile(Array("old content, longer than the new\n".utf8), to: file)
            try #require(chmod(file, 0o600) == 0)
            try OutputFile.write(OutputFileTests.bytes, to: file)
            #expect(try OutputFileTests.bytes(in: file) == OutputFileTests.bytes)
            #expect(try OutputFileTests.status(file).st_mode & 0o7777 == 0o600)
            #expect(try contents(of: directory) == ["report.csv"])
        }
    }

    @Test func aNewFileIsMadeWithTheUsualMode() throws {
        try withTemporaryDirectory { directory throws in
            let file = directory + "/new.csv"
            let mask = umask(0o022)
            defer { umask(mask) }
            try OutputFile.write(OutputFileTests.bytes, to: file)
            #expect(try OutputFileTests.status(file).st_mode & 0o777 == 0o644)
        }
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        try withTemporaryDirectory { directory throws in
            try FileManager.default.createDirectory(atPath: directory + "/elsewhere", withIntermediateDirectories: true)
            let target = directory + "/elsewhere/real.csv"
            try writeFile(Array("old\n".utf8), to: target)
            try #require(chmod(target, 0o640) == 0)
            let link = directory + "/link.csv"
            try #require(symlink("elsewhere/real.csv", link) == 0)
            try OutputFile.write(OutputFileTests.bytes, to: link)
            #expect(try OutputFileTests.status(link, following: false).st_mode & S_IFMT == S_IFLNK)
            #expect(try OutputFileTests.bytes(in: target) == OutputFileTests.bytes)
            #expect(try OutputFileTests.status(target).st_mode & 0o7777 == 0o640)
            #expect(try contents(of: directory + "/elsewhere") == ["real.csv"])
        }
    }

    @Test func aDanglingSymbolicLinkMakesItsTarget() throws {
        try withTemporaryDirectory { directory throws in
            let link = directory + "/link.csv"
            try #require(symlink(directory + "/made.csv", link) == 0)
            try OutputFile.write(OutputFileTests.bytes, to: link)
            #expect(try OutputFileTests.status(link, following: false).st_mode & S_IFMT == S_IFLNK)
            #expect(try OutputFileTests.bytes(in: directory + "/made.csv") == OutputFileTests.bytes)
        }
    }

    @Test func aHardLinkedFileIsWrittenInPlaceSoEveryNameSeesIt() throws {
        try withTemporaryDirectory { directory throws in
            let file = directory + "/report.csv"
            let other = directory + "/copy.csv"
            try writeFile(Array("an old content that is longer than the new one\n".utf8), to: file)
            try #require(link(file, other) == 0)
            let inode = try OutputFileTests.status(file).st_ino
            try OutputFile.write(OutputFileTests.bytes, to: file)
            #expect(try OutputFileTests.bytes(in: other) == OutputFileTests.bytes)
            #expect(try OutputFileTests.status(file).st_ino == inode)
            #expect(try OutputFileTests.status(other).st_nlink == 2)
        }
    }

    @Test func aFIFOIsWrittenDirectlyAndStaysAFIFO() throws {
        try withTemporaryDirectory { directory throws in
            let fifo = directory + "/pipe"
            try #require(mkfifo(fifo, 0o600) == 0)
            // A reader that never blocks, opened first: the write then finds its
            // reader, and its bytes wait in the pipe.
            let reader = open(fifo, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            defer { close(reader) }
            try OutputFile.write(OutputFileTests.bytes, to: fifo)
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(reader, &buffer, buffer.count)
            #expect(Array(buffer[0..<max(0, count)]) == OutputFileTests.bytes)
            #expect(try OutputFileTests.status(fifo).st_mode & S_IFMT == S_IFIFO)
            #expect(try contents(of: directory) == ["pipe"])
        }
    }

    @Test func aFullDeviceIsNoSpaceAndStaysADevice() throws {
        try #require(FileManager.default.fileExists(atPath: "/dev/full"))
        #expect {
            try OutputFile.write(OutputFileTests.bytes, to: "/dev/full")
        } throws: { error in
            let error = error as? ImagingError
            return error?.code == .writeFailed && error?.detail == String(cString: strerror(ENOSPC))
                && error?.message.description.contains("/dev/full") == true
        }
        #expect(try OutputFileTests.status("/dev/full").st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aDirectoryIsRefusedAndLeftAlone() throws {
        try withTemporaryDirectory { directory throws in
            #expect(throws: ImagingError.self) { try OutputFile.write(OutputFileTests.bytes, to: directory) }
            #expect(throws: ImagingError.self) { try OutputFile.write(OutputFileTests.bytes, to: directory + "/") }
            #expect(try contents(of: directory).isEmpty)
        }
    }

    @Test func aStagedFileIsPlacedThroughALinkAndIntoAHardLinkedFile() throws {
        try withTemporaryDirectory { directory throws in
            let target = directory + "/real.pdf"
            try writeFile(Array("old\n".utf8), to: target)
            try #require(chmod(target, 0o600) == 0)
            try #require(symlink("real.pdf", directory + "/sheet.pdf") == 0)
            let staged = try OutputFile.stage(OutputFileTests.bytes, for: directory + "/sheet.pdf")
            try OutputFile.place(staged, at: directory + "/sheet.pdf")
            #expect(try OutputFileTests.bytes(in: target) == OutputFileTests.bytes)
            #expect(try OutputFileTests.status(target).st_mode & 0o7777 == 0o600)
            #expect(try OutputFileTests.status(directory + "/sheet.pdf", following: false).st_mode & S_IFMT == S_IFLNK)

            try #require(link(target, directory + "/linked.pdf") == 0)
            let second = try OutputFile.stage(Array("second\n".utf8), for: target)
            try OutputFile.place(second, at: target)
            #expect(try OutputFileTests.bytes(in: directory + "/linked.pdf") == Array("second\n".utf8))
            #expect(try contents(of: directory) == ["linked.pdf", "real.pdf", "sheet.pdf"])
        }
    }
}
