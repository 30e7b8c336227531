import Foundation

/// Width of the terminal on stdout, for the text report (COLUMNS, else ioctl, else 100).
enum TerminalWidth {
    static func columns() -> Int {
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 20 { return c }
        var w = winsize()
        if isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &w) == 0, w.ws_col > 20 { return Int(w.ws_col) }
        return 100
    }
}
