import WortCore

/// What the data-quality steps share: what "missing" means, filling missing cells with one
/// value, numbers out of numeric columns, and byte keys for "the same value" tests.
enum Missing {
    /// DataBrew's missing (as the IS_MISSING condition and the SQL export
    /// `c IS NULL OR c = ''`): a null cell, or an empty string. An invalid cell (text that
    /// did not fit the column's type) is not missing: it is "invalid", which other steps
    /// (REPLACE_WITH_*, REMOVE_INVALID) handle.
    @inline(__always)
    static func isMissing(_ column: Column, _ row: Int) -> Bool {
        if !column.validity[row] { return column.invalidText(at: row) == nil }
        if case .string(let s) = column.values { return s.byteCount(at: row) == 0 }
        return false
    }

    static func mask(_ column: Column) -> [Bool] {
        var m = [Bool](repeating: false, count: column.count)
        for r in 0..<column.count where isMissing(column, r) { m[r] = true }
        return m
    }

    /// The cells a FILL_WITH_* step fills: missing ones, and invalid ones too. An invalid
    /// cell holds no value of the column's type (in the SQL export it is the NULL of a
    /// failed `try_cast`, which `coalesce` fills), and the console fills invalid values
    /// with FILL_WITH_CUSTOM under an IS_INVALID condition, which must not be a no-op.
    @inline(__always)
    static func isFillable(_ column: Column, _ row: Int) -> Bool {
        if !column.validity[row] { return true }
        if case .string(let s) = column.values { return s.byteCount(at: row) == 0 }
        return false
    }

    static func fillableMask(_ column: Column) -> [Bool] {
        var m = [Bool](repeating: false, count: column.count)
        for r in 0..<column.count where isFillable(column, r) { m[r] = true }
        return m
    }

    /// `column` with its fillable cells (see `isFillable`; or the rows `where` marks)
    /// taken from `constant` (a one-row column of the same type; a null constant leaves
    /// them as they are).
    static func fill(_ column: Column, with constant: Column, where rows: [Bool]? = nil) -> Column {
        precondition(constant.count == 1 && constant.type == column.type)
        let n = column.count
        let missing = rows ?? fillableMask(column)
        if !missing.contains(true) { return column }
        let both = Table.concatenate([Table(columns: [column]), Table(columns: [constant.renamed(column.name)])],
                                     schema: Schema([Field(name: column.name, type: column.type)])).columns[0]
        var indices = [Int](repeating: n, count: n)
        for r in 0..<n where !missing[r] { indices[r] = r }
        return both.gather(indices)
    }

    /// A one-row column of `type` holding `text` parsed as that type; nil when the text is
    /// not a value of it.
    static func constant(_ text: String, type: DataType, name: String) -> Column? {
        let c = Column(name: name, strings: [text]).cast(to: type)
        return c.validity[0] ? c : nil
    }
}

/// Numbers of the numeric columns (int64, double, decimal) as Doubles, for statistics.
enum Numeric {
    static func isNumeric(_ type: DataType) -> Bool {
        switch type {
        case .int64, .double, .decimal: return true
        default: return false
        }
    }

    /// The value at `row`, nil when null (or invalid).
    @inline(__always)
    static func value(_ c: Column, _ row: Int) -> Double? {
        guard c.validity[row] else { return nil }
        switch c.values {
        case .int64(let v): return Double(v[row])
        case .double(let v): return v[row]
        case .decimal(let v):
            guard case .decimal(_, let scale) = c.type else { return nil }
            return Double(v[row]) / pow10(scale)
        default: return nil
        }
    }

    /// The non-null values, in row order.
    static func values(_ c: Column) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(c.count)
        for r in 0..<c.count { if let v = value(c, r) { out.append(v) } }
        return out
    }

    static func pow10(_ k: Int) -> Double {
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    /// The column as doubles, nulls and invalid cells kept as they are.
    static func toDouble(_ c: Column) -> Column {
        if c.type == .double { return c }
        var out = [Double](repeating: 0, count: c.count)
        for r in 0..<c.count { out[r] = value(c, r) ?? 0 }
        return Column(name: c.name, type: .double, values: .double(out), validity: c.validity, invalid: c.invalid)
    }

    static func constant(_ v: Double?, name: String) -> Column {
        Column(name: name, type: .double, values: .double([v ?? 0]), validity: ValidityBitmap(repeating: v != nil, count: 1))
    }

    static func mean(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        // Kahan summation: the mean of many values should not drift with their order.
        var sum = 0.0, comp = 0.0
        for v in values {
            let y = v - comp
            let t = sum + y
            comp = (t - sum) - y
            sum = t
        }
        return sum / Double(values.count)
    }

    /// Sample variance (n − 1 in the denominator, SQL's `var_samp`); nil below two values.
    static func sampleVariance(_ values: [Double]) -> Double? {
        guard values.count >= 2, let m = mean(values) else { return nil }
        var s = 0.0
        for v in values { s += (v - m) * (v - m) }
        return s / Double(values.count - 1)
    }

    /// The continuous quantile of sorted values at `p` in 0...1, interpolating between the
    /// two nearest ranks: DuckDB's `quantile_cont`, Spark's `percentile` (so `median` of
    /// 1, 2, 3, 4 is 2.5).
    static func quantile(sorted: [Double], _ p: Double) -> Double? {
        guard !sorted.isEmpty else { return nil }
        let pos = p * Double(sorted.count - 1)
        let lo = Int(pos.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        let frac = pos - Double(lo)
        return frac == 0 ? sorted[lo] : sorted[lo] + (sorted[hi] - sorted[lo]) * frac
    }

    static func median(_ values: [Double]) -> Double? { quantile(sorted: values.sorted(), 0.5) }
}

/// Byte keys that are equal exactly when cells hold the same value: for duplicate rows,
/// group keys and counting values. A null is one value (equal to every other null, as
/// SQL's PARTITION BY and GROUP BY treat them); an invalid cell is keyed by its text.
enum CellKey {
    @inline(__always)
    static func append(_ c: Column, _ row: Int, to out: inout [UInt8]) {
        guard c.validity[row] else {
            if let t = c.invalidText(at: row) {
                out.append(2)
                appendLength(t.utf8.count, &out)
                out.append(contentsOf: t.utf8)
            } else {
                out.append(0)
            }
            return
        }
        out.append(1)
        switch c.values {
        case .string(let s):
            s.withBytes(at: row) { b in
                appendLength(b.count, &out)
                out.append(contentsOf: b)
            }
        case .int64(let v): appendWord(UInt64(bitPattern: v[row]), &out)
        case .double(let v):
            let d = v[row] == 0 ? 0.0 : v[row]  // -0.0 and 0.0 are the same value
            appendWord(d.bitPattern, &out)
        case .decimal(let v): appendWord(UInt64(bitPattern: v[row]), &out)
        case .bool(let v): out.append(v[row] ? 1 : 0)
        case .date(let v): appendWord(UInt64(UInt32(bitPattern: v[row])), &out)
        case .timestamp(let v): appendWord(UInt64(bitPattern: v[row]), &out)
        }
    }

    @inline(__always)
    static func appendWord(_ w: UInt64, _ out: inout [UInt8]) {
        var w = w
        for _ in 0..<8 { out.append(UInt8(truncatingIfNeeded: w)); w >>= 8 }
    }

    @inline(__always)
    static func appendLength(_ n: Int, _ out: inout [UInt8]) {
        var n = UInt64(n)
        repeat {
            out.append(UInt8(n & 0x7F) | (n > 0x7F ? 0x80 : 0))
            n >>= 7
        } while n > 0
    }

    /// The key of one cell alone.
    static func of(_ c: Column, _ row: Int) -> [UInt8] {
        var k: [UInt8] = []
        append(c, row, to: &k)
        return k
    }

    /// The key of a row over `columns`.
    static func of(_ columns: [Column], _ row: Int, into k: inout [UInt8]) {
        k.removeAll(keepingCapacity: true)
        for c in columns { append(c, row, to: &k) }
    }
}

/// The most frequent value of a column (nulls and invalid cells do not count); ties go to the value that occurs
/// first (the SQL export's `ORDER BY count(*) DESC, min(_rid)`). Gives its first row.
enum MostFrequent {
    static func row(_ c: Column, rows: some Sequence<Int>, skipMissing: Bool = true) -> Int? {
        var counts: [[UInt8]: (count: Int, first: Int)] = [:]
        var key: [UInt8] = []
        for r in rows {
            // Only real values count: not nulls, not invalid cells, and not empty strings
            // when those are missing.
            if !c.validity[r] || (skipMissing && Missing.isMissing(c, r)) { continue }
            key.removeAll(keepingCapacity: true)
            CellKey.append(c, r, to: &key)
            if let e = counts[key] { counts[key] = (e.count + 1, e.first) } else { counts[key] = (1, r) }
        }
        var best: (count: Int, first: Int)?
        for e in counts.values {
            if best == nil || e.count > best!.count || (e.count == best!.count && e.first < best!.first) { best = e }
        }
        return best?.first
    }
}
