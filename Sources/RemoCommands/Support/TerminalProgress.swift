import Foundation
import RemoCore
import Synchronization

/// A progress bar on standard error, drawn only when standard error is a
/// terminal and neither `--json` nor `--quiet` is given; silent otherwise.
package final class TerminalProgress: BatchProgress {
    private let label: String
    private let enabled: Bool
    private let lastDrawn = Mutex<(percent: Int, time: UInt64)>((-1, 0))

    /// - Parameters:
    ///   - label: what is being done, in the current language.
    ///   - json: whether the command prints JSON (then no bar is drawn).
    package init(label: String, json: Bool) {
        self.label = label
        self.enabled = !json && !Output.quiet && isatty(STDERR_FILENO) == 1
    }

    package func advance(to completed: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let percent = completed * 100 / total
        let now = DispatchTime.now().uptimeNanoseconds
        let draw = lastDrawn.withLock { last -> Bool in
            guard percent != last.percent, completed == total || now - last.time > 50_000_000 else { return false }
            last = (percent, now)
            return true
        }
        guard draw else { return }
        let width = 30
        let filled = completed * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        Output.standardError("\r\(label) [\(bar)] \(completed)/\(total) \(percent)%")
    }

    package func finish() {
        guard enabled else { return }
        Output.standardError("\r\u{1B}[K")
    }
}
