import WortCore

/// REPLACE_WITH_RANDOM_BETWEEN: replaces each value by a random whole number between
/// `lowerBound` and `upperBound`, both included (like DataBrew's RANDOM_BETWEEN function
/// and the SQL export's `floor(rand() * (hi - lo + 1)) + lo`). The column becomes int64.
///
/// Null stays null: the step hides values, it does not invent them, so the pattern of
/// missing data survives. Each row draws from the step's own seeded stream in row order
/// (a `.stream` step), so the output depends only on `--seed` and the rows, never on how
/// the input was split into batches.
enum ReplaceWithRandomBetween: RecipeOperation {
    static let name = "REPLACE_WITH_RANDOM_BETWEEN"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let lo = context.int("lowerBound"), hi = context.int("upperBound")
        guard let columns, let lo, let hi else { return nil }
        if lo > hi { context.problem("upperBound", "\(hi) is below lowerBound \(lo)"); return nil }
        for i in columns { context.schema = context.schema.replacing(i, with: Field(name: context.schema.fields[i].name, type: .int64)) }
        let span = UInt64(bitPattern: Int64(hi) &- Int64(lo)) &+ 1
        let seeds = columns.indices.map { SplitMix64.forStep(context, stream: $0) }
        return .stream {
            RandomReplace(columns: columns, generators: seeds) { column, g in
                var values = [Int64](repeating: 0, count: column.count)
                let invalid = column.invalidRows
                for r in 0..<column.count {
                    let x = Int64(bitPattern: UInt64(bitPattern: Int64(lo)) &+ g.below(span))
                    if column.hasValue(r, invalidRows: invalid) { values[r] = x }
                }
                return .int64(values)
            }
        }
    }
}

/// The state of a random replacement: one generator per column, carried across batches.
final class RandomReplace: BatchTransform {
    let columns: [Int]
    var generators: [SplitMix64]
    let draw: (Column, inout SplitMix64) -> ColumnValues
    let type: (Column) -> DataType

    init(columns: [Int], generators: [SplitMix64], type: @escaping (Column) -> DataType = { _ in .int64 },
         draw: @escaping (Column, inout SplitMix64) -> ColumnValues) {
        self.columns = columns; self.generators = generators; self.draw = draw; self.type = type
    }

    func process(_ batch: Table) throws -> Table {
        var t = batch
        for (k, i) in columns.enumerated() {
            let c = t.columns[i]
            let invalid = c.invalidRows
            var valid = ValidityBitmap()
            valid.reserveCapacity(c.count)
            for r in 0..<c.count { valid.append(c.hasValue(r, invalidRows: invalid)) }
            let values = draw(c, &generators[k])
            t = t.replacing(i, with: Column(name: c.name, type: type(c), values: values, validity: valid))
        }
        return t
    }

    func finish() throws -> Table? { nil }
}
