public import Foundation

/// An outbox that writes each message as an RFC 5322 file, `<name>.eml`, in a
/// directory for a mail system to send. Files are written under a temporary
/// name and renamed, readable only by their owner (they may hold a password).
public struct DirectoryOutbox: Outbox {
    /// The directory; created when the first message is written.
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public func deliver(_ message: MailMessage, name: String) throws -> String {
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            let target = directory.appendingPathComponent(name + ".eml")
            let temporary = directory.appendingPathComponent(".\(name).eml.\(ProcessInfo.processInfo.processIdentifier).tmp")
            guard manager.createFile(
                atPath: temporary.path, contents: Data(message.rendered().utf8), attributes: [.posixPermissions: 0o600])
            else {
                throw OutboxError.cannotWrite(path: target.path, reason: String(cString: strerror(errno)))
            }
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            try manager.moveItem(at: temporary, to: target)
            return target.path
        } catch let error as OutboxError {
            throw error
        } catch {
            throw OutboxError.cannotWrite(path: directory.path, reason: error.localizedDescription)
        }
    }
}
