import WortCore

/// The shared part of the MOVE_* steps: the columns reordered, no value changed.
enum ColumnMove {
    /// Moves column `i` so that it lands at `position` of the final order (0-based).
    static func plan(_ context: inout StepContext, column i: Int, to position: Int) -> StepKernel? {
        var order = Array(context.schema.fields.indices)
        order.remove(at: i)
        order.insert(i, at: position)
        context.schema = Schema(order.map { context.schema.fields[$0] })
        let permutation = order
        return .map { table in Table(columns: permutation.map { table.columns[$0] }) }
    }

    /// MOVE_BEFORE / MOVE_AFTER: `sourceColumn` next to `targetColumn`.
    static func planRelative(_ context: inout StepContext, after: Bool) -> StepKernel? {
        let source = context.column("sourceColumn")
        let target = context.column("targetColumn")
        guard let i = source, let t = target else { return nil }
        if i == t { return plan(&context, column: i, to: i) }
        // The target's place once the source is taken out of the order.
        let targetAfterRemoval = t > i ? t - 1 : t
        return plan(&context, column: i, to: after ? targetAfterRemoval + 1 : targetAfterRemoval)
    }
}
