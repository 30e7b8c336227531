import WortCore

/// REMOVE_OUTLIERS: deletes the rows whose `sourceColumn` is an outlier (`removeType`
/// DELETE_ROWS, the default) or makes those cells null (CLEAR). With `trimValue` true,
/// only the outliers beyond the `minValue`/`maxValue` percentiles (0–100, interpolated
/// as `quantile_cont`) go. Null and invalid cells are never outliers.
enum RemoveOutliers: RecipeOperation {
    static let name = "REMOVE_OUTLIERS"
    static let conditionUse = ConditionUse.unsupported

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let detected = OutlierDetection.plan(&context)
        let removeType = context.choice("removeType", ["DELETE_ROWS", "CLEAR"], default: "DELETE_ROWS")
        let trim = context.bool("trimValue", default: false)
        var low = 0.0, high = 100.0
        if trim {
            for (name, bound) in [("minValue", 0.0), ("maxValue", 100.0)] {
                guard let v = context.double(name, default: bound) else { continue }
                if !(0...100).contains(v) { context.problem(name, "a percentile is 0 to 100, not \(v)") }
                if name == "minValue" { low = v } else { high = v }
            }
            if low > high { context.problem("maxValue", "maxValue \(high) is below minValue \(low)") }
        } else {
            context.ignore("minValue", "maxValue")
        }
        guard let (i, detection) = detected, let removeType, !context.hasProblems else { return nil }
        let clear = removeType == "CLEAR"
        let (lowP, highP) = (low / 100, high / 100)
        return .whole { all in
            let c = all.columns[i]
            let values = Numeric.values(c)
            let isOutlier = detection.test(for: values)
            var lowBound = -Double.infinity, highBound = Double.infinity
            if trim {
                let sorted = values.sorted()
                lowBound = Numeric.quantile(sorted: sorted, lowP) ?? lowBound
                highBound = Numeric.quantile(sorted: sorted, highP) ?? highBound
            }
            var remove = [Bool](repeating: false, count: c.count)
            for r in 0..<c.count {
                guard let x = Numeric.value(c, r), isOutlier(x) else { continue }
                remove[r] = !trim || x < lowBound || x > highBound
            }
            if !clear { return all.filter(remove.map { !$0 }) }
            var indices = Array(0..<c.count)
            for r in 0..<c.count where remove[r] { indices[r] = -1 }  // -1 gathers a null
            return all.replacing(i, with: c.gather(indices))
        }
    }
}
