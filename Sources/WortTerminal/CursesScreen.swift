import CNcursesw
import Foundation
import Glibc
import WortTUI

/// The terminal through ncursesw: set up and restore, draw a `ScreenBuffer`, read keys.
/// The only code that talks to ncurses; everything it draws comes from `render`.
final class CursesScreen {
    private var pairs: [PairKey: Int16] = [:]
    private var last: ScreenBuffer?
    private let colors: Int
    private let useColor: Bool
    private var screen: OpaquePointer?
    private var tty: UnsafeMutablePointer<FILE>?

    private struct PairKey: Hashable { var fg: Int16; var bg: Int16 }

    /// Draws on the controlling terminal (/dev/tty), so stdin may carry data and stdout
    /// may be redirected.
    init(noColor: Bool) throws {
        setlocale(LC_ALL, "")
        // Without a UTF-8 LC_CTYPE (LANG unset, or POSIX), ncurses draws non-ASCII as
        // garbage: ask for one that every glibc has.
        if String(cString: shim_codeset()) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
        guard let tty = fopen("/dev/tty", "r+") else { throw TerminalError.noTerminal }
        self.tty = tty
        guard let screen = newterm(nil, tty, tty) else {
            fclose(tty)
            throw TerminalError.cannotStart(ProcessInfo.processInfo.environment["TERM"] ?? "(unset)")
        }
        self.screen = screen
        set_term(screen)
        // raw: Ctrl-C arrives as a key (it cancels a job first), not as SIGINT.
        raw(); noecho(); nonl()
        keypad(shim_stdscr(), true)
        shim_set_escdelay(25)                 // Esc without a one-second wait
        curs_set(0)
        wtimeout(shim_stdscr(), 50)           // get_wch returns every 50 ms so jobs' reports show
        useColor = !noColor && has_colors()
        if useColor { start_color(); use_default_colors() }
        colors = useColor ? Int(shim_colors()) : 0
        mousemask(shim_mouse_events(), nil)
        mouseinterval(0)
    }

    /// Gives the terminal back as it was. Safe to call twice.
    func end() {
        guard screen != nil else { return }
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        if let tty { fclose(tty) }
        tty = nil
    }

    var size: (width: Int, height: Int) {
        (Int(getmaxx(shim_stdscr())), Int(getmaxy(shim_stdscr())))
    }

    /// Draws rows that differ from the last frame; ncurses then sends only changed cells.
    func draw(_ buffer: ScreenBuffer) {
        let full = last == nil || last!.width != buffer.width || last!.height != buffer.height
        if full { werase(shim_stdscr()) }
        for y in 0..<buffer.height where full || !buffer.rowEquals(last!, y) {
            for run in buffer.runs(row: y) { draw(run, y: y) }
        }
        wattr_set(shim_stdscr(), shim_a_normal(), 0, nil)
        wrefresh(shim_stdscr())
        last = buffer
    }

    /// Forget the last frame (after a resize the terminal's contents are unknown).
    func invalidate() { last = nil }

    private func draw(_ run: ScreenBuffer.Run, y: Int) {
        var a = shim_a_normal()
        if run.style.bold { a |= shim_a_bold() }
        if run.style.reverse { a |= shim_a_reverse() }
        if run.style.underline { a |= shim_a_underline() }
        if run.style.dim { a |= shim_a_dim() }
        wattr_set(shim_stdscr(), a, pair(run.style), nil)
        // ASCII goes out in one piece; every other grapheme at its own column, so that a
        // terminal that measures a character differently shifts nothing after it.
        var x = run.x
        var ascii = ""
        var asciiX = x
        func flush() {
            if !ascii.isEmpty { _ = mvwaddstr(shim_stdscr(), Int32(y), Int32(asciiX), ascii); ascii = "" }
        }
        for cell in run.cells {
            defer { x += 1 }
            if cell.isContinuation { continue }
            if cell.text.utf8.count == 1 {
                if ascii.isEmpty { asciiX = x }
                ascii += cell.text
                continue
            }
            flush()
            if cell.width == 2 { _ = mvwaddstr(shim_stdscr(), Int32(y), Int32(x + 1), " ") }
            _ = mvwaddstr(shim_stdscr(), Int32(y), Int32(x), Self.drawable(cell))
        }
        flush()
    }

    /// The grapheme as ncurses can draw it in the cells it was given. ncurses measures
    /// each code point by itself, so an emoji sequence joined with U+200D (👩‍👩‍👧) or
    /// a skin-tone modifier would take more columns than the buffer gave it, and
    /// terminals disagree about such sequences: keep the code points that fit, i.e.
    /// the first emoji, as the sequence's stand-in.
    static func drawable(_ cell: ScreenCell) -> String {
        let scalars = cell.text.unicodeScalars
        let total = scalars.reduce(0) { $0 + max(0, Int(shim_wcwidth($1.value))) }
        guard total > Int(cell.width) else { return cell.text }
        var out = String.UnicodeScalarView()
        var used = 0
        for u in scalars {
            if u.value == 0x200D { break }
            let w = max(0, Int(shim_wcwidth(u.value)))
            if used + w > Int(cell.width) { break }
            used += w
            out.append(u)
        }
        return String(out)
    }

    private func pair(_ style: CellStyle) -> Int16 {
        guard useColor else { return 0 }
        let key = PairKey(fg: fit(style.fg.index), bg: fit(style.bg.index))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let p = pairs[key] { return p }
        let p = Int16(pairs.count + 1)
        guard Int32(p) < shim_color_pairs() else { return 0 }
        init_pair(p, key.fg, key.bg)
        pairs[key] = p
        return p
    }

    /// Palette colours the terminal lacks become its default.
    private func fit(_ index: Int16) -> Int16 { Int(index) < colors ? index : -1 }

    /// The next input, or nil when none came within the poll interval.
    func read() -> TerminalInput? {
        var wch: wint_t = 0
        let r = wget_wch(shim_stdscr(), &wch)
        if r == KEY_CODE_YES {
            let code = Int32(wch)
            if code == KEY_RESIZE { return .resize(size.width, size.height) }
            if code == KEY_MOUSE {
                var ev = MEVENT()
                guard getmouse(&ev) == OK else { return nil }
                if ev.bstate & shim_wheel_up() != 0 { return .action(.wheel(up: true)) }
                if ev.bstate & shim_wheel_down() != 0 { return .action(.wheel(up: false)) }
                if ev.bstate & shim_button1() != 0 { return .action(.click(x: Int(ev.x), y: Int(ev.y))) }
                return nil
            }
            return KeyDecoder.special(code).map { .action(.key($0)) }
        }
        if r == OK { return KeyDecoder.character(UInt32(wch)).map { .action(.key($0)) } }
        return nil
    }
}

enum TerminalInput {
    case action(Action)
    case resize(Int, Int)
}

public enum TerminalError: Error, CustomStringConvertible {
    case noTerminal
    case cannotStart(String)

    public var description: String {
        switch self {
        case .noTerminal: "no terminal to draw on (/dev/tty cannot be opened)"
        case .cannotStart(let term): "cannot start the terminal screen (TERM=\(term))"
        }
    }
}
