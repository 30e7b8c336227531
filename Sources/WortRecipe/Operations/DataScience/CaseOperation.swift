import WortCore

/// CASE_OPERATION: a new column `targetColumn` from the SQL-like `valueExpression`
/// (``case when `age` < 18 then 'minor' when `age` is null then 'unknown' else 'adult' end``,
/// see `CaseExpression` for the grammar). The first WHEN that is true gives the row's
/// value; none true gives ELSE, or null without ELSE.
///
/// Semantics where DataBrew's docs are silent, following SQL (and so the SQL export):
/// - three-valued logic: a comparison with a null cell (or NULL) is unknown, never true,
///   and NOT unknown stays unknown; `IS NULL` is the only test a null cell passes. An
///   invalid cell holds text, so it is not null.
/// - comparisons work as the recipe conditions do (`Comparand`): numbers as numbers,
///   dates as dates, otherwise text in byte order; `IN` as the IS condition (`CellSet`).
/// - the result is int64 when every non-null THEN/ELSE is a whole-number literal, double
///   when they are all number literals, otherwise text (a column reference gives the
///   cell's text).
/// - the new column goes right after the first column the expression names (at the end
///   when it names none).
/// `withExpressions` (aggregates such as `sum(col)` referred to as `:name`) must be
/// empty: aggregate references are not supported (a pre-flight problem).
enum CaseOperation: RecipeOperation {
    static let name = "CASE_OPERATION"

    /// An operand with its column resolved and its literal prepared for comparisons.
    enum Value: Sendable {
        case column(Int)
        case literal(String, Comparand)
        case null
    }

    indirect enum Test: Sendable {
        case and(Test, Test), or(Test, Test), not(Test)
        case compare(Value, CaseExpression.Comparison, Value)
        case isNull(Value, negated: Bool)
        case isIn(Value, CellSet, Set<String>, negated: Bool)
    }

    static func plan(_ context: inout StepContext) -> StepKernel? {
        let expressionText = context.string("valueExpression")
        let target = context.newColumn("targetColumn")
        if let with = context.json("withExpressions", required: false) {
            if case .array(let items) = with.kind, items.isEmpty {} else {
                context.problem("withExpressions", "aggregate expressions are not supported; only [] (none) is")
            }
        }
        guard let expressionText else { return nil }
        let expression: CaseExpression
        do {
            expression = try CaseExpression.parse(expressionText)
        } catch {
            context.problem("valueExpression", "at character \(error.position): \(error.message)")
            return nil
        }
        var firstColumn: Int?
        var ok = true
        func resolve(_ o: CaseExpression.Operand) -> Value {
            switch o {
            case .column(let c):
                guard let i = context.index(of: c) else {
                    context.problem("valueExpression", context.notFound(c)); ok = false; return .null
                }
                firstColumn = firstColumn ?? i
                return .column(i)
            case .text(let t), .number(let t): return .literal(t, Comparand(t))
            case .null: return .null
            }
        }
        func compile(_ c: CaseExpression.Condition) -> Test {
            switch c {
            case .and(let a, let b): return .and(compile(a), compile(b))
            case .or(let a, let b): return .or(compile(a), compile(b))
            case .not(let a): return .not(compile(a))
            case .compare(let a, let op, let b):
                let left = resolve(a)
                return .compare(left, op, resolve(b))
            case .isNull(let a, let negated): return .isNull(resolve(a), negated: negated)
            case .isIn(let a, let values, let negated): return .isIn(resolve(a), CellSet(values), Set(values), negated: negated)
            }
        }
        var branches: [(Test, Value)] = []
        for (cond, result) in expression.branches {
            let test = compile(cond)
            branches.append((test, resolve(result)))
        }
        let otherwise = resolve(expression.otherwise)
        let rules = branches
        guard ok, let target else { return nil }

        let results = expression.branches.map(\.1) + [expression.otherwise]
        let type = resultType(results)
        let at = firstColumn.map { $0 + 1 } ?? context.schema.fields.count
        context.schema = context.schema.inserting(Field(name: target, type: type), at: at)
        return .map { batch in
            var texts: [String?] = []
            texts.reserveCapacity(batch.rowCount)
            var scratch: [UInt8] = []
            for r in 0..<batch.rowCount {
                let value = rules.first { evaluate($0.0, batch, r, &scratch) == true }?.1 ?? otherwise
                texts.append(text(of: value, batch, r, &scratch))
            }
            let column = Column(name: target, strings: texts)
            return batch.inserting(type == .string ? column : column.cast(to: type), at: at)
        }
    }

    static func resultType(_ results: [CaseExpression.Operand]) -> DataType {
        var numbers: [String] = []
        for r in results {
            switch r {
            case .null: continue
            case .number(let n): numbers.append(n)
            default: return .string
            }
        }
        if numbers.isEmpty { return .string }
        return numbers.allSatisfy { ValueParser.int64($0) != nil } ? .int64 : .double
    }

    /// The text of a cell (nil when null); an invalid cell gives its original text.
    static func cellText(_ c: Column, _ r: Int, _ scratch: inout [UInt8]) -> Bool {
        scratch.removeAll(keepingCapacity: true)
        return c.appendText(row: r, to: &scratch)
    }

    static func text(of value: Value, _ batch: Table, _ r: Int, _ scratch: inout [UInt8]) -> String? {
        switch value {
        case .null: return nil
        case .literal(let t, _): return t
        case .column(let i):
            return cellText(batch.columns[i], r, &scratch) ? String(decoding: scratch, as: UTF8.self) : nil
        }
    }

    /// true, false, or nil for SQL's unknown.
    static func evaluate(_ test: Test, _ batch: Table, _ r: Int, _ scratch: inout [UInt8]) -> Bool? {
        switch test {
        case .and(let a, let b):
            let x = evaluate(a, batch, r, &scratch)
            if x == false { return false }
            let y = evaluate(b, batch, r, &scratch)
            if y == false { return false }
            return x == true && y == true ? true : nil
        case .or(let a, let b):
            let x = evaluate(a, batch, r, &scratch)
            if x == true { return true }
            let y = evaluate(b, batch, r, &scratch)
            if y == true { return true }
            return x == false && y == false ? false : nil
        case .not(let a):
            return evaluate(a, batch, r, &scratch).map { !$0 }
        case .isNull(let v, let negated):
            let isNull: Bool
            switch v {
            case .null: isNull = true
            case .literal: isNull = false
            case .column(let i):
                let c = batch.columns[i]
                isNull = c.isNull(r) && c.invalidText(at: r) == nil
            }
            return isNull != negated
        case .isIn(let v, let set, let texts, let negated):
            let found: Bool
            switch v {
            case .null: return nil
            case .literal(let t, _): found = texts.contains(t)
            case .column(let i):
                let c = batch.columns[i]
                guard cellText(c, r, &scratch) else { return nil }
                found = set.contains(c, r, scratch)
            }
            return found != negated
        case .compare(let a, let op, let b):
            guard let sign = compare(a, b, batch, r, &scratch) else { return nil }
            switch op {
            case .eq: return sign == 0
            case .ne: return sign != 0
            case .lt: return sign < 0
            case .le: return sign <= 0
            case .gt: return sign > 0
            case .ge: return sign >= 0
            }
        }
    }

    /// The sign of a − b, nil when either is null or they do not compare.
    static func compare(_ a: Value, _ b: Value, _ batch: Table, _ r: Int, _ scratch: inout [UInt8]) -> Int? {
        switch (a, b) {
        case (.null, _), (_, .null): return nil
        case (.column(let i), .literal(_, let lit)):
            let c = batch.columns[i]
            guard cellText(c, r, &scratch) else { return nil }
            return lit.compare(c, r, scratch)
        case (.literal(_, let lit), .column(let i)):
            let c = batch.columns[i]
            guard cellText(c, r, &scratch) else { return nil }
            return lit.compare(c, r, scratch).map { -$0 }
        case (.column(let i), .column(let j)):
            let right = batch.columns[j]
            guard cellText(right, r, &scratch) else { return nil }
            let other = Comparand(String(decoding: scratch, as: UTF8.self))
            let left = batch.columns[i]
            guard cellText(left, r, &scratch) else { return nil }
            return other.compare(left, r, scratch)
        case (.literal(let x, _), .literal(let y, _)):
            if let p = ValueParser.double(x), let q = ValueParser.double(y) { return p < q ? -1 : (p > q ? 1 : 0) }
            return x.utf8.lexicographicallyPrecedes(y.utf8) ? -1 : (x == y ? 0 : 1)
        }
    }
}
