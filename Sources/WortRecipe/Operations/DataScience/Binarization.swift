import WortCore

/// BINARIZATION: a new int64 column `targetColumn`, right after the numeric
/// `sourceColumn`: 1 where the value is above `threshold`, 0 where it is at or below.
/// `flip` = true swaps them ("values lower than or equal to the threshold value result
/// in 1, and values greater than the threshold value result in 0"). Null where the
/// source is null or invalid.
enum Binarization: RecipeOperation {
    static let name = "BINARIZATION"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let planned = NumericSource.plan(&context)
        let threshold = context.double("threshold")
        let flip = context.bool("flip", default: false)
        guard let (i, target) = planned, let threshold else { return nil }
        context.schema = context.schema.inserting(Field(name: target, type: .int64), at: i + 1)
        return .map { batch in
            let c = batch.columns[i]
            var values = [Int64](repeating: 0, count: c.count)
            var valid = ValidityBitmap()
            valid.reserveCapacity(c.count)
            for r in 0..<c.count {
                if let x = Numeric.value(c, r), !x.isNaN {
                    values[r] = (x > threshold) != flip ? 1 : 0
                    valid.append(true)
                } else {
                    valid.append(false)
                }
            }
            return batch.inserting(Column(name: target, type: .int64, values: .int64(values), validity: valid), at: i + 1)
        }
    }
}
