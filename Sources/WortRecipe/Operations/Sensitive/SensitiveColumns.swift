import WortCore
import WortProfile

/// The shape most sensitive-data steps share: every source column is replaced, in place,
/// by a text column computed cell by cell (null stays null).
enum SensitiveColumns {
    /// Sets the output schema (each source column becomes text) and returns the `.map`
    /// kernel. `transform` gets a cell's UTF-8 text; returning false makes the cell null.
    static func mapText(_ indices: [Int], _ context: inout StepContext,
                        _ transform: @escaping @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool) -> StepKernel {
        for i in indices {
            context.schema = context.schema.replacing(i, with: Field(name: context.schema.fields[i].name, type: .string))
        }
        var cellTransform = transform
        if let raw = context.parameters["entityTypeFilter"], let entities = EntityTypeFilter.selection(raw, &context) {
            cellTransform = EntityTypeFilter.restrict(transform, to: entities)
        }
        let apply = cellTransform
        return .map { table in
            var t = table
            for i in indices { t = t.replacing(i, with: TextMapping.map(t.columns[i], apply)) }
            return t
        }
    }
}
