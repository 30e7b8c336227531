import WortCore

/// REPLACE_WITH_RANDOM_BETWEEN: replaces each value by a random whole number between
/// `lowerBound` and `upperBound`, both included (like DataBrew's RANDOM_BETWEEN function).
/// The column becomes int64.
///
/// Row k of the step's input (0-based, in row order) gets `lowerBound + draw(n, k)` with
/// n = upperBound − lowerBound + 1, from the column's own stream of `RowDraws`; the
/// exported SQL computes the same draw from the same hash, so `wort run --seed S` and the
/// exported program agree row for row.
///
/// Null stays null: the step hides values, it does not invent them, so the pattern of
/// missing data survives. An invalid cell (text that is not a value of the column's type)
/// becomes null too: its text is dropped rather than kept, and exported programs, which
/// read such a cell as NULL, do the same.
enum ReplaceWithRandomBetween: RecipeOperation {
    static let name = "REPLACE_WITH_RANDOM_BETWEEN"

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let columns = context.sourceColumns()
        let lo = context.int("lowerBound"), hi = context.int("upperBound")
        guard let columns, let lo, let hi else { return nil }
        if lo > hi { context.problem("upperBound", "\(hi) is below lowerBound \(lo)"); return nil }
        for i in columns { context.schema = context.schema.replacing(i, with: Field(name: context.schema.fields[i].name, type: .int64)) }
        let span = UInt64(bitPattern: Int64(hi) &- Int64(lo)) &+ 1
        let draws = columns.indices.map { RowDraws.forStep(context, stream: $0) }
        return .stream {
            RandomReplace(columns: columns, draws: draws, type: .int64) { column, draws, first in
                var values = [Int64](repeating: 0, count: column.count)
                for r in 0..<column.count where column.validity[r] {
                    values[r] = Int64(bitPattern: UInt64(bitPattern: Int64(lo)) &+ draws.below(span, row: first + r))
                }
                return .int64(values)
            }
        }
    }
}

/// A random replacement in row order: each column's cells drawn from its own stream by
/// row position, counted across batches (so the output does not depend on batch size).
final class RandomReplace: BatchTransform {
    let columns: [Int]
    let draws: [RowDraws]
    let type: DataType
    /// The values of one batch of a column, given the position of its first row.
    let draw: @Sendable (Column, RowDraws, Int) -> ColumnValues
    /// Rows of the step's input seen so far.
    var rowsSeen = 0

    init(columns: [Int], draws: [RowDraws], type: DataType, draw: @escaping @Sendable (Column, RowDraws, Int) -> ColumnValues) {
        self.columns = columns; self.draws = draws; self.type = type; self.draw = draw
    }

    func process(_ batch: Table) throws -> Table {
        var t = batch
        for (k, i) in columns.enumerated() {
            let c = t.columns[i]
            // Null and invalid cells are null in the result (validity is false for both).
            t = t.replacing(i, with: Column(name: c.name, type: type, values: draw(c, draws[k], rowsSeen), validity: c.validity))
        }
        rowsSeen += batch.rowCount
        return t
    }

    func finish() throws -> Table? { nil }
}
