import Foundation
import RemoImaging

/// A file of text lines written as they come and read back as they are needed,
/// in bounded memory (64 KiB buffers): what a label batch keeps of its labels
/// between making them and recording them, and how it writes the manifest.
enum LineFile {
    /// Appends lines to a file, buffered.
    final class Writer {
        let path: String
        private var descriptor: Int32
        private var buffer: [UInt8] = []

        /// Opens `path` for writing, emptying it.
        ///
        /// - Throws: ``LabelBatchError/cannotWrite(path:reason:)``.
        init(path: String) throws(LabelBatchError) {
            self.path = path
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
            buffer.reserveCapacity(1 << 16)
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }

        /// Appends `text` as it is (the caller ends its lines).
        func write(_ text: String) throws(LabelBatchError) {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { try flush() }
        }

        /// Writes what is buffered, flushes the file to disk and closes it.
        func finish() throws(LabelBatchError) {
            try flush()
            let synced = fsync(descriptor) == 0
            let failure = errno
            close(descriptor)
            descriptor = -1
            guard synced else { throw .cannotWrite(path: path, reason: String(cString: strerror(failure))) }
        }

        private func flush() throws(LabelBatchError) {
            let failure = buffer.withUnsafeBytes { FileBytes.writeAll($0, to: descriptor) }
            buffer.removeAll(keepingCapacity: true)
            if let failure { throw .cannotWrite(path: path, reason: String(cString: strerror(failure))) }
        }
    }

    /// Reads a file's lines (LF-ended) one at a time.
    final class Reader {
        let path: String
        private var descriptor: Int32
        private var buffer: [UInt8] = []
        private var start = 0
        private var atEnd = false

        /// Opens `path` for reading.
        ///
        /// - Throws: ``LabelBatchError/cannotWrite(path:reason:)`` (the file is the batch's own).
        init(path: String) throws(LabelBatchError) {
            self.path = path
            descriptor = open(path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: String(cString: strerror(errno))) }
        }

        deinit {
            if descriptor >= 0 { close(descriptor) }
        }

        /// The next line without its LF, or nil after the last.
        func next() throws(LabelBatchError) -> String? {
            while true {
                if let end = buffer[start...].firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[start..<end], as: UTF8.self)
                    start = end + 1
                    return line
                }
                if atEnd {
                    guard start < buffer.count else { return nil }
                    let line = String(decoding: buffer[start...], as: UTF8.self)
                    start = buffer.count
                    return line
                }
                buffer.removeFirst(start)
                start = 0
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
                }
                if count == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[..<count]) }
            }
        }
    }
}
