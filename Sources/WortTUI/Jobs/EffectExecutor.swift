import Foundation

/// Runs effects on background threads and collects the actions they post, for the UI
/// loop to take with `drain()` between key presses. Thread-safe.
public final class EffectExecutor: @unchecked Sendable {
    private let lock = NSLock()
    private var inbox: [Action] = []
    private var flags: [JobID: CancelFlag] = [:]

    public init() {}

    public func run(_ effects: [Effect]) {
        for effect in effects {
            if case .cancel(let id) = effect {
                lock.lock(); let flag = flags.removeValue(forKey: id); lock.unlock()
                flag?.cancel()
                continue
            }
            let flag = CancelFlag()
            let id = effect.jobID
            lock.lock(); flags[id] = flag; lock.unlock()
            let thread = Thread { [self] in
                Self.perform(effect, cancel: flag) { self.post($0) }
                lock.lock(); if flags[id] === flag { flags[id] = nil }; lock.unlock()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Cancels every job (on quit).
    public func cancelAll() {
        lock.lock(); let all = flags.values; flags = [:]; lock.unlock()
        for f in all { f.cancel() }
    }

    public func post(_ action: Action) {
        lock.lock(); inbox.append(action); lock.unlock()
    }

    /// The actions posted since the last call, in order.
    public func drain() -> [Action] {
        lock.lock(); defer { lock.unlock() }
        let out = inbox
        inbox.removeAll(keepingCapacity: true)
        return out
    }

    public var isBusy: Bool { lock.lock(); defer { lock.unlock() }; return !flags.isEmpty || !inbox.isEmpty }

    /// Runs one effect on the calling thread, posting what it reports.
    public static func perform(_ effect: Effect, cancel: CancelFlag, post: @escaping @Sendable (Action) -> Void) {
        switch effect {
        case .load(let id, let request):
            LoadJob.run(id, request, cancel: cancel, post: post)
        case .sort(let id, let request):
            do {
                let p = try SortJob.run(request, cancel: cancel) { post(.progress(id, fraction: $0)) }
                post(.sorted(id, permutation: p))
            } catch is JobCancelled {
                post(.jobCancelled(id))
            } catch {
                post(.jobFailed(id, message: "sort failed: \(error)"))
            }
        case .search(let id, let request):
            do {
                let found = try SearchJob.run(request, cancel: cancel) { post(.progress(id, fraction: $0)) }
                post(.searched(id, found: found))
            } catch is JobCancelled {
                post(.jobCancelled(id))
            } catch {
                post(.jobFailed(id, message: "search failed: \(error)"))
            }
        case .work(let id, let work):
            do {
                let run = { try work.run(cancel) { post(.progress(id, fraction: $0)) } }
                let result = work.yields ? try run() : try ForegroundWork.shared.during(run)
                if cancel.isCancelled { post(.jobCancelled(id)) } else { post(.deliver(id, result)) }
            } catch is JobCancelled {
                post(.jobCancelled(id))
            } catch {
                post(.jobFailed(id, message: "\(work.kind) failed: \(error)"))
            }
        case .cancel:
            break
        }
    }
}

extension Effect {
    var jobID: JobID {
        switch self {
        case .load(let id, _), .sort(let id, _), .search(let id, _), .cancel(let id), .work(let id, _): id
        }
    }
}

/// Runs effects to the end on the calling thread, feeding their reports back through
/// `update` until nothing is left to do: for tests and for printing a screen without a
/// terminal.
public func settle(_ state: inout AppState, _ effects: [Effect]) {
    var queue = effects
    while !queue.isEmpty {
        let effect = queue.removeFirst()
        if case .cancel = effect { continue }
        let collected = Collected()
        EffectExecutor.perform(effect, cancel: CancelFlag()) { collected.append($0) }
        for action in collected.actions { queue += update(&state, action) }
    }
}

private final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var actions: [Action] = []
    func append(_ a: Action) { lock.lock(); actions.append(a); lock.unlock() }
}
