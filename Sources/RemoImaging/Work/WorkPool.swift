import Dispatch
import Foundation
import RemoCore
import Synchronization

/// A fixed number of dedicated threads for CPU-heavy synchronous work (decoding
/// a photo, checking a label, hashing a password), so that such work neither
/// blocks the thread of the task that asks for it nor holds one of Swift's
/// cooperative threads, which a server needs free for its requests.
///
/// ``run(_:)`` queues the closure and suspends the calling task; one of the
/// pool's threads runs it, in the order work was queued, and resumes the task
/// with its result or its error. At most ``threads`` closures run at once,
/// whatever the number of tasks asking: the others wait in the queue. The
/// closure sees the caller's ``RemoCore/Language/current``, so any sentence it
/// renders is in the caller's language.
///
/// A closure must not wait for other work queued on the same pool (it may
/// wait for ever: every thread may be busy with such a waiter). Work, once
/// queued, runs to its end even when the asking task is cancelled.
///
/// ```swift
/// let image = try await WorkPool.shared.run { try ImageLoader().load(path: "IMG_0042.HEIC") }
/// ```
public final class WorkPool: Sendable, Hashable {
    /// The one pool the library uses by default: a thread per active core.
    public static let shared = WorkPool()

    /// How many closures run at once: the number of threads.
    public let threads: Int
    private let queue = JobQueue()

    /// A pool of `threads` threads, started now and ended when the pool is released.
    ///
    /// - Parameter threads: how many closures run at once; by default the number
    ///   of active processors.
    public init(threads: Int? = nil) {
        self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        for _ in 0..<self.threads {
            Thread { [queue] in queue.work() }.start()
        }
    }

    deinit {
        // No task can be waiting here (each holds the pool while it waits): the
        // queue is empty, and the threads end.
        queue.close(threads: threads)
    }

    /// Runs `work` on one of the pool's threads and returns what it returns.
    ///
    /// - Throws: what `work` throws.
    public func run<T: Sendable, Failure: Error>(_ work: @escaping @Sendable () throws(Failure) -> T) async throws(Failure)
        -> T
    {
        let language = Language.current
        let result: Result<T, Failure> = await withCheckedContinuation { continuation in
            queue.push {
                let result = Language.$current.withValue(language) { Result { () throws(Failure) -> T in try work() } }
                continuation.resume(returning: result)
            }
        }
        return try result.get()
    }

    public static func == (lhs: WorkPool, rhs: WorkPool) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// The pool's queue: jobs in the order they came, a semaphore counting them,
/// and whether the pool has ended.
private final class JobQueue: Sendable {
    typealias Job = @Sendable () -> Void

    private let state = Mutex<(jobs: [Job], next: Int, closed: Bool)>(([], 0, false))
    private let available = DispatchSemaphore(value: 0)

    func push(_ job: @escaping Job) {
        state.withLock { $0.jobs.append(job) }
        available.signal()
    }

    /// Tells `threads` threads to end once the queue is empty.
    func close(threads: Int) {
        state.withLock { $0.closed = true }
        for _ in 0..<threads { available.signal() }
    }

    /// A thread's life: run the next job as one comes, until the pool ends.
    func work() {
        while true {
            available.wait()
            let job = state.withLock { state -> Job? in
                guard state.next < state.jobs.count else { return nil }
                let job = state.jobs[state.next]
                state.next += 1
                // Drop the jobs taken once they are half the array, so it does not grow for ever.
                if state.next > 64, state.next * 2 > state.jobs.count {
                    state.jobs.removeFirst(state.next)
                    state.next = 0
                }
                return job
            }
            guard let job else {
                if state.withLock({ $0.closed }) { return }
                continue
            }
            job()
        }
    }
}
