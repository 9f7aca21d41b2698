import Foundation
import RemoCore
import RemoImaging
import Synchronization
import Testing

struct WorkPoolTests {
    struct Refusal: Error, Equatable {
        let code: Int
    }

    /// How many closures run now, and the most that ran at once.
    final class Gauge: Sendable {
        let running = Atomic<Int>(0)
        let most = Atomic<Int>(0)
    }

    @Test func workRunsOnThePoolsOwnThreadsNotTheCallers() async throws {
        let pool = WorkPool(threads: 2)
        let caller = pthread_self()
        let threads = Set(
            await Self.runAtOnce(16, on: pool) { _ in
                usleep(5_000)
                return pthread_self()
            })
        // Sixteen closures, each on one of the same two threads, none on the caller's.
        #expect(threads.count == 2)
        #expect(!threads.contains(caller))
    }

    @Test func noMoreClosuresRunAtOnceThanThePoolHasThreads() async throws {
        let pool = WorkPool(threads: 3)
        let gauge = Gauge()
        let done = await Self.runAtOnce(12, on: pool) { index in
            let now = gauge.running.add(1, ordering: .sequentiallyConsistent).newValue
            gauge.most.max(now, ordering: .sequentiallyConsistent)
            usleep(20_000)
            gauge.running.subtract(1, ordering: .sequentiallyConsistent)
            return index
        }
        #expect(done.sorted() == Array(0..<12))
        // Three at once: the bound is reached, and never passed.
        #expect(gauge.most.load(ordering: .sequentiallyConsistent) == 3)
    }

    @Test func anErrorReachesTheCallerAndTheThreadGoesOnWorking() async throws {
        let pool = WorkPool(threads: 1)
        await #expect(throws: Refusal(code: 7)) {
            try await pool.run { () throws(Refusal) -> Int in throw Refusal(code: 7) }
        }
        do throws(Refusal) {
            _ = try await pool.run { () throws(Refusal) -> Int in throw Refusal(code: 8) }
            Issue.record("no error")
        } catch {
            #expect(error.code == 8)
        }
        #expect(await pool.run { 42 } == 42)
    }

    @Test func workSeesTheCallersLanguage() async throws {
        let pool = WorkPool(threads: 1)
        let language = await Language.$current.withValue(.japanese) { await pool.run { Language.current } }
        #expect(language == .japanese)
        #expect(await pool.run { Language.current } == .english)
    }

    /// `work(0)` to `work(count - 1)` on `pool`, all asked for at once by tasks of
    /// their own; the results in the order they came.
    static func runAtOnce<T: Sendable>(_ count: Int, on pool: WorkPool, _ work: @escaping @Sendable (Int) -> T) async -> [T] {
        await withTaskGroup(of: T.self) { group in
            for index in 0..<count {
                group.addTask { await pool.run { work(index) } }
            }
            return await group.reduce(into: [T]()) { $0.append($1) }
        }
    }
}
