import WortCore

/// BUCKETIZATION ("Binning"): a new text column `targetColumn`, right after the numeric
/// `sourceColumn`, naming each value's bucket. `splits` (a JSON list of numbers as
/// strings, `"-Infinity"` / `"Infinity"` allowed) bound consecutive buckets; bucket k,
/// named `bucketNames[k]`, holds split[k] ≤ x < split[k+1], and the last bucket also
/// holds its upper bound (Spark ML's Bucketizer, which DataBrew runs on; the SQL export's
/// `CASE WHEN x < s1 THEN 'b1' …`). A value outside every bucket, a null or an invalid
/// cell gives null. The `percentage` form (equal-width buckets by percent) is not
/// supported: a pre-flight problem.
enum Bucketization: RecipeOperation {
    static let name = "BUCKETIZATION"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let planned = NumericSource.plan(&context)
        if let p = context.optionalString("percentage") {
            context.problem("percentage", "bucketing by percentage ('\(p)') is not supported; give splits instead")
            return nil
        }
        let splitTexts = context.stringList("splits")
        let names = context.stringList("bucketNames")
        guard let splitTexts, let names else { return nil }
        var splits: [Double] = []
        for s in splitTexts {
            guard let d = number(s) else {
                context.problem("splits", "'\(s)' is not a number (nor -Infinity / Infinity)"); return nil
            }
            if let last = splits.last, d <= last {
                context.problem("splits", "the splits must increase strictly: \(s) follows \(splitTexts[splits.count - 1])"); return nil
            }
            splits.append(d)
        }
        guard splits.count >= 2 else { context.problem("splits", "need at least two splits (one bucket)"); return nil }
        guard names.count == splits.count - 1 else {
            context.problem("bucketNames", "\(splits.count) splits make \(splits.count - 1) buckets, but \(names.count) names are given")
            return nil
        }
        guard let (i, target) = planned else { return nil }
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: i + 1)
        let bounds = splits
        return .map { batch in
            let c = batch.columns[i]
            var out: [String?] = []
            out.reserveCapacity(c.count)
            for r in 0..<c.count { out.append(Numeric.value(c, r).flatMap { bucket(of: $0, bounds) }.map { names[$0] }) }
            return batch.inserting(Column(name: target, strings: out), at: i + 1)
        }
    }

    static func number(_ s: String) -> Double? {
        switch s.trimmingSpaces.lowercased() {
        case "infinity", "+infinity", "inf": return .infinity
        case "-infinity", "-inf": return -.infinity
        default: return ValueParser.double(s.trimmingSpaces)
        }
    }

    /// The bucket index of `x`: binary search for the last split ≤ x.
    static func bucket(of x: Double, _ splits: [Double]) -> Int? {
        guard !x.isNaN, x >= splits[0], x <= splits[splits.count - 1] else { return nil }
        if x == splits[splits.count - 1] { return splits.count - 2 }
        var lo = 0, hi = splits.count - 1  // splits[lo] <= x < splits[hi]
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if splits[mid] <= x { lo = mid } else { hi = mid }
        }
        return lo
    }
}
