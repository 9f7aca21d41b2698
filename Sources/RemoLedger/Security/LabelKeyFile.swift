import Foundation

/// The file a ``LabelKey`` is kept in: two lines, `remo label key 1` and the key
/// in base64, readable and writable by its owner only (mode 0600).
///
/// By default it lies beside the database, `<database>.label-key`; `--label-key`
/// or `$REMO_LABEL_KEY` name another. Back it up with the database: without it,
/// labels already made cannot be printed again with the same claim codes
/// (registration still works; it needs only the database).
public struct LabelKeyFile: Hashable, Sendable {
    /// The file.
    public let path: String

    static let header = "remo label key 1"

    public init(path: String) {
        self.path = path
    }

    /// The key file beside a database: `<database>.label-key`.
    public static func beside(database: String) -> LabelKeyFile {
        LabelKeyFile(path: database + ".label-key")
    }

    /// The key in the file, or nil when there is no file.
    ///
    /// - Throws: ``LabelKeyError/unreadable(path:reason:)``, ``LabelKeyError/malformed(path:)``.
    public func load() throws(LabelKeyError) -> LabelKey? {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return nil
        } catch {
            if !FileManager.default.fileExists(atPath: path) { return nil }
            throw .unreadable(path: path, reason: (error as NSError).localizedFailureReason ?? "\(error)")
        }
        let lines = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
        guard lines.count == 2, lines[0] == LabelKeyFile.header,
            let bytes = Data(base64Encoded: lines[1]), bytes.count == LabelKey.length
        else { throw .malformed(path: path) }
        return LabelKey(bytes: Array(bytes))
    }

    /// Makes a new key and writes it to the file, which must not exist, with mode
    /// 0600. When another process made the file first, its key is returned.
    ///
    /// - Throws: ``LabelKeyError/cannotCreate(path:reason:)``, or the errors of ``load()``.
    public func create() throws(LabelKeyError) -> LabelKey {
        let key = LabelKey.generate()
        let text = "\(LabelKeyFile.header)\n\(Data(key.bytes).base64EncodedString())\n"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST, let existing = try load() { return existing }
            throw .cannotCreate(path: path, reason: String(cString: strerror(code)))
        }
        var failure: Int32?
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        if written != bytes.count { failure = errno == 0 ? EIO : errno }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if let failure {
            unlink(path)
            throw .cannotCreate(path: path, reason: String(cString: strerror(failure)))
        }
        return key
    }
}
