/// LEFT, RIGHT, SUBSTRING: code points of `sourceColumn` (or the constant `value`) into
/// the new text column `targetColumn`. Positions count code points, as Wort's do and as
/// `substring`/`length` do in both engines (not graphemes: a ZWJ emoji is several).
/// Positions are 0-based in the recipe (SUBSTRING's end excluded); SQL's are 1-based.
enum Position {
    /// A recipe position as a SQL integer literal (clamped so that `n + 1` stays an INT).
    static func literal(_ n: Int) -> String { String(min(max(n, 0), Int(Int32.max) - 2)) }

    static func lower(_ l: inout Lowering, _ cut: (SQLDialect, String) -> String) -> String {
        let target = l.params.string("targetColumn") ?? ""
        let w = WorkColumns(l.dialect)
        let t = w.column(l.functionInputText(w))
        return l.project([target: cut(l.dialect, t)], w)
    }
}

/// LEFT: the first `position` code points (all of a shorter text).
enum LeftLowering: StepLowering {
    static let operation = "LEFT"
    static func lower(_ l: inout Lowering) throws -> String {
        let n = Position.literal(l.params.int("position") ?? 0)
        return Position.lower(&l) { d, t in d.substring(t, from: "1", count: n) }
    }
}

/// RIGHT: the last `position` code points (all of a shorter text).
enum RightLowering: StepLowering {
    static let operation = "RIGHT"
    static func lower(_ l: inout Lowering) throws -> String {
        let n = Position.literal(l.params.int("position") ?? 0)
        return Position.lower(&l) { d, t in d.substring(t, from: "greatest(\(d.length(t)) - \(n), 0) + 1") }
    }
}

/// SUBSTRING: code points `startPosition` up to (not including) `endPosition`.
enum SubstringLowering: StepLowering {
    static let operation = "SUBSTRING"
    static func lower(_ l: inout Lowering) throws -> String {
        let start = l.params.int("startPosition") ?? 0
        let end = l.params.int("endPosition") ?? 0
        let from = Position.literal(start + 1), count = Position.literal(end - start)
        return Position.lower(&l) { d, t in d.substring(t, from: from, count: count) }
    }
}
