import Foundation

/// Inline SVG charts for the HTML report: no script, no network; they scale with their
/// container (viewBox) so the report reads at any width.
enum SVGCharts {
    /// Vertical bars, one per bucket, with the first and last edge labelled below.
    static func histogram(counts: [Int], firstLabel: String, lastLabel: String, title: String) -> String {
        guard !counts.isEmpty else { return "" }
        let w = 600.0, h = 170.0, top = 8.0, bottom = 26.0
        let maxCount = Double(counts.max() ?? 1)
        let barW = w / Double(counts.count)
        var s = "<svg class=\"chart\" viewBox=\"0 0 \(Int(w)) \(Int(h))\" role=\"img\" aria-label=\"\(HTMLText.escape(title))\" preserveAspectRatio=\"none\">"
        s += "<line x1=\"0\" y1=\"\(h - bottom)\" x2=\"\(w)\" y2=\"\(h - bottom)\" class=\"axis\"/>"
        for (i, c) in counts.enumerated() {
            let bh = maxCount > 0 ? (h - top - bottom) * Double(c) / maxCount : 0
            let x = Double(i) * barW
            s += "<rect x=\"\(fmt(x + 1))\" y=\"\(fmt(h - bottom - bh))\" width=\"\(fmt(max(1, barW - 2)))\" height=\"\(fmt(bh))\" class=\"bar\"><title>\(c)</title></rect>"
        }
        s += "</svg>"
        s += "<div class=\"axis-labels\"><span>\(HTMLText.escape(firstLabel))</span><span>\(HTMLText.escape(lastLabel))</span></div>"
        return s
    }

    /// A heat map of correlations in [-1, 1]: blue negative, red positive.
    static func heatmap(names: [String], value: (Int, Int) -> Double?) -> String {
        let n = names.count
        let cell = 36.0, label = 130.0
        let size = label + cell * Double(n)
        // Drawn at about its natural size: a map of two columns should not fill the page.
        var s = "<svg class=\"heatmap\" style=\"max-width:\(Int(size * 1.2))px\" viewBox=\"0 0 \(fmt(size + 10)) \(fmt(size + 10))\" role=\"img\" aria-label=\"correlation heat map\">"
        for (i, name) in names.enumerated() {
            let y = label + cell * Double(i) + cell / 2 + 4
            s += "<text x=\"\(fmt(label - 6))\" y=\"\(fmt(y))\" text-anchor=\"end\" class=\"hm-label\">\(HTMLText.escape(short(name)))</text>"
            let x = label + cell * Double(i) + cell / 2
            s += "<text transform=\"translate(\(fmt(x + 4)),\(fmt(label - 6))) rotate(-60)\" class=\"hm-label\">\(HTMLText.escape(short(name)))</text>"
        }
        for i in 0..<n {
            for j in 0..<n {
                let r = i == j ? 1.0 : value(i, j)
                let x = label + cell * Double(j), y = label + cell * Double(i)
                let fill = r.map(color) ?? "#eee"
                let text = r.map { String(format: "%.2f", $0) } ?? "–"
                s += "<rect x=\"\(fmt(x))\" y=\"\(fmt(y))\" width=\"\(fmt(cell - 2))\" height=\"\(fmt(cell - 2))\" fill=\"\(fill)\"><title>\(HTMLText.escape(names[i])) ~ \(HTMLText.escape(names[j])): \(text)</title></rect>"
                s += "<text x=\"\(fmt(x + cell / 2 - 1))\" y=\"\(fmt(y + cell / 2 + 3))\" text-anchor=\"middle\" class=\"hm-value\">\(text)</text>"
            }
        }
        return s + "</svg>"
    }

    private static func short(_ s: String) -> String { s.count > 18 ? String(s.prefix(17)) + "…" : s }

    /// White at 0, toward red (positive) or blue (negative) with |r|.
    private static func color(_ r: Double) -> String {
        let t = min(1, abs(r))
        let (R, G, B) = r >= 0 ? (214.0, 69.0, 65.0) : (49.0, 110.0, 200.0)
        func mix(_ c: Double) -> Int { Int((255 - (255 - c) * t).rounded()) }
        return String(format: "#%02x%02x%02x", mix(R), mix(G), mix(B))
    }

    static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
