import Foundation
import RemoCore

/// Writes an output file (`-o`, `--out`, a label batch's files) as what the
/// path names is: whole or not at all where it is a regular file, and without
/// replacing what is not one.
///
/// - **A regular file, or nothing yet**: the bytes go to a temporary file in
///   the same directory, flushed to disk, given the old file's mode (and owner,
///   where the process may), and renamed over it. A failure at any step removes
///   the temporary file: a reader never sees half a file, and a failed write
///   leaves the old one as it was.
/// - **A regular file with other hard links**: written in place, so that every
///   name still shows the same file. Its new size is reserved first, so that a
///   full disk is found before a byte of it changes.
/// - **A symbolic link**: followed (through every link of a chain) to its
///   target, which is then written as above; the link stays a link.
/// - **A device, a FIFO, a socket** (`/dev/full`, a named pipe), or a file the
///   process has open (`/dev/stdout`, `/proc/self/fd/1`): opened and written
///   directly; it stays what it was, and a full device is the operating
///   system's "No space left on device".
/// - **A directory**: refused.
///
/// ``stage(_:for:)`` and ``place(_:at:)`` split a write in two, for a caller
/// that puts its files in place later (a label batch does so only once the batch
/// is recorded). Temporary files are named `.<name>.<process id>.<random>.tmp`,
/// so a later run can tell which were left by a process that no longer exists
/// (``isAbandoned(_:)``).
package enum OutputFile {
    /// What a path names, once its symbolic links are followed.
    enum Destination: Equatable {
        /// Nothing yet, or a regular file with one link: a temporary file renamed
        /// over `path`, with the mode and owner of the file there (nil: none).
        case replace(path: String, existing: Existing?)
        /// A hard-linked regular file, a device, a FIFO or a socket: written in place.
        case inPlace(path: String, regular: Bool)

        /// The path the bytes go to.
        var path: String {
            switch self {
            case .replace(let path, _), .inPlace(let path, _): path
            }
        }
    }

    /// The mode and owner of a regular file a write replaces.
    struct Existing: Equatable {
        let mode: mode_t
        let owner: uid_t
        let group: gid_t
    }

    /// Writes `bytes` to `path` as the type explains.
    ///
    /// - Parameters:
    ///   - bytes: the whole content.
    ///   - path: the destination, as the user named it (used in messages).
    /// - Throws: ``ImagingError`` ``ImagingError/Code/writeFailed`` with the
    ///   operating system's reason; a regular file is left as it was.
    package static func write(_ bytes: [UInt8], to path: String) throws(ImagingError) {
        switch try destination(of: path) {
        case .replace(let target, let existing):
            let temporary = try stage(bytes, beside: target, named: path)
            try rename(temporary, over: target, keeping: existing, named: path)
        case .inPlace(let target, let regular):
            try writeInPlace(bytes, to: target, regular: regular, named: path)
        }
    }

    /// Writes `bytes` whole to a new temporary file beside what `path` names
    /// (a symbolic link's target) and flushes it to disk; ``place(_:at:)`` puts
    /// it in place, or the caller removes it.
    ///
    /// - Returns: the temporary file's path.
    /// - Throws: ``ImagingError`` ``ImagingError/Code/writeFailed``; nothing is left.
    package static func stage(_ bytes: [UInt8], for path: String) throws(ImagingError) -> String {
        try stage(bytes, beside: destination(of: path).path, named: path)
    }

    /// Puts a file of ``stage(_:for:)`` in place at `path`: renamed over a
    /// regular file (keeping its mode), or copied into a hard-linked file, a
    /// device or a FIFO and then removed.
    ///
    /// - Throws: ``ImagingError`` ``ImagingError/Code/writeFailed``; the
    ///   temporary file is removed either way.
    package static func place(_ temporary: String, at path: String) throws(ImagingError) {
        let destination: Destination
        do {
            destination = try self.destination(of: path)
        } catch {
            unlink(temporary)
            throw error
        }
        switch destination {
        case .replace(let target, let existing):
            try rename(temporary, over: target, keeping: existing, named: path)
        case .inPlace(let target, let regular):
            defer { unlink(temporary) }
            let bytes: [UInt8]
            do {
                bytes = try FileBytes.read(temporary, limit: .max)
            } catch where error.code == .fileIsEmpty {
                bytes = []
            } catch {
                throw .writeFailed(path, reason: error.detail ?? error.message.description)
            }
            try writeInPlace(bytes, to: target, regular: regular, named: path)
        }
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

    /// What `path` names, its symbolic links followed.
    static func destination(of path: String) throws(ImagingError) -> Destination {
        guard !path.isEmpty, !path.hasSuffix("/") else { throw .writeFailed(path, reason: describe(EISDIR)) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let failure = errno
            guard failure == ENOENT else { throw .writeFailed(path, reason: describe(failure)) }
            return .replace(path: try danglingTarget(of: path), existing: nil)
        }
        // `/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N` name an open file of the
        // process (perhaps one a shell opened to append): written, never replaced.
        let opened = path.hasPrefix("/dev/") || path.hasPrefix("/proc/")
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            throw .writeFailed(path, reason: describe(EISDIR))
        case S_IFREG where info.st_nlink > 1 || opened:
            return .inPlace(path: path, regular: true)
        case S_IFREG:
            guard let resolved = realpath(path, nil) else { throw .writeFailed(path, reason: describe(errno)) }
            defer { free(resolved) }
            return .replace(
                path: String(cString: resolved),
                existing: Existing(mode: info.st_mode & 0o7777, owner: info.st_uid, group: info.st_gid))
        default:
            return .inPlace(path: path, regular: false)
        }
    }

    /// Where a path that names nothing yet is to be made: the end of its chain
    /// of symbolic links (40 at most, as the kernel follows), else the path itself.
    private static func danglingTarget(of path: String) throws(ImagingError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count > 0 else { throw .writeFailed(path, reason: describe(errno)) }
            let target = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = target.hasPrefix("/") ? target : URL(fileURLWithPath: current).deletingLastPathComponent().path + "/" + target
        }
        throw .writeFailed(path, reason: describe(ELOOP))
    }

    /// A new temporary file beside `target`, holding `bytes`, flushed.
    private static func stage(_ bytes: [UInt8], beside target: String, named path: String) throws(ImagingError) -> String {
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent().path
        let name = url.lastPathComponent
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<8 {
            temporary = "\(directory)/.\(name).\(getpid()).\(String(UInt32.random(in: .min ... .max), radix: 36)).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw .writeFailed(path, reason: describe(errno)) }
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw .writeFailed(path, reason: describe(failure))
        }
        return temporary
    }

    /// Gives `temporary` the mode and owner of the file it replaces and renames
    /// it over `target`; removes it on failure.
    private static func rename(
        _ temporary: String, over target: String, keeping existing: Existing?, named path: String
    ) throws(ImagingError) {
        if let existing {
            // The owner first: changing it may clear set-id bits, which the mode then restores.
            var info = stat()
            if stat(temporary, &info) == 0, info.st_uid != existing.owner || info.st_gid != existing.group {
                _ = chown(temporary, existing.owner, existing.group)
            }
            if chmod(temporary, existing.mode) != 0 {
                let failure = errno
                unlink(temporary)
                throw .writeFailed(path, reason: describe(failure))
            }
        }
        if Foundation.rename(temporary, target) != 0 {
            let failure = errno
            unlink(temporary)
            throw .writeFailed(path, reason: describe(failure))
        }
    }

    /// Writes `bytes` into what is at `target` without replacing it: a regular
    /// file is reserved to its new size first, then written and cut to it.
    private static func writeInPlace(
        _ bytes: [UInt8], to target: String, regular: Bool, named path: String
    ) throws(ImagingError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { throw .writeFailed(path, reason: describe(errno)) }
        var failure: Int32?
        if regular {
            let reserved = bytes.isEmpty ? 0 : posix_fallocate(descriptor, 0, off_t(bytes.count))
            if reserved != 0, reserved != EOPNOTSUPP, reserved != EINVAL { failure = reserved }
        }
        if failure == nil { failure = writeAll(bytes, to: descriptor) }
        if regular, failure == nil {
            if ftruncate(descriptor, off_t(bytes.count)) != 0 { failure = errno }
            if failure == nil, fsync(descriptor) != 0 { failure = errno }
        }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if let failure { throw .writeFailed(path, reason: describe(failure)) }
    }

    /// Writes every byte to an open descriptor (from its offset), retrying
    /// interrupted and short writes: the `errno` of a failure, nil when all were
    /// written. The command line's stdout goes through it too.
    package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { FileBytes.writeAll($0, to: descriptor) }
    }

    private static func describe(_ code: Int32) -> String {
        FileBytes.describe(code)
    }
}
