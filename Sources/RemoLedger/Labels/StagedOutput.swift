import Foundation
import RemoCore
import RemoImaging
import Synchronization

/// A batch's files, written whole under temporary names in the output folder
/// and put in place (renamed) only after the batch is recorded.
///
/// Temporary files are RemoImaging's `OutputFile` ones (a final name that is a
/// symbolic link, a hard-linked file or a device is written through, as every
/// output file), `.<name>.<process>.<random>.tmp`
/// beside their final names. A failure before the batch is recorded removes them (and the folders
/// made for them); a process killed before it removes them leaves them, and the
/// next run into the folder removes those whose process is gone.
struct StagedOutput {
    /// The output folder.
    let directory: String
    /// Staged files: temporary and final paths, in the order they are put in place.
    private(set) var files: [(temporary: String, final: String)] = []
    /// Folders made for the files, to remove when nothing is put in place.
    private var madeFolders: [String] = []
    /// The batch's own temporary files, never put in place.
    private var scratchFiles: [String] = []

    /// Opens the output folder, making it when missing, and removes what killed
    /// runs left in it (and in `subfolders`).
    ///
    /// - Throws: ``LabelBatchError/outputNotFolder(path:)``, ``LabelBatchError/cannotWrite(path:reason:)``.
    init(directory: String, subfolders: [String]) throws(LabelBatchError) {
        self.directory = directory
        var isDirectory: ObjCBool = false
        let manager = FileManager.default
        if manager.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .outputNotFolder(path: directory) }
        } else {
            do {
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: directory, reason: StagedOutput.reason(error))
            }
            madeFolders.append(directory)
        }
        for folder in [directory] + subfolders.map({ directory + "/" + $0 }) {
            StagedOutput.removeAbandoned(in: folder)
        }
    }

    /// Writes `bytes` whole to a temporary file for `name` (a path inside the folder).
    ///
    /// - Throws: ``LabelBatchError/outputIsFolder(path:)`` when a folder has
    ///   the name, ``LabelBatchError/cannotWrite(path:reason:)``.
    mutating func stage(_ bytes: [UInt8], as name: String) throws(LabelBatchError) {
        let final = directory + "/" + name
        let folder = URL(fileURLWithPath: final).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .cannotWrite(path: folder, reason: StagedOutput.reason(error))
            }
            madeFolders.append(folder)
        }
        do {
            files.append((try OutputFile.stage(bytes, for: final), final))
        } catch {
            // `OutputFile` refuses a folder before staging anything.
            if StagedOutput.isFolder(final) { throw .outputIsFolder(path: final) }
            throw .cannotWrite(path: final, reason: error.detail ?? error.message.description)
        }
    }

    /// Makes an empty temporary file for `name` (a path inside the folder), to
    /// be written as the batch goes and put in place with the others.
    ///
    /// - Returns: the temporary file's path.
    /// - Throws: ``LabelBatchError/cannotWrite(path:reason:)``.
    mutating func reserve(_ name: String) throws(LabelBatchError) -> String {
        try stage([], as: name)
        return files[files.count - 1].temporary
    }

    /// Makes an empty temporary file in the folder for the batch's own use,
    /// never put in place: removed by ``discard()`` and ``removeScratch()``.
    ///
    /// - Throws: ``LabelBatchError/cannotWrite(path:reason:)``.
    mutating func scratch(_ name: String) throws(LabelBatchError) -> String {
        let final = directory + "/" + name
        do {
            scratchFiles.append(try OutputFile.stage([], for: final))
        } catch {
            throw .cannotWrite(path: final, reason: error.detail ?? error.message.description)
        }
        return scratchFiles[scratchFiles.count - 1]
    }

    /// Removes the scratch files.
    func removeScratch() {
        for file in scratchFiles { unlink(file) }
    }

    /// Checks that every final name can be replaced: none is a folder.
    ///
    /// - Throws: ``LabelBatchError/outputIsFolder(path:)``.
    func checkFinalNames() throws(LabelBatchError) {
        for file in files where StagedOutput.isFolder(file.final) {
            throw .outputIsFolder(path: file.final)
        }
    }

    /// Whether `path` is a folder (where a file of the batch goes).
    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Puts every file in place, in order, `last` last, and flushes the folders.
    ///
    /// - Returns: the final paths.
    /// - Throws: ``LabelBatchError/filesNotPlaced(path:reason:)`` at the first that fails.
    func place(last: String) throws(LabelBatchError) -> [String] {
        let ordered = files.filter { $0.final != last } + files.filter { $0.final == last }
        for file in ordered {
            do {
                try OutputFile.place(file.temporary, at: file.final)
            } catch {
                throw .filesNotPlaced(path: file.final, reason: error.detail ?? error.message.description)
            }
        }
        for folder in Set(files.map { URL(fileURLWithPath: $0.final).deletingLastPathComponent().path }) {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if descriptor >= 0 {
                fsync(descriptor)
                close(descriptor)
            }
        }
        return files.map(\.final)
    }

    /// Removes the temporary files and the folders made for them (when empty).
    func discard() {
        removeScratch()
        for file in files { unlink(file.temporary) }
        for folder in madeFolders.reversed() { rmdir(folder) }
    }

    /// Removes temporary files of runs whose process no longer exists.
    private static func removeAbandoned(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where OutputFile.isAbandoned(name) { unlink(folder + "/" + name) }
    }

    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

extension StagedOutput {
    /// The staged files, shared with the write transaction that stages one more
    /// (the manifest): the store may run the transaction on a thread of its own,
    /// and the files it staged must be discarded when it does not commit.
    final class Shared: Sendable {
        private let state: Mutex<StagedOutput>

        init(_ output: StagedOutput) {
            state = Mutex(output)
        }

        /// The files staged so far.
        var value: StagedOutput { state.withLock { $0 } }

        /// Stages more files through `body`.
        func update<T: Sendable>(_ body: (inout StagedOutput) throws -> T) throws -> T {
            try state.withLock { output in try body(&output) }
        }
    }
}
