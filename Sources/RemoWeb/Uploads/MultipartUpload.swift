import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import RemoCore
import _NIOFileSystem

/// Reads a `multipart/form-data` body as it arrives: file parts are written
/// to files in a folder, a chunk at a time (never the whole upload in memory),
/// text fields are kept; a part over ``UploadLimits/partBytes``, or more parts
/// than ``UploadLimits/parts``, stops the reading at once with a 413.
///
/// The parsing is multipart-kit's incremental `MultipartParser` (4.x), fed each
/// chunk of the request body; what it hands back for a chunk is written before
/// the next chunk is read, so at most one chunk (and the boundary it may hold
/// back) is in memory per request.
struct MultipartUpload {
    let boundary: String
    let limits: UploadLimits
    /// Where file parts are written (the caller removes it).
    let folder: String

    /// The boundary of a `multipart/form-data` content type.
    ///
    /// - Throws: ``WebError/unsupportedBody(_:)`` for any other type.
    static func boundary(of contentType: String?) throws(WebError) -> String {
        let type = contentType ?? ""
        let parts = type.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { throw .unsupportedBody(type) }
        for parameter in parts.dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if !value.isEmpty, value.utf8.count <= 200 { return value }
        }
        throw .unsupportedBody(type)
    }

    /// Reads the body to its end.
    ///
    /// - Returns: the parts in the order they came.
    /// - Throws: ``WebError`` (413 for a limit, 400 for a body that is not valid
    ///   multipart data), or the body's own error (a client that went away).
    func read(_ body: RequestBody) async throws -> [UploadedPart] {
        let collector = PartCollector(limits: limits)
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in collector.header(name, value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        var writer = PartWriter(folder: folder, limits: limits)
        do {
            for try await chunk in body {
                collector.trackEnd(chunk)
                do {
                    try parser.execute(chunk)
                } catch {
                    throw WebError.badField("body", reason: WebText.errorMultipartSyntax())
                }
                if let problem = collector.problem { throw problem }
                try await writer.apply(collector.takeEvents())
            }
            guard collector.reachedEnd else {
                throw WebError.badField("body", reason: WebText.errorMultipartTruncated())
            }
        } catch {
            await writer.abandon()
            throw error
        }
        return writer.parts
    }
}

/// What the parser said about one chunk, in order: a part begins, bytes of it, it ends.
enum PartEvent {
    case begin(name: String, fileName: String?)
    case bytes(ByteBuffer)
    case end
}

/// Collects the parser's callbacks (synchronous) as events for the writer
/// (asynchronous), and counts parts and bytes against the limits.
final class PartCollector {
    let limits: UploadLimits
    private(set) var problem: WebError?
    private var events: [PartEvent] = []
    private var headers: [(String, String)] = []
    private var open = false
    private var current = ""
    private var bytes = 0
    private var count = 0
    /// The last bytes seen, to tell a body that ended with its closing boundary.
    private var tail: [UInt8] = []

    init(limits: UploadLimits) {
        self.limits = limits
    }

    func header(_ name: String, _ value: String) {
        headers.append((name, value))
    }

    func body(_ buffer: inout ByteBuffer) {
        beginIfNeeded()
        bytes += buffer.readableBytes
        if bytes > limits.partBytes, problem == nil {
            problem = .partTooLarge(part: current, limitMB: limits.partMegabytes)
            return
        }
        events.append(.bytes(buffer))
    }

    func complete() {
        beginIfNeeded()
        events.append(.end)
        open = false
    }

    private func beginIfNeeded() {
        guard !open else { return }
        open = true
        bytes = 0
        count += 1
        if count > limits.parts, problem == nil { problem = .tooManyParts(limit: limits.parts) }
        let disposition = headers.first { $0.0.lowercased() == "content-disposition" }?.1 ?? ""
        let parameters = Self.parameters(of: disposition)
        current = parameters["name"] ?? ""
        events.append(.begin(name: current, fileName: parameters["filename"]))
        headers = []
    }

    func takeEvents() -> [PartEvent] {
        defer { events = [] }
        return events
    }

    /// Keeps the last bytes of the body: a complete body ends with `--` after
    /// its last boundary (and maybe a line break).
    func trackEnd(_ chunk: ByteBuffer) {
        tail = Array((tail + chunk.readableBytesView).suffix(8))
    }

    /// Whether the body ended with its closing boundary: its last part is complete.
    var reachedEnd: Bool {
        var trimmed = tail[...]
        while let last = trimmed.last, last == 0x0D || last == 0x0A || last == 0x20 { trimmed = trimmed.dropLast() }
        return trimmed.suffix(2) == [0x2D, 0x2D] && !open && count > 0
    }

    /// `form-data; name="photo"; filename="a.jpg"` → `["name": "photo", "filename": "a.jpg"]`.
    static func parameters(of disposition: String) -> [String: String] {
        var result: [String: String] = [:]
        for item in disposition.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            var value = pair[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            result[pair[0].lowercased()] = value.replacingOccurrences(of: "\\\"", with: "\"")
        }
        return result
    }
}

/// Writes file parts to files and gathers text fields, event by event.
///
/// A file part's bytes are gathered up to ``flushBytes`` before each write:
/// every write is a hop to the file system's threads and back, and the
/// request body comes in chunks of a few kilobytes, so writing each chunk as
/// it came cost more in thread switches than the decoding of the photo.
struct PartWriter {
    /// How many bytes of a file part are held before they are written: 256 KiB.
    static let flushBytes = 256 * 1024
    let folder: String
    let limits: UploadLimits
    private(set) var parts: [UploadedPart] = []
    private var file: (handle: WriteFileHandle, path: String, name: String, fileName: String, offset: Int64)?
    /// The bytes of the open file part not written yet.
    private var pending = ByteBuffer()
    private var field: (name: String, bytes: [UInt8])?

    init(folder: String, limits: UploadLimits) {
        self.folder = folder
        self.limits = limits
    }

    mutating func apply(_ events: [PartEvent]) async throws {
        for event in events {
            switch event {
            case .begin(let name, let fileName?):
                let path = folder + "/part-\(parts.count + 1)"
                let handle = try await FileSystem.shared.openFile(
                    forWritingAt: FilePath(path), options: .newFile(replaceExisting: false))
                file = (handle, path, name, fileName, 0)
            case .begin(let name, nil):
                field = (name, [])
            case .bytes(let buffer):
                if file != nil {
                    var buffer = buffer
                    pending.writeBuffer(&buffer)
                    if pending.readableBytes >= Self.flushBytes { try await flush() }
                } else if var open = field {
                    open.bytes += buffer.readableBytesView
                    guard open.bytes.count <= limits.fieldBytes else {
                        throw WebError.badField(open.name, reason: WebText.errorFieldTooLong(["limit": .integer(limits.fieldBytes)]))
                    }
                    field = open
                }
            case .end:
                try await flush()  // nothing when the part is a field
                if let open = file {
                    file = nil
                    try await open.handle.close()
                    parts.append(UploadedPart(name: open.name, fileName: open.fileName, content: .file(path: open.path, bytes: Int(open.offset))))
                } else if let open = field {
                    field = nil
                    parts.append(UploadedPart(name: open.name, fileName: nil, content: .field(String(decoding: open.bytes, as: UTF8.self))))
                }
            }
        }
    }

    /// Writes the open file part's pending bytes at its end.
    private mutating func flush() async throws {
        guard var open = file, pending.readableBytes > 0 else { return }
        try await open.handle.write(contentsOf: pending.readableBytesView, toAbsoluteOffset: open.offset)
        open.offset += Int64(pending.readableBytes)
        file = open
        pending.clear()
    }

    /// Closes a file left open by a body that failed half-way.
    mutating func abandon() async {
        pending.clear()
        if let open = file {
            file = nil
            try? await open.handle.close()
        }
    }
}
