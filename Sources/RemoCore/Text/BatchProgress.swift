/// Where a batch reports how far it has got: a progress bar on a terminal, a
/// status line on a web page, nothing in tests.
///
/// Use cases call ``advance(to:of:)`` after each item; the call must be cheap.
public protocol BatchProgress: Sendable {
    /// `completed` of `total` items are done.
    func advance(to completed: Int, of total: Int)
    /// The batch is over (successfully or not); the reporter may clear its line.
    func finish()
}

/// A reporter that shows nothing.
public struct SilentProgress: BatchProgress {
    public init() {}
    public func advance(to completed: Int, of total: Int) {}
    public func finish() {}
}
