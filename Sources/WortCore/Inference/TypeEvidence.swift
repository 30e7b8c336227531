/// Counts, over every value of a column, which types each value fits. Chunks of a
/// column can be observed in parallel and their evidence merged.
public struct TypeEvidence: Sendable, Equatable {
    public private(set) var nonNullCount = 0
    public private(set) var nullCount = 0
    public private(set) var boolCount = 0
    public private(set) var int64Count = 0
    /// Values that read as a double (integers included).
    public private(set) var doubleCount = 0
    /// Plain dates.
    public private(set) var dates = DateFitCounts()
    /// Timestamps, plain dates included.
    public private(set) var timestamps = DateFitCounts()

    public init() {}

    public mutating func observe(_ bytes: UnsafeBufferPointer<UInt8>, nullTokens: NullTokens) {
        let r = trimmedRange(bytes)
        if nullTokens.contains(bytes, trimmed: r) { nullCount += 1; return }
        observe(bytes, trimmed: r)
    }

    /// A null (found so by the caller).
    public mutating func observeNull() { nullCount += 1 }

    /// A text the caller has found not to be a null token.
    public mutating func observeValue(_ bytes: UnsafeBufferPointer<UInt8>) {
        observe(bytes, trimmed: trimmedRange(bytes))
    }

    @inline(__always)
    private mutating func observe(_ bytes: UnsafeBufferPointer<UInt8>, trimmed r: Range<Int>) {
        nonNullCount += 1
        guard !r.isEmpty else { return }
        let c = bytes[r.lowerBound]
        if digitValue(c) <= 9 {
            // The byte after the leading digits tells which parsers can succeed, so that
            // phones, SSNs and dates do not go through the number parsers at all.
            var i = r.lowerBound + 1
            while i < r.upperBound && digitValue(bytes[i]) <= 9 { i += 1 }
            if i == r.upperBound {
                if IntegerParsing.int64(bytes, r) != nil { int64Count += 1; doubleCount += 1; return }
                if DoubleParsing.double(bytes, r) != nil { doubleCount += 1; return }  // too big for Int64
            } else if bytes[i] == 0x2E || bytes[i] | 0x20 == 0x65 {           // . e E
                if DoubleParsing.double(bytes, r) != nil { doubleCount += 1; return }
            }
            // Dates need at least "1/1/2000" or "2000-1-1", and start with a year and - or /,
            // or with a day or month (1-2 digits) and / or . (DateText's layouts).
            let run = i - r.lowerBound, sep = i < r.upperBound ? bytes[i] : 0
            let dateShaped = run == 4 ? (sep == 0x2D || sep == 0x2F) : run <= 2 && (sep == 0x2F || sep == 0x2E)
            if r.count >= 8, dateShaped, let d = DateText.scan(bytes, r) {
                if d.end == r.upperBound {
                    dates.count(d); timestamps.count(d)
                } else if TimeText.scan(bytes, d.end, r.upperBound) != nil {
                    timestamps.count(d)
                }
            }
        } else if c == 0x2D || c == 0x2B || c == 0x2E {                   // - + .
            if IntegerParsing.int64(bytes, r) != nil { int64Count += 1; doubleCount += 1; return }
            if DoubleParsing.double(bytes, r) != nil { doubleCount += 1 }
        } else {
            let l = c | 0x20
            if l == 0x74 || l == 0x66 || l == 0x79 || l == 0x6E {          // t f y n
                if BoolParsing.bool(bytes, r) != nil { boolCount += 1 }
            }
        }
    }

    public mutating func merge(_ other: TypeEvidence) {
        nonNullCount += other.nonNullCount; nullCount += other.nullCount
        boolCount += other.boolCount; int64Count += other.int64Count; doubleCount += other.doubleCount
        dates.merge(other.dates); timestamps.merge(other.timestamps)
    }

    /// The first of bool, int64, double, date, timestamp that at least `threshold` of
    /// the non-null values fit; string otherwise (and when every value is null).
    /// Dates are counted under the order most values call for (`DateFitCounts.preferredOrder`).
    public func infer(threshold: Double = 0.95) -> InferredType {
        guard nonNullCount > 0 else { return InferredType(type: .string) }
        let needed = threshold * Double(nonNullCount)
        @inline(__always) func fits(_ n: Int) -> Bool { n > 0 && Double(n) >= needed }
        if fits(boolCount) { return InferredType(type: .bool) }
        if fits(int64Count) { return InferredType(type: .int64) }
        if fits(doubleCount) { return InferredType(type: .double) }
        let order = timestamps.preferredOrder
        if fits(dates.fitting(order)) { return InferredType(type: .date, dateOrder: order) }
        if fits(timestamps.fitting(order)) { return InferredType(type: .timestamp, dateOrder: order) }
        return InferredType(type: .string)
    }
}
