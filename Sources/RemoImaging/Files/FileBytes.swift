import Foundation

/// Reads a whole input file, turning the operating system's refusals into
/// ``ImagingError``s that name the file; writes whole buffers. Only regular files are read: a FIFO,
/// a device or a socket is refused before any read (opening is non-blocking,
/// so a FIFO without a writer does not hang the open either). Standard input
/// (``standardInput``) is the exception: it is read whole, a pipe too.
package enum FileBytes {
    /// The bytes of the file at `path`.
    ///
    /// - Parameters:
    ///   - path: the file, as the user named it (used in messages).
    ///   - limit: the most bytes to accept.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/fileNotFound``, ``ImagingError/Code/fileIsDirectory``,
    ///   ``ImagingError/Code/fileNotRegular``, ``ImagingError/Code/fileIsEmpty``, ``ImagingError/Code/fileTooLarge`` or
    ///   ``ImagingError/Code/fileUnreadable``.
    package static func read(_ path: String, limit: Int) throws(ImagingError) -> [UInt8] {
        guard !path.isEmpty else { throw .fileNotFound(path) }
        // Standard input is what the user asked to be read: a pipe is read whole.
        if path == standardInput { return try readAll(STDIN_FILENO, path: path, limit: limit, regularOnly: false) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT: throw .fileNotFound(path)
            case EISDIR: throw .fileIsDirectory(path)
            default: throw .fileUnreadable(path, reason: FileBytes.describe(code))
            }
        }
        defer { close(descriptor) }
        return try readAll(descriptor, path: path, limit: limit, regularOnly: true)
    }

    /// The path that names standard input (`qr decode -`): read from the
    /// process's descriptor 0, whatever it is (a pipe too), never reopened.
    package static let standardInput = "/dev/stdin"

    /// Everything `descriptor` holds, checked as ``read(_:limit:)`` says;
    /// `regularOnly` refuses anything but a regular file before any read.
    private static func readAll(
        _ descriptor: Int32, path: String, limit: Int, regularOnly: Bool
    ) throws(ImagingError) -> [UInt8] {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .fileUnreadable(path, reason: FileBytes.describe(errno)) }
        let kind = info.st_mode & S_IFMT
        if kind == S_IFDIR { throw .fileIsDirectory(path) }
        if regularOnly, kind != S_IFREG { throw .fileNotRegular(path) }
        let declared = kind == S_IFREG ? Int(info.st_size) : 0
        if kind == S_IFREG {
            if declared == 0 { throw .fileIsEmpty(path) }
            if declared > limit { throw .fileTooLarge(path, bytes: declared, limit: limit) }
        }

        var bytes: [UInt8] = []
        bytes.reserveCapacity(declared > 0 ? declared : 1 << 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                throw code == EISDIR ? .fileIsDirectory(path) : .fileUnreadable(path, reason: FileBytes.describe(code))
            }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw .fileTooLarge(path, bytes: bytes.count, limit: limit) }
        }
        if bytes.isEmpty { throw .fileIsEmpty(path) }
        return bytes
    }

    /// Writes every byte of `bytes` to `descriptor`, again after an interrupted
    /// call.
    ///
    /// - Returns: nil, or the `errno` of the write that failed.
    package static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// The operating system's text for an `errno` value.
    package static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
