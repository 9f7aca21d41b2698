import Foundation

/// Timing and printing shared by the benchmark commands.
protocol TimedBench {}

extension TimedBench {
    /// Seconds `body` takes.
    func measure(_ body: () async throws -> Void) async rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try await body()
        return seconds(since: start)
    }

    /// Seconds since `start` (`DispatchTime`'s nanoseconds).
    func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Seconds `body` takes, on the clock and in CPU time of the whole process
    /// (every thread).
    func measureWithCPU(_ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
        func cpuNow() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let cpu = cpuNow()
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return (seconds(since: start), cpuNow() - cpu)
    }

    /// The median of several runs' times (the mean of the middle two for an even count).
    func median(of times: [Double]) -> Double {
        let sorted = times.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Prints the median of `times` and every run, with the database size when given.
    func report(_ label: String, _ times: [Double], size: Int?) {
        let middle = median(of: times)
        let runs = times.sorted().map { String(format: "%.0f", $0 * 1000) }.joined(separator: " ")
        let database = size.map { String(format: "; database %.1f MB", Double($0) / 1e6) } ?? ""
        print(String(format: "%@: median %.1f ms (runs, ms: %@)", label, middle * 1000, runs) + database)
    }
}
