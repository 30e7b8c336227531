import Foundation

/// Work a person waits for (a column's panel, a preview, applying a step) goes first.
/// Work nobody is looking at (the dataset profile after a load) waits between batches
/// while any of it runs: on two cores a panel should not share them with a profile of
/// every column that can as well finish a second later.
public final class ForegroundWork: @unchecked Sendable {
    public static let shared = ForegroundWork()
    init() {}
    private let condition = NSCondition()
    private var running = 0

    /// Runs `body` as foreground work.
    func during<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock(); running += 1; condition.unlock()
        defer {
            condition.lock(); running -= 1
            if running == 0 { condition.broadcast() }
            condition.unlock()
        }
        return try body()
    }

    /// Returns when no foreground work runs (or `cancel` is set).
    func waitForTurn(cancel: CancelFlag?) {
        condition.lock(); defer { condition.unlock() }
        while running > 0 && cancel?.isCancelled != true {
            _ = condition.wait(until: Date(timeIntervalSinceNow: 0.05))
        }
    }
}
