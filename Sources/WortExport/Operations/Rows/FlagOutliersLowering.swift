/// FLAG_OUTLIERS: a new text column `targetColumn` after the source, `trueString` for
/// outliers and `falseString` for other values, NULL where the source is NULL. See
/// `OutlierSQL` for the strategies.
enum FlagOutliersLowering: StepLowering {
    static let operation = "FLAG_OUTLIERS"
    static func lower(_ l: inout Lowering) throws -> String {
        let (_, o) = try OutlierSQL.make(&l)
        let target = l.params.string("targetColumn") ?? ""
        let yes = l.lit(l.params.optionalString("trueString") ?? "True")
        let no = l.lit(l.params.optionalString("falseString") ?? "False")
        return l.project([target: "CASE WHEN \(o.x) IS NULL THEN NULL WHEN \(o.test) THEN \(yes) ELSE \(no) END"], from: o.from)
    }
}
