/// REMOVE_OUTLIERS: the rows whose `sourceColumn` is an outlier (see `OutlierSQL`) go
/// (`removeType` DELETE_ROWS), or those cells become NULL (CLEAR). With `trimValue`, only
/// outliers below the `minValue` or above the `maxValue` percentile (0–100, interpolated)
/// count. Row order is kept.
enum RemoveOutliersLowering: StepLowering {
    static let operation = "REMOVE_OUTLIERS"
    static func lower(_ l: inout Lowering) throws -> String {
        let d = l.dialect
        let clear = l.params.choice("removeType", ["DELETE_ROWS", "CLEAR"], default: "DELETE_ROWS") == "CLEAR"
        let trim = l.params.bool("trimValue", default: false)
        var low = 0.0, high = 100.0
        if trim {
            low = l.params.double("minValue", default: 0) ?? 0
            high = l.params.double("maxValue", default: 100) ?? 100
        } else {
            l.params.ignore("minValue", "maxValue")
        }
        let (c, o) = try OutlierSQL.make(&l) { x in
            trim ? [("_wort_low", d.quantile(x, low / 100)), ("_wort_high", d.quantile(x, high / 100))] : []
        }
        var remove = o.test
        if trim { remove = "coalesce(\(remove) AND (\(o.x) < _wort_low OR \(o.x) > _wort_high), FALSE)" }
        if clear {
            return l.project([c: "CASE WHEN \(remove) THEN \(d.null(l.type(of: c) ?? .double)) ELSE \(l.col(c)) END"], from: o.from)
        }
        return l.project([:], from: o.from, where: "NOT (\(remove))")
    }
}
