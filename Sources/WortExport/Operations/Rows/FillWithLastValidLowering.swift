import WortCore

/// FILL_WITH_LAST_VALID: a missing cell (NULL, or '' in text) takes the last non-missing
/// value above it; cells before the first value stay as they are:
/// `last(nullif(c, '') IGNORE NULLS) OVER (ORDER BY _wort_rid ROWS BETWEEN UNBOUNDED
/// PRECEDING AND 1 PRECEDING)`. One window over all rows: not parallel (scale-out.md §1.4 #11).
enum FillWithLastValidLowering: StepLowering {
    static let operation = "FILL_WITH_LAST_VALID"
    static func lower(_ l: inout Lowering) throws -> String {
        let c = l.params.string("sourceColumn") ?? ""
        let type = l.type(of: c) ?? .string
        let x = l.col(c)
        let valid = type == .string ? "CASE WHEN \(x) <> '' THEN \(x) END" : x
        let last = l.dialect.lastNonNull(valid) + " OVER (ORDER BY \(l.rid) ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)"
        return l.project([c: "CASE WHEN \(l.isMissing(x, type)) THEN coalesce(\(last), \(x)) ELSE \(x) END"])
    }
}
