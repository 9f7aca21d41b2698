import Foundation
import Logging
import NIOConcurrencyHelpers

/// Every log line a server writes, kept for the test to read: at trace
/// level, so that whatever any layer logs is seen.
final class LogCapture: Sendable {
    private let lines = NIOLockedValueBox<[String]>([])

    var logger: Logger {
        var logger = Logger(label: "remo.web.test") { _ in Handler(capture: self) }
        logger.logLevel = .trace
        return logger
    }

    var all: String { lines.withLockedValue { $0.joined(separator: "\n") } }

    func append(_ line: String) { lines.withLockedValue { $0.append(line) } }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            let error = event.error.map { " error: \($0)" } ?? ""
            capture.append("\(event.level) \(event.message) \(merged) \(event.source)\(error)")
        }
    }
}
