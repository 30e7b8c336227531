/// Bars drawn with eighth blocks, so a bar of a narrow panel still shows small differences.
enum Bars {
    static let horizontalEighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    static let verticalEighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A horizontal bar of `fraction` (0...1) of `width` columns.
    static func horizontal(_ fraction: Double, width: Int) -> String {
        guard width > 0, fraction > 0 else { return "" }
        let eighths = max(1, Int((min(1, fraction) * Double(width * 8)).rounded()))
        var s = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { s.append(horizontalEighths[eighths % 8 - 1]) }
        return s
    }

    /// A column chart `rows` high: one string per screen row, top first; each value gets
    /// `binWidth` columns. Non-zero values always show at least the lowest block.
    static func vertical(_ values: [Int], rows: Int, binWidth: Int = 1) -> [String] {
        guard rows > 0, let top = values.max(), top > 0 else { return [] }
        let levels = rows * 8
        let heights = values.map { v in v == 0 ? 0 : max(1, Int((Double(v) / Double(top) * Double(levels)).rounded())) }
        return (0..<rows).map { r in
            let floor = (rows - 1 - r) * 8
            var line = ""
            for h in heights {
                let inRow = max(0, min(8, h - floor))
                let ch: Character = inRow == 0 ? " " : verticalEighths[inRow - 1]
                line += String(repeating: String(ch), count: binWidth)
            }
            return line
        }
    }
}
