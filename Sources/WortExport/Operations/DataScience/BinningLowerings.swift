import WortCore

/// BINARIZATION: a new BIGINT column after the numeric `sourceColumn`: 1 above
/// `threshold`, 0 at or below (swapped by `flip`), NULL for NULL and NaN (both engines
/// order NaN above every number, so it is tested first).
enum BinarizationLowering: StepLowering {
    static let operation = "BINARIZATION"

    static func lower(_ l: inout Lowering) throws -> String {
        let source = l.params.string("sourceColumn") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        let threshold = l.params.double("threshold") ?? 0
        let flip = l.params.bool("flip", default: false)
        let d = l.dialect
        let x = "CAST(\(l.col(source)) AS DOUBLE)"
        let above = flip ? 0 : 1
        return l.project([target: "CAST(CASE WHEN \(x) IS NULL OR \(d.isNaN(x)) THEN NULL WHEN \(x) > \(d.double(threshold)) "
            + "THEN \(above) ELSE \(1 - above) END AS BIGINT)"])
    }
}

/// BUCKETIZATION: a new text column after the numeric `sourceColumn` naming the bucket of
/// each value: bucket k holds splits[k] ≤ x < splits[k+1], the last one also its upper
/// bound; NULL outside every bucket and for NULL or NaN. `-Infinity` / `Infinity` splits
/// are DOUBLE infinities in both engines.
enum BucketizationLowering: StepLowering {
    static let operation = "BUCKETIZATION"

    static func lower(_ l: inout Lowering) throws -> String {
        let source = l.params.string("sourceColumn") ?? ""
        let target = l.params.string("targetColumn") ?? ""
        let names = l.params.stringList("bucketNames") ?? []
        var splits: [Double] = []
        for s in l.params.stringList("splits") ?? [] {
            // As pre-flight reads a split (WortRecipe's Bucketization.number).
            let t = s.withoutEdgeSpaces
            switch t.lowercased() {
            case "infinity", "+infinity", "inf": splits.append(.infinity)
            case "-infinity", "-inf": splits.append(-.infinity)
            default:
                guard let v = ValueParser.double(t) else { throw l.refuse("'\(s)' is not a number", parameter: "splits") }
                splits.append(v)
            }
        }
        guard splits.count >= 2, names.count == splits.count - 1 else { throw l.refuse("the splits do not match the bucket names", parameter: "splits") }
        let d = l.dialect
        let x = "CAST(\(l.col(source)) AS DOUBLE)"
        var q = "CASE WHEN \(x) IS NULL OR \(d.isNaN(x)) OR \(x) < \(d.double(splits[0])) OR \(x) > \(d.double(splits.last!)) THEN NULL"
        q += " WHEN \(x) = \(d.double(splits.last!)) THEN \(l.lit(names.last!))"
        for k in 0..<names.count { q += " WHEN \(x) < \(d.double(splits[k + 1])) THEN \(l.lit(names[k]))" }
        return l.project([target: q + " END"])
    }
}

private extension String {
    /// Without leading and trailing spaces, as pre-flight trims parameters.
    var withoutEdgeSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
