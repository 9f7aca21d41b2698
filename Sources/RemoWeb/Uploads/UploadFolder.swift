import Foundation

/// A private folder (mode 0700) for one request's uploaded files, removed
/// when the request is done, whatever happened: an upload that failed half-way
/// or a client that went away leaves nothing behind.
enum UploadFolder {
    /// Runs `body` with a new folder under `parent` and removes the folder after it.
    static func with<Result>(in parent: String, _ body: (String) async throws -> Result) async throws -> Result {
        let path = (parent as NSString).appendingPathComponent("remo-upload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await body(path)
    }
}
