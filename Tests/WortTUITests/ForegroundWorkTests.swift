import Foundation
import Testing
@testable import WortTUI

/// The dataset profile waits between batches while a panel or preview runs.
@Test func backgroundWaitsWhileForegroundWorkRuns() {
    let gate = ForegroundWork()
    let started = DispatchSemaphore(value: 0)
    let finished = Clock()
    Thread {
        gate.during {
            started.signal()
            Thread.sleep(forTimeInterval: 0.3)
            finished.mark()
        }
    }.start()
    started.wait()
    gate.waitForTurn(cancel: nil)
    #expect(finished.marked, "background work went on while foreground work ran")

    // A cancelled background job stops waiting.
    let cancel = CancelFlag()
    cancel.cancel()
    let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
    Thread { gate.during { holding.signal(); release.wait() } }.start()
    holding.wait()
    gate.waitForTurn(cancel: cancel)
    release.signal()
}

private final class Clock: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false
    func mark() { lock.lock(); done = true; lock.unlock() }
    var marked: Bool { lock.lock(); defer { lock.unlock() }; return done }
}
