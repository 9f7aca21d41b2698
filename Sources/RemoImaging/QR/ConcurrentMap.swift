import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element, on up to `width` threads at once (the
    /// calling one among them), the results in the elements' order.
    ///
    /// Threads take the next element as they finish one, so one slow element
    /// does not hold the others back. With a width of 1, or one element, it is
    /// `map` on the calling thread.
    package func concurrentMap<T: Sendable>(width: Int, _ transform: @Sendable (Element) -> T) -> [T] {
        let threads = Swift.min(width, count)
        guard threads > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < count else { return }
                results.store(transform(self[index]), at: index)
            }
        }
        return results.values()
    }
}

/// `first` and `second`, on two threads at once when `together` (the calling
/// one among them), else one after the other on the calling thread.
package func concurrently<A: Sendable, B: Sendable>(
    _ together: Bool, _ first: @Sendable () -> A, _ second: @Sendable () -> B
) -> (A, B) {
    guard together else { return (first(), second()) }
    let a = ResultSlots<A>(count: 1)
    let b = ResultSlots<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { a.store(first(), at: 0) } else { b.store(second(), at: 0) }
    }
    return (a.values()[0], b.values()[0])
}

/// Slots the threads of ``Swift/Array/concurrentMap(width:_:)`` and
/// ``concurrently(_:_:_:)`` write their
/// results to, each slot by one thread only; read after they have all finished.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ value: T, at index: Int) { slots[index] = value }

    func values() -> [T] { slots.map { $0! } }
}
