/// MASK_RANGE: masks code points from `start` to `stop` (negative from the end, clamped to
/// the value), as `concat(head, masked middle, tail)` (scale-out.md §2.2).
enum MaskRangeLowering: StepLowering {
    static let operation = "MASK_RANGE"
    static func lower(_ l: inout Lowering) throws -> String {
        let columns = l.sourceColumnNames()
        let symbol = l.params.optionalString("maskSymbol") ?? "#"
        let start = l.params.int("start", default: 0) ?? 0
        let stop: Int? = l.params.parameters["stop"] != nil ? l.params.int("stop") : nil
        l.params.ignore("stop")
        let pattern = try l.regex(MaskClass.regex(&l), parameter: "alphabet")
        let d = l.dialect
        var exprs: [String: String] = [:]
        for c in columns {
            let t = l.text(c)
            let n = d.length(t)
            func position(_ p: Int) -> String { p < 0 ? "greatest(\(n) - \(-p), 0)" : "least(\(p), \(n))" }
            let a = position(start)
            let b = stop.map(position) ?? n
            let span = "greatest(\(b) - \(a), 0)"
            exprs[c] = d.concat([
                d.substring(t, from: "1", count: a),
                d.replaceAll(d.substring(t, from: "\(a) + 1", count: span), pattern, d.literalReplacement(symbol)),
                d.substring(t, from: "\(a) + \(span) + 1"),
            ])
        }
        return l.project(exprs)
    }
}
