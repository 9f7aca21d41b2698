import Foundation
import RemoCore
import RemoImaging
import RemoLedger

/// Reads uploaded photos: their QR codes (``QRFileScanner``) or their
/// registration inputs (``RemoLedger/RegistrationPhotos``), each named by the
/// part's file name. The decoding runs on RemoImaging's shared `WorkPool`, a
/// thread per core for every request at once: a request's task only waits,
/// and photos beyond the pool's threads wait on disk, not in memory.
struct PhotoReader: Sendable {
    /// Whether any uploaded file starts like an image remo reads (JPEG, PNG, HEIF).
    static func anyImage(_ parts: [UploadedPart]) -> Bool {
        parts.contains { part in
            guard case .file(let path, _) = part.content, let handle = FileHandle(forReadingAtPath: path) else { return false }
            defer { try? handle.close() }
            let head = [UInt8]((try? handle.read(upToCount: 32)) ?? Data())
            return ImageFormat(magic: head) != nil
        }
    }

    /// The photo parts (file parts) of an upload, with their paths and names.
    static func files(_ parts: [UploadedPart]) -> [(path: String, name: String)] {
        parts.compactMap { part in
            guard case .file(let path, _) = part.content else { return nil }
            return (path, part.fileName.flatMap { $0.isEmpty ? nil : $0 } ?? part.name)
        }
    }

    /// The `remo qr decode --json` document of the photos, one entry per photo in order.
    func decode(_ files: [(path: String, name: String)]) async -> QRDecodeDocument {
        let names = Dictionary(files.map { ($0.path, $0.name) }, uniquingKeysWith: { first, _ in first })
        let paths = files.map(\.path)
        let results = await QRFileScanner().scan(files: paths)
        return QRDecodeDocument(results) { names[$0] ?? $0 }
    }

    /// The registration inputs of the photos, each named by its file name.
    func inputs(_ files: [(path: String, name: String)]) async -> [RegistrationInput] {
        let names = Dictionary(files.map { ($0.path, $0.name) }, uniquingKeysWith: { first, _ in first })
        let paths = files.map(\.path)
        let inputs = await RegistrationPhotos().inputs(paths)
        return inputs.map { RegistrationInput(input: names[$0.input] ?? $0.input, kind: $0.kind) }
    }
}
