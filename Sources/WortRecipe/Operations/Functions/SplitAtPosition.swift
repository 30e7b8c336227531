import WortCore

/// SPLIT_COLUMN_FROM_START and SPLIT_COLUMN_FROM_END: `sourceColumn` is replaced, at its
/// place, by two text columns `<col>_1` and `<col>_2` (the naming of the other SPLIT_COLUMN_*
/// steps, see `ColumnSplitter`), cut `position` characters (code points) from the start or
/// from the end: `substring(c,1,n)` / `substring(c,n+1)` and the mirror image (scale-out.md
/// §2). A text shorter than `position` is all in one part and the other is empty; a null
/// gives two nulls.
enum SplitAtPosition {
    static func plan(_ context: inout StepContext, fromEnd: Bool) -> StepKernel? {
        let column = context.column("sourceColumn")
        let n = context.int("position", range: 0...Int(Int32.max))
        guard let i = column, let n else { return nil }
        let source = context.schema.fields[i].name
        let names = ["\(source)_1", "\(source)_2"]
        var ok = true
        for name in names where context.index(of: name) != nil {
            context.problem("sourceColumn", "splitting '\(source)' makes column '\(name)', which already exists"); ok = false
        }
        guard ok else { return nil }
        context.schema = context.schema.removing([i])
            .inserting(Field(name: names[0], type: .string), at: i)
            .inserting(Field(name: names[1], type: .string), at: i + 1)
        return .map { table in
            let cut: @Sendable (UnsafeBufferPointer<UInt8>) -> Int = { b in
                CodePoints.offset(b, fromEnd ? max(CodePoints.count(b) - n, 0) : n)
            }
            let first = TextMapping.map(table.columns[i], name: names[0]) { b, out in
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[..<cut(b)])); return true
            }
            let second = TextMapping.map(table.columns[i], name: names[1]) { b, out in
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[cut(b)...])); return true
            }
            return table.removing([i]).inserting(first, at: i).inserting(second, at: i + 1)
        }
    }
}
