import Foundation
import RemoCore
import RemoImaging
import Synchronization
import Testing

struct QRFileScannerTests {
    final class RecordingProgress: BatchProgress {
        let calls = Mutex<[String]>([])
        func advance(to completed: Int, of total: Int) { calls.withLock { $0.append("\(completed)/\(total)") } }
        func finish() { calls.withLock { $0.append("finish") } }
    }

    @Test func eachFileGetsItsOwnResultInInputOrder() async throws {
        try await withTemporaryDirectory { directory in
            var canvas = try Canvas(width: 400, height: 200)
            canvas.fillRectangle(x: 0, y: 0, width: 400, height: 200, color: .white)
            canvas.drawQR(try QREncoder.encode("LEFT"), x: 20, y: 20, moduleSize: 5)
            canvas.drawQR(try QREncoder.encode("RIGHT"), x: 240, y: 20, moduleSize: 5)
            try writeFile(JPEGEncoder().encode(canvas.rasterize(), quality: 85), to: directory + "/two.jpg")
            try Canvas.qrCode(QREncoder.encode("ONE"), moduleSize: 4, quietZone: 4).write(to: directory + "/one.png")
            try writeFile(PNGEncoder.encode(GrayImage(width: 50, height: 50)), to: directory + "/blank.png")
            try writeFile(Array("not an image".utf8), to: directory + "/notes.jpg")
            let files = ["two.jpg", "missing.heic", "one.png", "notes.jpg", "blank.png"].map { directory + "/" + $0 }

            let progress = RecordingProgress()
            let results = await QRFileScanner(concurrency: 2).scan(files: files, progress: progress)
            #expect(results.map(\.file) == files)
            #expect(Set(results[0].codes.map(\.text)) == ["LEFT", "RIGHT"])
            #expect(results[1].error?.code == .fileNotFound)
            #expect(results[2].codes.map(\.text) == ["ONE"])
            #expect(results[3].error?.code == .unknownFormat)
            #expect(results[4].codes.isEmpty && results[4].error == nil)
            #expect(progress.calls.withLock { $0 } == ["1/5", "2/5", "3/5", "4/5", "5/5", "finish"])
        }
    }

    @Test func concurrentScanGivesWhatOneByOneGives() async throws {
        try await withTemporaryDirectory { directory in
            let files = try (0..<10).map { index in
                let path = directory + "/\(index).png"
                try Canvas.qrCode(QREncoder.encode("FILE \(index)"), moduleSize: 3, quietZone: 4).write(to: path)
                return path
            }
            let together = await QRFileScanner(concurrency: 4).scan(files: files)
            let alone = files.map { QRFileScanner().scan(file: $0) }
            #expect(together == alone)
            #expect(together.map { $0.codes.map(\.text) } == (0..<10).map { ["FILE \($0)"] })
        }
    }
}
