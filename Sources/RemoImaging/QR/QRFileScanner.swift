import Foundation
public import RemoCore

/// Reads image files and finds the QR codes in each: the work behind
/// `remo qr decode` and behind registering recorders from phone photos.
///
/// Each file gets a result of its own, so one unreadable file never stops the
/// others. ``scan(files:progress:)`` reads up to ``concurrency`` files at once,
/// each on a thread of ``pool`` (never on the calling task's thread), each with
/// its own C handles.
public struct QRFileScanner: Hashable, Sendable {
    /// What was found in one file, or why it could not be read.
    public struct FileResult: Hashable, Sendable {
        /// The file, as it was named.
        public let file: String
        /// The codes found (possibly none), or why the file could not be read.
        public let outcome: Result<[DecodedQR], ImagingError>

        /// A result.
        public init(file: String, outcome: Result<[DecodedQR], ImagingError>) {
            self.file = file
            self.outcome = outcome
        }

        /// The codes found; empty when there were none or the file could not be read.
        public var codes: [DecodedQR] { (try? outcome.get()) ?? [] }
        /// Why the file could not be read; nil when it was read.
        public var error: ImagingError? {
            if case .failure(let error) = outcome { error } else { nil }
        }
    }

    /// How files are read.
    public var loader: ImageLoader
    /// How codes are found.
    public var decoder: QRPhotoDecoder
    /// The most pixels an image is decoded at: a JPEG with more is decoded at the
    /// largest DCT scale under this (a 100-megapixel photo at 3/8: 14 megapixels),
    /// and its codes' corners scaled back to the photo's pixels.
    public var workingPixelLimit: Int
    /// How many files are read at once; a single file's regions are read on as
    /// many threads, and each of several files read at once on its share of them.
    public var concurrency: Int
    /// Where ``scan(files:progress:)`` decodes: the library's shared pool, a
    /// thread per core, unless set.
    public var pool: WorkPool = .shared

    /// A scanner.
    ///
    /// - Parameters:
    ///   - loader: how files are read.
    ///   - decoder: how codes are found.
    ///   - concurrency: how many files are read at once; by default, the number of
    ///     active processors.
    ///   - workingPixelLimit: the most pixels a JPEG is decoded at (default 24 megapixels).
    public init(
        loader: ImageLoader = ImageLoader(), decoder: QRPhotoDecoder = QRPhotoDecoder(), concurrency: Int? = nil,
        workingPixelLimit: Int = 24_000_000
    ) {
        self.loader = loader
        self.decoder = decoder
        self.workingPixelLimit = workingPixelLimit
        self.concurrency = max(1, concurrency ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The codes in one file, its regions read on ``concurrency`` threads.
    ///
    /// - Parameter file: an image file's path.
    public func scan(file: String) -> FileResult {
        scan(file: file, threads: concurrency)
    }

    /// The codes in one file, its regions read on `threads` threads at most.
    private func scan(file: String, threads: Int) -> FileResult {
        var decoder = self.decoder
        decoder.parallelism = max(decoder.parallelism, threads)
        do throws(ImagingError) {
            let bytes = try FileBytes.read(file, limit: loader.fileSizeLimit)
            var loader = self.loader
            var scale = JPEGScale.full
            let header = try loader.header(bytes, name: file)
            if header.format == .jpeg, header.width * header.height > workingPixelLimit {
                scale = JPEGScale.supported.first { $0.scaled(header.width) * $0.scaled(header.height) <= workingPixelLimit } ?? .eighth
                loader.jpegScale = scale
            }
            let image = try loader.load(bytes, name: file)
            let codes = try decoder.decode(image)
            guard scale != .full else { return FileResult(file: file, outcome: .success(codes)) }
            let full = codes.map { $0.rescaled(by: scale) }
            return FileResult(file: file, outcome: .success(full))
        } catch {
            return FileResult(file: file, outcome: .failure(error))
        }
    }

    /// The codes in each file, in the order the files were given, each file
    /// loaded and decoded on a thread of ``pool``: the calling task only waits.
    /// The entry for a server's requests and for the command line.
    ///
    /// - Parameters:
    ///   - files: image file paths.
    ///   - progress: told after each file.
    /// - Returns: one result per file, in input order.
    public func scan(files: [String], progress: some BatchProgress = SilentProgress()) async -> [FileResult] {
        var results = [FileResult?](repeating: nil, count: files.count)
        let threads = max(1, concurrency / max(1, min(concurrency, files.count)))
        await withTaskGroup(of: (Int, FileResult).self) { group in
            var next = 0
            var done = 0
            while next < min(concurrency, files.count) {
                let index = next
                group.addTask { (index, await pool.run { scan(file: files[index], threads: threads) }) }
                next += 1
            }
            while let (index, result) = await group.next() {
                results[index] = result
                done += 1
                progress.advance(to: done, of: files.count)
                if next < files.count {
                    let index = next
                    group.addTask { (index, await pool.run { scan(file: files[index], threads: threads) }) }
                    next += 1
                }
            }
        }
        progress.finish()
        return results.compactMap { $0 }
    }
}
