import WortCore

/// What FLAG_DUPLICATE_ROWS and FLAG_DUPLICATES_IN_COLUMN share: a new text column holding
/// `trueString` on every row whose key (the whole row, or one column) occurred in an
/// earlier row, and `falseString` on the first occurrence (SQL
/// `CASE WHEN row_number() OVER (PARTITION BY key ORDER BY _rid) > 1 THEN 't' ELSE 'f' END`).
/// Nulls are one value, equal to each other, as REMOVE_DUPLICATES treats them (see
/// `CellKey`). DataBrew's docs give no defaults for the strings; "True" / "False" as
/// FLAG_OUTLIERS and FLAG_COLUMN_FROM_NULL use. Streams, remembering every key seen.
enum DuplicateFlags {
    /// `keyColumns` nil = all columns of the step's input. The flag column goes at `at`.
    static func plan(_ context: inout StepContext, keyColumns: [Int]?, at position: (Schema) -> Int) -> StepKernel? {
        let target = context.newColumn("targetColumn")
        let yes = context.optionalString("trueString") ?? "True"
        let no = context.optionalString("falseString") ?? "False"
        guard let target, !context.hasProblems else { return nil }
        let at = position(context.schema)
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: at)
        return .stream { Flagger(keyColumns: keyColumns, target: target, at: at, yes: yes, no: no) }
    }

    final class Flagger: BatchTransform {
        let keyColumns: [Int]?
        let target: String, at: Int, yes: String, no: String
        var seen: Set<[UInt8]> = []

        init(keyColumns: [Int]?, target: String, at: Int, yes: String, no: String) {
            self.keyColumns = keyColumns; self.target = target; self.at = at; self.yes = yes; self.no = no
        }

        func process(_ batch: Table) throws -> Table {
            let keys = keyColumns.map { $0.map { batch.columns[$0] } } ?? batch.columns
            var flags: [String?] = []
            flags.reserveCapacity(batch.rowCount)
            var key: [UInt8] = []
            for r in 0..<batch.rowCount {
                CellKey.of(keys, r, into: &key)
                flags.append(seen.insert(key).inserted ? no : yes)
            }
            return batch.inserting(Column(name: target, strings: flags), at: at)
        }

        func finish() throws -> Table? { nil }
    }
}
