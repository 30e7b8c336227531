import WortCore

/// Plumbing shared by the function steps of this folder (DataBrew's "functions" add a new
/// column `targetColumn` from `sourceColumn` or a constant `value`; the console also writes
/// `functionStepType`, which changes nothing and is accepted).
enum FunctionSteps {
    /// Where a function's new column goes: right after its source column, at the end for
    /// a constant.
    static func position(of input: FunctionInput, in schema: Schema) -> Int {
        input.columnIndex.map { $0 + 1 } ?? schema.fields.count
    }

    /// A function writing a new text column from its input's text, byte by byte. `ready`
    /// is false when the caller already found a problem in its own parameters: the common
    /// parameters are still checked (and marked as read), but no kernel is made.
    static func text(_ context: inout StepContext, ready: Bool = true,
                     _ transform: @escaping @Sendable (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Bool) -> StepKernel? {
        context.ignore("functionStepType")
        let input = FunctionInput.resolve(&context)
        let target = context.newColumn("targetColumn")
        guard let input, let target, ready else { return nil }
        let at = position(of: input, in: context.schema)
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: at)
        return .map { table in
            table.inserting(TextMapping.map(input.column(in: table), name: target, transform), at: at)
        }
    }

    /// The function form of an in-place step (UPPER of UPPER_CASE, ...): the input is copied
    /// into `targetColumn` and the in-place step `op` runs on the copy, so both forms share
    /// one implementation and can never disagree.
    static func derived(_ context: inout StepContext, from op: any RecipeOperation.Type) -> StepKernel? {
        context.ignore("functionStepType")
        let input = FunctionInput.resolve(&context)
        let target = context.newColumn("targetColumn")
        guard let input, let target else { return nil }
        let at = position(of: input, in: context.schema)
        let type = input.columnIndex.map { context.schema.fields[$0].type } ?? .string
        let copied = context.schema.inserting(Field(name: target, type: type), at: at)
        guard let transform = delegate(&context, to: op, schema: copied, parameters: ["sourceColumn": target]) else { return nil }
        return .map { table in try transform(table.inserting(input.column(in: table).renamed(target), at: at)) }
    }

    /// Plans the row-wise step `op` with `parameters` over `schema`, as part of this step:
    /// its problems are reported as this step's, its output schema becomes this step's.
    static func delegate(_ context: inout StepContext, to op: any RecipeOperation.Type, schema: Schema,
                         parameters: OrderedParameters) -> (@Sendable (Table) throws -> Table)? {
        let step = RecipeStep(action: RecipeAction(operation: op.name, parameters: parameters))
        var inner = StepContext(number: context.number, step: step, schema: schema, environment: context.environment)
        let kernel = op.plan(&inner)
        for p in inner.problems where !p.isWarning { context.problem(p.parameter, p.message) }
        guard let kernel, case .map(let transform) = kernel else { return nil }
        context.schema = inner.schema
        return transform
    }

    /// `trueString` / `falseString` of the flag steps (DataBrew's defaults `True` / `False`).
    static func flagStrings(_ context: inout StepContext) -> (yes: [UInt8], no: [UInt8]) {
        (Array((context.optionalString("trueString") ?? "True").utf8),
         Array((context.optionalString("falseString") ?? "False").utf8))
    }

    /// A new text column `targetColumn` after `sourceColumn` holding `trueString` where
    /// `flag` holds for the row and `falseString` elsewhere (never null).
    static func flag(_ context: inout StepContext, flagType expected: String, ready: Bool = true,
                     _ makeFlag: @escaping @Sendable (Column) -> (Int) -> Bool) -> StepKernel? {
        let source = context.column("sourceColumn")
        let target = context.newColumn("targetColumn")
        let (yes, no) = flagStrings(&context)
        // The console always writes `flagType`; its value only repeats the operation.
        if let t = context.optionalString("flagType"), t.lowercased() != expected.lowercased() {
            context.warning("flagType", "'\(t)' is not '\(expected)'; ignored")
        }
        guard let i = source, let target, ready else { return nil }
        context.schema = context.schema.inserting(Field(name: target, type: .string), at: i + 1)
        return .map { table in
            let holds = makeFlag(table.columns[i])
            let flags = TextColumnBuilder.build(name: target, count: table.rowCount) { r, out in
                out.append(contentsOf: holds(r) ? yes : no)
                return true
            }
            return table.inserting(flags, at: i + 1)
        }
    }
}

/// Counting and cutting text by code points (Spark's `substring` and `length` count code
/// points, scale-out.md §2.4), on bytes.
enum CodePoints {
    /// The byte offset where code point number `n` (0-based) starts; the end when the text
    /// is shorter.
    static func offset(_ b: UnsafeBufferPointer<UInt8>, _ n: Int) -> Int {
        var i = 0, k = 0
        while i < b.count, k < n { i += TextScalars.decode(b, i).length; k += 1 }
        return i
    }

    static func count(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0, k = 0
        while i < b.count { i += TextScalars.decode(b, i).length; k += 1 }
        return k
    }

    /// The bytes of code points `from..<to` (clamped to the text).
    static func slice(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
        let lo = offset(b, max(from, 0))
        let hi = max(lo, offset(b, max(to, 0)))
        return UnsafeBufferPointer(rebasing: b[lo..<hi])
    }
}
