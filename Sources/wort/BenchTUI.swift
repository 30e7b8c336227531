import ArgumentParser
import Foundation
import WortCore
import WortIO
import WortRecipe
import WortTUI

/// `wort bench-tui FILE`: how fast the interactive session answers on a big table, in
/// process and without a terminal: every key's `update` + `render`, the profile panel of
/// one column, and a step's preview. scripts/bench-tui runs it on the generated 1 GB
/// students file (5 million rows) and adds the time to the first screen in a terminal.
struct BenchTUI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-tui",
        abstract: "Time key presses, a column profile and a step preview on a loaded file.",
        shouldDisplay: false)

    @Argument(help: "The file to load (all of it: give the memory it needs).")
    var file: String

    @Option(help: "Screen size, WIDTHxHEIGHT.")
    var size = "200x50"

    @Option(help: "Columns whose profile panel is timed, comma-separated (default: all); the first is also previewed.")
    var columns: String?

    func run() throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2 else { throw WortError.usage("--size wants WIDTHxHEIGHT") }
        var state = AppState(width: parts[0], height: parts[1], title: file)
        let t0 = Date()
        let datasetProfile = settleQuietly(&state, state.startLoading(LoadRequest(path: file, memoryBudget: Int(ProcessInfo.processInfo.physicalMemory * 3 / 4))))
        let loaded = Date().timeIntervalSince(t0)
        print("loaded \(state.data.rowCount) rows × \(state.data.columnCount) columns in \(String(format: "%.2f", loaded)) s")
        let names = columns.map { $0.split(separator: ",").map(String.init) } ?? state.data.schema.names
        for n in names where !state.data.schema.names.contains(n) { throw WortError.usage("no column \(n)") }
        // The preview changes a text column: email when there is one.
        let column = state.data.schema.names.contains("email") ? "email"
            : state.data.schema.fields.first { $0.type == .string }?.name ?? (names.first ?? "")

        // Keys a person presses while browsing, each timed through update + render.
        let keys: [Key] = Array(repeating: .down, count: 200) + Array(repeating: .right, count: 20)
            + Array(repeating: .pageDown, count: 100) + [.end, .home] + Array(repeating: .up, count: 100)
            + Array(repeating: .left, count: 20) + [.char("$"), .char("0"), .char("G"), .char("g")]
            + Array(repeating: .pageUp, count: 20) + [.enter, .down, .down, .escape, .char("?"), .escape]
        var times: [Double] = []
        for k in keys {
            let s = DispatchTime.now().uptimeNanoseconds
            _ = update(&state, .key(k))
            _ = render(state)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - s) / 1e6)
        }
        times.sort()
        func q(_ p: Double) -> Double { times[min(times.count - 1, Int(Double(times.count) * p))] }
        print(String(format: "key + render over %d rows, %d keys: p50 %.2f ms · p95 %.2f ms · max %.2f ms (bar: 16 ms)",
                     state.data.rowCount, times.count, q(0.5), q(0.95), times.last ?? 0))

        // The profile panel of each column, from pressing p to the panel showing figures
        // (the first rows' profile on big data) and to the profile of all rows.
        var panel: [(String, Double, Double)] = []
        for name in names {
            state.grid.column = state.data.schema.names.firstIndex(of: name)!
            let s = DispatchTime.now().uptimeNanoseconds
            var shown: Double?
            settleQuietly(&state, update(&state, .command(.profileColumn))) { st in
                if shown == nil && !panelShowsFigures(st) { return }
                if shown == nil { shown = Double(DispatchTime.now().uptimeNanoseconds - s) / 1e9 }
            }
            let full = Double(DispatchTime.now().uptimeNanoseconds - s) / 1e9
            panel.append((name, shown ?? full, full))
            _ = render(state)
            _ = update(&state, .command(.close))
        }
        print("profile panel (figures shown / all rows), per column: "
              + panel.map { String(format: "%@ %.2f/%.2f", $0.0, $0.1, $0.2) }.joined(separator: " · ") + " s")
        let firstShown = panel.max { $0.1 < $1.1 }!, slowest = panel.max { $0.2 < $1.2 }!
        print(String(format: "profile panel: figures on screen after at most %.2f s (%@; bar: 1 s); all rows profiled after at most %.2f s (%@)",
                     firstShown.1, firstShown.0, slowest.2, slowest.0))

        // In the terminal the dataset profile runs after a load: a panel opened meanwhile
        // goes first (ForegroundWork). The slowest column again, with it running.
        if !datasetProfile.isEmpty {
            let executor = EffectExecutor()
            executor.run(datasetProfile)
            Thread.sleep(forTimeInterval: 1)
            state.profile.columns = [:]
            state.profile.firstRows = [:]
            state.grid.column = state.data.schema.names.firstIndex(of: slowest.0)!
            let s = DispatchTime.now().uptimeNanoseconds
            settleQuietly(&state, update(&state, .command(.profileColumn)))
            let during = Double(DispatchTime.now().uptimeNanoseconds - s) / 1e9
            executor.cancelAll()
            _ = update(&state, .command(.close))
            print(String(format: "profile panel of %@ while the dataset profile runs: all rows after %.2f s", slowest.0, during))
        }

        // A step's preview on all the rows, from Enter in the form to the result on screen.
        let step = RecipeStep(action: RecipeAction(operation: "UPPER_CASE", parameters: OrderedParameters([("sourceColumn", column)])))
        let s = DispatchTime.now().uptimeNanoseconds
        settleQuietly(&state, state.proposeSteps([step]))
        let previewed = Double(DispatchTime.now().uptimeNanoseconds - s) / 1e9
        print(String(format: "preview of UPPER_CASE %@ on all rows: %.2f s", column, previewed))
    }

    /// Runs effects to the end, except the background dataset profile (it would add its
    /// time to whatever is being measured; in the terminal it runs on another thread).
    /// Returns the dataset profile's effects it left out.
    @discardableResult
    func settleQuietly(_ state: inout AppState, _ effects: [Effect], after: (AppState) -> Void = { _ in }) -> [Effect] {
        var queue = effects
        var left: [Effect] = []
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if case .cancel = effect { continue }
            if case .work(_, let w) = effect, w.kind == "dataset profile" { left.append(effect); continue }
            let box = Inbox()
            EffectExecutor.perform(effect, cancel: CancelFlag()) { box.add($0) }
            for a in box.actions { queue += update(&state, a) }
            after(state)
        }
        return left
    }
}

private final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var actions: [Action] = []
    func add(_ a: Action) { lock.lock(); actions.append(a); lock.unlock() }
}

/// True when the cursor column's panel shows figures (all rows' or the first rows').
private func panelShowsFigures(_ state: AppState) -> Bool {
    guard state.grid.column < state.data.columnCount else { return false }
    let name = state.data.schema.fields[state.grid.column].name
    return state.profile.column(name, version: state.dataVersion) != nil
        || state.profile.firstRowsOnly(name, version: state.dataVersion) != nil
}
