@testable import WortCore

/// Calls `body` with the bytes of `s`, placed inside a larger buffer so that parsers
/// must respect the buffer's bounds (the neighbours are digits).
func withEmbeddedBytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    let all = Array("99".utf8) + Array(s.utf8) + Array("99".utf8)
    return all.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[2..<(all.count - 2)])) }
}

func formatted(_ append: (inout [UInt8]) -> Void) -> String {
    var out: [UInt8] = []
    append(&out)
    return String(decoding: out, as: UTF8.self)
}

func evidence(_ values: [String?], nullTokens: NullTokens = .default) -> TypeEvidence {
    var e = TypeEvidence()
    for v in values {
        withEmbeddedBytes(v ?? "") { e.observe($0, nullTokens: nullTokens) }
    }
    return e
}

func buildColumn(_ values: [String], type: DataType, order: DateOrder = .monthFirst,
                 nullTokens: NullTokens = .default) -> Column {
    var b = ColumnBuilder(name: "c", type: type, dateOrder: order, nullTokens: nullTokens, capacity: values.count)
    for v in values { withEmbeddedBytes(v) { b.append($0) } }
    return b.finish()
}

/// Microseconds of a UTC wall-clock time, from the calendar (independent of the parser).
func micros(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Int = 0, _ us: Int = 0) -> Int64 {
    Int64(CivilCalendar.days(year: y, month: mo, day: d)) * 86_400_000_000
        + Int64(h) * 3_600_000_000 + Int64(mi) * 60_000_000 + Int64(s) * 1_000_000 + Int64(us)
}
