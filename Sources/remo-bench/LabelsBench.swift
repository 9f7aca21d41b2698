import ArgumentParser
import Foundation
import RemoCore
import RemoDocuments
import RemoLedger
import RemoSQLite

/// `remo-bench labels`: a label batch of 10,000 units (PDF sheets, the manifest
/// in a database on disk, every label rasterized and decoded back), median of
/// several runs, beside the `qrencode` command line and `zint --batch` making a
/// PNG file of each of the same payloads.
struct LabelsBench: AsyncParsableCommand, TimedBench {
    static let configuration = CommandConfiguration(
        commandName: "labels",
        abstract: "A verified label batch of 10,000 units, beside qrencode and zint making PNGs of the same payloads."
    )

    @Option(help: "Units in the batch.")
    var count = 10_000

    @Option(help: "Runs per figure.")
    var runs = 3

    @Option(help: "Layouts to measure (default: the default layout).")
    var layout: [String] = []

    @Option(help: "Runs of each peer tool (0 to leave them out).")
    var peerRuns = 3

    @Option(help: "Folder for the databases and files (default: the system's temporary folder).")
    var directory: String?

    func run() async throws {
        let folder = URL(fileURLWithPath: directory ?? NSTemporaryDirectory())
            .appendingPathComponent("remo-bench-labels-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let units = LabelsBench.unitsCSV(count: count)
        print("remo-bench labels: \(count) units, \(runs) runs each, files in \(folder.path)")
        print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores")

        var payloads: [String] = []
        let layouts = try (layout.isEmpty ? [LabelLayout.standard.name] : layout).map { try LabelLayout.named($0) }
        for layout in layouts {
            var times: [Double] = []
            var cpu: [Double] = []
            var pdfSize = 0
            var databaseSize = 0
            var pages = 0
            for run in 0..<runs {
                let runFolder = folder.appendingPathComponent("\(layout.name)-\(run)")
                try FileManager.default.createDirectory(at: runFolder, withIntermediateDirectories: true)
                let database = runFolder.appendingPathComponent("remo.sqlite").path
                let ledger = Ledger(
                    store: try SQLiteLedgerStore(path: database, opening: .new(.simulation)),
                    outbox: DirectoryOutbox(directory: runFolder.appendingPathComponent("outbox")))
                let request = LabelBatchRequest(
                    units: units, source: "units.csv", output: runFolder.appendingPathComponent("out").path, layout: layout,
                    keyFile: LabelKeyFile.beside(database: database), newKey: true)
                let acting = Acting(.localOperator, day: CalendarDate("2025-03-10")!, now: Date())
                var result: LabelBatchResult?
                let before = LabelsBench.cpuSeconds(RUSAGE_SELF)
                times.append(try await measure { result = try await ledger.makeLabels(request, by: acting) })
                cpu.append(LabelsBench.cpuSeconds(RUSAGE_SELF) - before)
                guard let result, result.succeeded, result.verified == count else {
                    throw ValidationError("the batch failed: \(String(describing: result?.rows.first { !$0.status.isAccepted }))")
                }
                pages = result.pages
                pdfSize = LabelsBench.size(of: result.pdf ?? "")
                databaseSize = BenchLedger.size(of: database)
                if payloads.isEmpty { payloads = try LabelsBench.payloads(units: units, key: request.keyFile) }
                try? FileManager.default.removeItem(at: runFolder)
            }
            report(
                "remo labels make, \(layout.name): \(count) labels on \(pages) pages, every one verified", times,
                extra: String(
                    format: "; CPU %.2f s (user and system, all threads); PDF %.1f MB, database %.1f MB", median(of: cpu),
                    Double(pdfSize) / 1e6, Double(databaseSize) / 1e6))
        }

        guard peerRuns > 0 else { return }
        let list = folder.appendingPathComponent("payloads.txt")
        try Data((payloads.joined(separator: "\n") + "\n").utf8).write(to: list)
        if let qrencode = LabelsBench.tool("qrencode") {
            // One qrencode process per PNG, two at a time (both cores), as a shell script would.
            try await peer("qrencode command line: \(payloads.count) PNG files, one process each, 2 at a time", in: folder) {
                "cd '\($0.path)' && nl -ba -w1 -s' ' '\(list.path)' | xargs -P 2 -L 1 sh -c '\(qrencode) -l M -o \"$0.png\" \"$1\"'"
            }
        }
        if let zint = LabelsBench.tool("zint") {
            try await peer("zint --batch: \(payloads.count) PNG files, one process", in: folder) {
                "\(zint) --batch -b QRCODE --secure=2 --output='\($0.path)/~~~~~~.png' --input='\(list.path)'"
            }
        }
    }

    /// Times a peer tool's shell script making a PNG per payload in a fresh folder, `peerRuns` times.
    func peer(_ label: String, in folder: URL, script: (URL) -> String) async throws {
        var times: [Double] = []
        var cpu: [Double] = []
        for run in 0..<peerRuns {
            let out = folder.appendingPathComponent("peer-\(run)")
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            let before = LabelsBench.cpuSeconds(RUSAGE_CHILDREN)
            times.append(try await measure { try LabelsBench.shell(script(out)) })
            cpu.append(LabelsBench.cpuSeconds(RUSAGE_CHILDREN) - before)
            try LabelsBench.expectFiles(in: out, count: count)
            try? FileManager.default.removeItem(at: out)
        }
        report(label, times, extra: String(format: "; CPU %.2f s (user and system, all processes)", median(of: cpu)))
    }

    /// A units file: `count` units of two models, produced from 2024-07 on.
    static func unitsCSV(count: Int) -> [UInt8] {
        var text = "model,serial,device_id,produced,note\n"
        for index in 0..<count {
            let model = index % 3 == 0 ? "WJ-NX200K" : "WJ-NX400K/G"
            let month = 7 + index % 18
            let produced = String(format: "%04d-%02d", 2024 + (month - 1) / 12, (month - 1) % 12 + 1)
            text += String(format: "%@,BN%08d,%016llX,%@,bench\n", model, index, UInt64(index) &* 0x9E37_79B9_7F4A_7C15, produced)
        }
        return Array(text.utf8)
    }

    /// The payloads of the units file's labels, made with the batch's key.
    static func payloads(units: [UInt8], key file: LabelKeyFile) throws -> [String] {
        guard let key = try file.load() else { throw ValidationError("no label key in \(file.path)") }
        let table = try CSVTable(parsing: String(decoding: units, as: UTF8.self))
        return try table.records.map { record in
            let unit = try RecorderUnit(
                model: record["model"] ?? "", serial: record["serial"] ?? "", deviceID: record["device_id"] ?? "",
                produced: record["produced"] ?? "")
            return try RecorderPayload(unit: unit, claimCode: key.claimCode(serial: unit.serial, generation: 1)).text
        }
    }

    /// User and system CPU seconds used so far by this process (`RUSAGE_SELF`) or its finished children.
    static func cpuSeconds(_ who: __rusage_who) -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(who.rawValue), &usage)
        let seconds = { (time: timeval) in Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func tool(_ name: String) -> String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static func shell(_ script: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("failed: \(script)") }
    }

    static func expectFiles(in folder: URL, count: Int) throws {
        let made = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }.count
        guard made == count else { throw ValidationError("\(folder.path): \(made) PNG files, not \(count)") }
    }

    static func size(of path: String) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    /// Prints the median of `times` in seconds and labels per second, and every run.
    func report(_ label: String, _ times: [Double], extra: String) {
        let middle = median(of: times)
        let runs = times.sorted().map { String(format: "%.2f", $0) }.joined(separator: " ")
        print(String(format: "%@: median %.2f s, %.0f labels/s (runs, s: %@)", label, middle, Double(count) / middle, runs) + extra)
    }
}
