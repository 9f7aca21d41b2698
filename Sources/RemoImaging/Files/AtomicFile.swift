import Foundation

/// Writes a file whole or not at all: the bytes go to a temporary file in the same
/// directory, which is flushed to disk and then renamed over the destination. A
/// failure at any step removes the temporary file, so a reader never sees half a
/// file and a failed write leaves nothing behind.
///
/// ``stage(_:for:)`` does the first half alone, for a caller that renames later
/// (a label batch renames its files only once the batch is recorded). Temporary
/// files are named `.<name>.<process id>.<random>.tmp`, so a later run can tell
/// which were left by a process that no longer exists (``isAbandoned(_:)``).
package enum AtomicFile {
    /// Writes `bytes` to `path`, replacing any file there.
    ///
    /// - Parameters:
    ///   - bytes: the whole content.
    ///   - path: the destination.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/writeFailed`` with the
    ///   operating system's reason; nothing is left at `path` or beside it.
    package static func write(_ bytes: [UInt8], to path: String) throws(ImagingError) {
        let temporary = try stage(bytes, for: path)
        if rename(temporary, path) != 0 {
            let failure = errno
            unlink(temporary)
            throw .writeFailed(path, reason: describe(failure))
        }
    }

    /// Writes `bytes` whole to a new temporary file beside `path` and flushes it
    /// to disk; the caller renames it to `path` or removes it.
    ///
    /// - Returns: the temporary file's path.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/writeFailed``; nothing is left.
    package static func stage(_ bytes: [UInt8], for path: String) throws(ImagingError) -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        guard !name.isEmpty, !path.hasSuffix("/") else { throw .writeFailed(path, reason: describe(EISDIR)) }

        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 {
            temporary = "\(directory)/.\(name).\(getpid()).\(String(UInt32.random(in: .min ... .max), radix: 36)).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .writeFailed(path, reason: describe(errno)) }

        var failure = bytes.withUnsafeBytes { FileBytes.writeAll($0, to: descriptor) }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw .writeFailed(path, reason: describe(failure))
        }
        return temporary
    }

    /// Whether `name` (a file name) is a temporary file of ``stage(_:for:)``
    /// whose process no longer exists.
    package static func isAbandoned(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let parts = name.dropLast(".tmp".count).split(separator: ".")
        guard parts.count >= 3, let process = Int32(parts[parts.count - 2]), process > 0, process != getpid() else {
            return false
        }
        return kill(process, 0) != 0 && errno == ESRCH
    }

    private static func describe(_ code: Int32) -> String {
        FileBytes.describe(code)
    }
}
