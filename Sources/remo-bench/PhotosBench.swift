import ArgumentParser
import Foundation
import RemoCore
import RemoImaging

/// `remo-bench photos`: remo reading a phone-photo corpus (docs/corpus.md), each
/// photo timed with loading included, median of several runs, beside the peers'
/// per-photo results from `scripts/bench/peers.py`, scored by the same rules.
struct PhotosBench: AsyncParsableCommand, TimedBench {
    static let configuration = CommandConfiguration(
        commandName: "photos",
        abstract: "remo reading a phone-photo corpus beside zbarimg and zxing-cpp (docs/corpus.md)."
    )

    @Option(help: "A corpus folder made by scripts/corpus/generate.py.")
    var corpus: String

    @Option(help: "The peers' results (peers.py --json); without it peers.py is run.")
    var peers: String?

    @Option(help: "Runs over the corpus; each photo's time is its median.")
    var runs = 3

    @Option(help: "Some categories only (comma-separated).")
    var categories: String?

    @Option(help: "Threads reading one photo's regions (default: every core, as remo qr decode does for one photo).")
    var threads: Int?

    @Flag(help: "zbar alone, without the second engine (zxing-cpp) for escalated regions.")
    var zbarOnly = false

    @Flag(help: "Without the light-on-dark stage for large photos (to measure what it costs).")
    var noLightOnDark = false

    @Flag(help: "One JSON document on stdout.")
    var json = false

    func run() async throws {
        let manifest = try JSONDecoder().decode(
            CorpusManifest.self, from: Data(contentsOf: URL(fileURLWithPath: corpus + "/manifest.json")))
        let wanted = categories.map { Set($0.split(separator: ",").map(String.init)) }
        let photos = manifest.photos.filter { wanted?.contains($0.category) ?? true }
        let peerResults = try loadPeers()
        var decoder = QRPhotoDecoder()
        if zbarOnly { decoder.secondEngine = nil }
        decoder.readsLightOnDark = !noLightOnDark
        let scanner = QRFileScanner(decoder: decoder, concurrency: threads)
        var texts: [String: [String]] = [:]
        var errors: [String: String] = [:]
        var times: [String: [Double]] = [:]
        var cpuTimes: [String: [Double]] = [:]
        for run in 0..<max(1, runs) {
            for photo in photos {
                var result: QRFileScanner.FileResult?
                let seconds = measureWithCPU { result = scanner.scan(file: corpus + "/" + photo.file) }
                times[photo.file, default: []].append(seconds.wall * 1000)
                cpuTimes[photo.file, default: []].append(seconds.cpu * 1000)
                if run == 0, let result {
                    texts[photo.file] = result.codes.compactMap(\.text)
                    errors[photo.file] = result.error.map { $0.message.description }
                }
            }
            if !json { FileHandle.standardError.write(Data("run \(run + 1) of \(runs) done\n".utf8)) }
        }
        var scored: [String: [PhotoScore]] = ["remo": photos.map {
            PhotoScore(
                category: $0.category, expected: $0.labels.map(\.text), texts: texts[$0.file] ?? [],
                ms: median(of: times[$0.file] ?? []), cpuMs: median(of: cpuTimes[$0.file] ?? []),
                failed: errors[$0.file] != nil)
        }]
        for tool in ["zbarimg", "zxing-cpp"] {
            let byFile = Dictionary(peerResults.photos.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
            scored[tool] = photos.compactMap { photo in
                guard let result = byFile[photo.file]?.results[tool] else { return nil }
                return PhotoScore(
                    category: photo.category, expected: photo.labels.map(\.text), texts: result.texts ?? [],
                    ms: result.medianMs ?? median(of: result.ms ?? []), cpuMs: nil, failed: result.error != nil)
            }
        }
        let order = manifest.categories.filter { wanted?.contains($0) ?? true } + ["overall"]
        let summary = PhotosBench.summarize(scored, categories: order)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let document = BenchDocument(
                corpus: corpus, photos: photos.count, runs: runs, summary: summary,
                photos_: photos.map { photo in
                    BenchDocument.Photo(
                        file: photo.file, category: photo.category, texts: texts[photo.file] ?? [],
                        error: errors[photo.file], medianMs: median(of: times[photo.file] ?? []))
                })
            print(String(decoding: try encoder.encode(document), as: UTF8.self))
        } else {
            print("remo-bench photos: \(photos.count) photos in \(corpus), remo \(runs) runs (median per photo), peers from \(peers ?? "peers.py")")
            print(PhotosBench.table(summary, categories: order))
        }
    }

    /// The peers' results: the given file, or peers.py run now on the corpus.
    func loadPeers() throws -> PeerResults {
        var path = peers
        if path == nil {
            let output = NSTemporaryDirectory() + "remo-bench-peers-\(ProcessInfo.processInfo.processIdentifier).json"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "scripts/bench/peers.py", "--corpus", corpus, "--runs", "\(runs)", "--json", output]
            if let categories { process.arguments! += ["--categories", categories] }
            process.standardOutput = FileHandle.standardError
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw ValidationError("peers.py failed (status \(process.terminationStatus))") }
            path = output
        }
        return try JSONDecoder().decode(PeerResults.self, from: Data(contentsOf: URL(fileURLWithPath: path!)))
    }

    /// One tool's figures on one category.
    struct Figures: Encodable {
        var photos = 0
        var expected = 0
        var correct = 0
        var wrong = 0
        var falsePositives = 0
        var errors = 0
        var medianMs = 0.0
        var p90Ms = 0.0
        /// The median CPU time per photo, every thread (remo only: the peers read on one thread).
        var medianCPUMs: Double?
    }

    /// One tool's result on one photo, scored as docs/corpus.md says.
    struct PhotoScore {
        let category: String
        let expected: [String]
        let texts: [String]
        let ms: Double
        let cpuMs: Double?
        let failed: Bool
    }

    /// Figures per tool, per category (and "overall").
    static func summarize(_ scored: [String: [PhotoScore]], categories: [String]) -> [String: [String: Figures]] {
        var summary: [String: [String: Figures]] = [:]
        for (tool, scores) in scored {
            for category in categories {
                let chosen = scores.filter { category == "overall" || $0.category == category }
                var figures = Figures()
                for score in chosen {
                    let expected = Set(score.expected)
                    let read = Set(score.texts)
                    figures.photos += 1
                    figures.expected += expected.count
                    figures.correct += read.intersection(expected).count
                    if expected.isEmpty { figures.falsePositives += read.count } else { figures.wrong += read.subtracting(expected).count }
                    if score.failed { figures.errors += 1 }
                }
                let ms = chosen.map(\.ms).sorted()
                let cpu = chosen.compactMap(\.cpuMs).sorted()
                if !cpu.isEmpty {
                    figures.medianCPUMs = cpu.count % 2 == 1 ? cpu[cpu.count / 2] : (cpu[cpu.count / 2 - 1] + cpu[cpu.count / 2]) / 2
                }
                if !ms.isEmpty {
                    figures.medianMs = ms.count % 2 == 1 ? ms[ms.count / 2] : (ms[ms.count / 2 - 1] + ms[ms.count / 2]) / 2
                    // Nearest rank: the smallest time with at least 90 % of the photos at or below it.
                    figures.p90Ms = ms[max(0, Int((0.9 * Double(ms.count)).rounded(.up)) - 1)]
                }
                summary[tool, default: [:]][category] = figures
            }
        }
        return summary
    }

    /// The aligned table: one row per category and tool, then the ratios.
    static func table(_ summary: [String: [String: Figures]], categories: [String]) -> String {
        let tools = ["remo", "zbarimg", "zxing-cpp"].filter { summary[$0] != nil }
        var table = TextTable(
            header: ["category", "tool", "expected", "read", "wrong", "false+", "errors", "median ms", "p90 ms", "CPU median ms"],
            alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .right, .right])
        for category in categories {
            for tool in tools {
                guard let f = summary[tool]?[category], f.photos > 0 else { continue }
                table.append([
                    category, tool, "\(f.expected)", "\(f.correct)", "\(f.wrong)", "\(f.falsePositives)", "\(f.errors)",
                    String(format: "%.1f", f.medianMs), String(format: "%.1f", f.p90Ms),
                    f.medianCPUMs.map { String(format: "%.1f", $0) } ?? "-",
                ])
            }
        }
        var ratios = TextTable(
            header: ["category", "read remo/zxing-cpp", "median remo/zxing-cpp", "p90 remo/zxing-cpp"],
            alignments: [.left, .right, .right, .right])
        for category in categories {
            guard let remo = summary["remo"]?[category], let peer = summary["zxing-cpp"]?[category], peer.photos > 0 else { continue }
            let read = peer.expected == 0 ? "-" : "\(remo.correct)/\(peer.correct)"
            ratios.append([
                category, read, String(format: "%.2f", remo.medianMs / max(peer.medianMs, 0.001)),
                String(format: "%.2f", remo.p90Ms / max(peer.p90Ms, 0.001)),
            ])
        }
        return table.rendered() + "\n\n" + ratios.rendered()
    }
}

/// The parts of a corpus manifest the bench reads (docs/corpus.md).
struct CorpusManifest: Decodable {
    struct Photo: Decodable {
        struct Label: Decodable { let text: String }
        let file: String
        let category: String
        let labels: [Label]
    }
    let categories: [String]
    let photos: [Photo]
}

/// The parts of peers.py's results the bench reads (docs/corpus.md).
struct PeerResults: Decodable {
    struct Photo: Decodable {
        struct Result: Decodable {
            let texts: [String]?
            let ms: [Double]?
            let medianMs: Double?
            let error: String?
        }
        let file: String
        let results: [String: Result]
    }
    let photos: [Photo]
}

/// `remo-bench photos --json`.
struct BenchDocument: Encodable {
    struct Photo: Encodable {
        let file: String
        let category: String
        let texts: [String]
        let error: String?
        let medianMs: Double
    }
    let corpus: String
    let photos: Int
    let runs: Int
    let summary: [String: [String: PhotosBench.Figures]]
    let photos_: [Photo]

    enum CodingKeys: String, CodingKey { case corpus, photos, runs, summary, photos_ = "remo" }
}
