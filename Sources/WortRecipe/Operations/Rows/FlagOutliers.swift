import WortCore

/// FLAG_OUTLIERS: a new text column `targetColumn`, right after `sourceColumn`, holding
/// `trueString` ("True") for outliers and `falseString` ("False") for the other values;
/// null where the source is null or invalid (no number to judge). See
/// `OutlierDetection` for the strategies.
enum FlagOutliers: RecipeOperation {
    static let name = "FLAG_OUTLIERS"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let detected = OutlierDetection.plan(&context)
        let target = context.newColumn("targetColumn")
        let yes = context.optionalString("trueString") ?? "True"
        let no = context.optionalString("falseString") ?? "False"
        guard let (i, detection) = detected, let target else { return nil }
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: i + 1)
        return .whole { all in
            let c = all.columns[i]
            let isOutlier = detection.test(for: Numeric.values(c))
            var flags: [String?] = []
            flags.reserveCapacity(c.count)
            for r in 0..<c.count { flags.append(Numeric.value(c, r).map { isOutlier($0) ? yes : no }) }
            return all.inserting(Column(name: target, strings: flags), at: i + 1)
        }
    }
}
