import Foundation

/// Files opened before, newest first, in $XDG_STATE_HOME/wort/recent (else
/// ~/.local/state/wort/recent). Best effort: a place that cannot be read or written
/// just means no recent files.
public enum RecentFiles {
    static let limit = 12

    static var location: String? {
        // getenv, not ProcessInfo's copy taken at start: the tests point it elsewhere.
        if let raw = getenv("WORT_RECENT_FILE") { let override = String(cString: raw); return override.isEmpty ? nil : override }
        let env = ProcessInfo.processInfo.environment
        if let state = env["XDG_STATE_HOME"], !state.isEmpty { return state + "/wort/recent" }
        guard let home = env["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/wort/recent"
    }

    public static func load() -> [String] {
        guard let location, let text = try? String(contentsOfFile: location, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// Puts `path` (made absolute) first.
    public static func add(_ path: String) {
        guard let location, path != "-" else { return }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let list = [absolute] + load().filter { $0 != absolute }
        try? FileManager.default.createDirectory(atPath: (location as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? list.prefix(limit).joined(separator: "\n").write(toFile: location, atomically: true, encoding: .utf8)
    }
}
