import Foundation
import Hummingbird
import NIOCore
import Testing

@testable import RemoWeb

/// `MultipartUpload` reads a body that comes in small chunks, as a socket
/// delivers it, and writes each file part whole, byte for byte, whatever the
/// chunks and the pieces it writes them in.
struct MultipartUploadTests {
    /// The body in chunks of `size` bytes.
    struct Chunks: AsyncSequence, Sendable {
        let bytes: [UInt8]
        let size: Int

        struct AsyncIterator: AsyncIteratorProtocol {
            var rest: ArraySlice<UInt8>
            let size: Int
            mutating func next() async -> ByteBuffer? {
                guard !rest.isEmpty else { return nil }
                let chunk = rest.prefix(size)
                rest = rest.dropFirst(size)
                return ByteBuffer(bytes: chunk)
            }
        }

        func makeAsyncIterator() -> AsyncIterator { AsyncIterator(rest: bytes[...], size: size) }
    }

    @Test(arguments: [1_000, 4_096, 65_536, 1_000_000])
    func filePartsLargerThanAWritePieceArriveWholeFromChunksOfAnySize(chunk: Int) async throws {
        var generator = SystemRandomNumberGenerator()
        let large = (0..<(3 * PartWriter.flushBytes + 12_345)).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let small = Array("a small part".utf8)
        var body = MultipartBody()
        body.field("site", "1F")
        body.file("photo", fileName: "large.jpg", large)
        body.file("photo", fileName: "small.jpg", small)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("remo-multipart-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let upload = MultipartUpload(boundary: body.boundary, limits: UploadLimits(), folder: folder)
        let parts = try await upload.read(RequestBody(asyncSequence: Chunks(bytes: body.finished, size: chunk)))
        #expect(parts.map(\.name) == ["site", "photo", "photo"])
        #expect(parts[0].text == "1F")
        var written: [[UInt8]] = []
        for part in parts.dropFirst() {
            guard case .file(let path, let count) = part.content else {
                Issue.record("\(part.name) is not a file part")
                continue
            }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            #expect(bytes.count == count)
            written.append(bytes)
        }
        #expect(written == [large, small])
    }
}
