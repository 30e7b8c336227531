import Foundation

/// Runs `produce` on one thread (it must be sequential: it reads the input), `process`
/// on `workers` threads, and hands results to the caller of `next()` in production order.
/// At most `maxInFlight` items exist between producer and consumer, which bounds memory.
///
/// Errors thrown by `produce` or `process` are delivered by `next()` at their place in
/// the order, so everything before a bad chunk is still delivered first.
public final class OrderedPipeline<Work: Sendable, Output: Sendable>: @unchecked Sendable {
    // All mutable state below is guarded by `cond`.
    private let cond = NSCondition()
    private var queue: [(seq: Int, work: Work)] = []
    private var results: [Int: Result<Output, Error>] = [:]
    private var produced = 0
    private var delivered = 0
    private var producerDone = false
    private var cancelled = false
    private var liveWorkers: Int
    private let maxInFlight: Int

    public init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        maxInFlight: Int? = nil,
        produce: @escaping @Sendable () throws -> Work?,
        process: @escaping @Sendable (Work) throws -> Output
    ) {
        let n = max(1, workers)
        liveWorkers = n
        self.maxInFlight = maxInFlight ?? 2 * n + 2
        // Threads hold the pipeline until they end; a consumer that stops early calls `cancel()`.
        let producer = Thread { self.runProducer(produce) }
        producer.stackSize = 8 << 20
        producer.start()
        for _ in 0..<n {
            let t = Thread { self.runWorker(process) }
            t.stackSize = 8 << 20
            t.start()
        }
    }

    private func runProducer(_ produce: () throws -> Work?) {
        while true {
            cond.lock()
            while !cancelled && produced - delivered >= maxInFlight { cond.wait() }
            if cancelled { producerDone = true; cond.broadcast(); cond.unlock(); return }
            cond.unlock()
            let item: Work?
            do {
                item = try produce()
            } catch {
                cond.lock()
                results[produced] = .failure(error)
                produced += 1
                producerDone = true
                cond.broadcast(); cond.unlock()
                return
            }
            cond.lock()
            if let item {
                queue.append((produced, item))
                produced += 1
            } else {
                producerDone = true
            }
            cond.broadcast(); cond.unlock()
            if item == nil { return }
        }
    }

    private func runWorker(_ process: (Work) throws -> Output) {
        while true {
            cond.lock()
            while queue.isEmpty && !producerDone && !cancelled { cond.wait() }
            if cancelled || queue.isEmpty {
                liveWorkers -= 1; cond.broadcast(); cond.unlock(); return
            }
            let (seq, work) = queue.removeFirst()
            cond.unlock()
            let r = Result { try process(work) }
            cond.lock()
            results[seq] = r
            cond.broadcast(); cond.unlock()
        }
    }

    /// The next result in order, nil when everything was delivered.
    public func next() throws -> Output? {
        cond.lock()
        defer { cond.unlock() }
        while true {
            if let r = results.removeValue(forKey: delivered) {
                delivered += 1
                cond.broadcast()
                return try r.get()
            }
            if producerDone && delivered >= produced { return nil }
            if cancelled { return nil }
            cond.wait()
        }
    }

    /// Stops producing and processing; threads end soon after.
    public func cancel() {
        cond.lock(); cancelled = true; queue.removeAll(); cond.broadcast(); cond.unlock()
    }
}
