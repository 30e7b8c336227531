import WortCore

/// The part BINARIZATION and BUCKETIZATION share: a numeric `sourceColumn` and a new
/// `targetColumn` placed right after it, one cell per row computed from the source's
/// number (null where the source is null or invalid: there is no number to judge).
enum NumericSource {
    /// (source index, target name), or nil after reporting problems.
    static func plan(_ context: inout StepContext) -> (Int, String)? {
        let i = context.column("sourceColumn")
        let target = context.newColumn("targetColumn")
        guard let i, let target else { return nil }
        let f = context.schema.fields[i]
        guard Numeric.isNumeric(f.type) else {
            context.problem("sourceColumn", "column '\(f.name)' is \(f.type); \(context.operation) needs a numeric column")
            return nil
        }
        return (i, target)
    }
}
