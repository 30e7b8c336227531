import Foundation
import Glibc
import WortTUI

/// The interactive loop: read input, update, run effects, draw. Jobs post their reports
/// to the executor; the loop takes them every 50 ms, so it never waits on work.
public enum TerminalApp {
    public static func run(_ initial: AppState, effects: [Effect], noColor: Bool) throws -> AppState {
        let screen = try CursesScreen(noColor: noColor)
        TerminalRestore.install { screen.end() }
        defer { screen.end(); TerminalRestore.clear() }
        let executor = EffectExecutor()
        var state = initial
        let size = screen.size
        executor.run(update(&state, .resize(width: size.width, height: size.height)))
        executor.run(effects)
        screen.draw(render(state))
        while !state.shouldQuit {
            var changed = false
            if let input = screen.read() {
                switch input {
                case .action(let a): executor.run(update(&state, a))
                case .resize(let w, let h):
                    screen.invalidate()
                    executor.run(update(&state, .resize(width: w, height: h)))
                }
                changed = true
            }
            for a in executor.drain() {
                executor.run(update(&state, a))
                changed = true
            }
            if changed && !state.shouldQuit { screen.draw(render(state)) }
        }
        executor.cancelAll()
        return state
    }
}
