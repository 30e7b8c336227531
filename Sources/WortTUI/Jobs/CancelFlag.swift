import Foundation

/// Set by the UI to stop a job; jobs look at it between pieces of work.
public final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var set = false
    public init() {}
    public var isCancelled: Bool { lock.lock(); defer { lock.unlock() }; return set }
    public func cancel() { lock.lock(); set = true; lock.unlock() }
}

/// Thrown inside a job when its flag is set.
struct JobCancelled: Error {}
