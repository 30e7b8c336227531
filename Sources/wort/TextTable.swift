import WortCore

/// An aligned plain-text table for the terminal: widths by display columns, so CJK,
/// Hangul and accented text stay aligned; control characters are made visible.
struct TextTable {
    var headers: [String]
    var rows: [[String]]
    var rightAligned: Set<Int> = []
    var maxColumnWidth = 40

    func render() -> String {
        let clean = rows.map { $0.map { DisplayWidth.sanitize($0) } }
        let heads = headers.map { DisplayWidth.sanitize($0) }
        var widths = heads.map { min(maxColumnWidth, DisplayWidth.of($0)) }
        for r in clean {
            for (k, v) in r.enumerated() where k < widths.count {
                widths[k] = max(widths[k], min(maxColumnWidth, DisplayWidth.of(v)))
            }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (k, w) in widths.enumerated() {
                let v = k < cells.count ? cells[k] : ""
                parts.append(DisplayWidth.pad(DisplayWidth.truncate(v, toWidth: w), toWidth: w, alignRight: rightAligned.contains(k)))
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = [line(heads), widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")]
        out += clean.map(line)
        return out.joined(separator: "\n") + "\n"
    }
}
