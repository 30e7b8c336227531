/// Finds the entity a column holds: feed it every non-null value, then ask for the
/// result.
///
/// Speed: the first `warmupRows` values go through every selected detector (each
/// behind its cheap `ValueShape` prefilter). After them only the detectors that matched
/// at least `keepShare` of those values keep running, and they count every value of the
/// column, so their share is exact. Dropping the others is safe: an entity that matched
/// under 10% of the first 2,000 values cannot reach an 80% (or even a 20%) threshold
/// over the column unless the column changes character further down; that is the one
/// case this misses, and the result's `checkedRows` states the basis of the share.
/// Most columns (free text, amounts, codes) keep no detector at all and then cost only a
/// counter increment per value.
///
/// Per-batch partials made in parallel are combined with `merge`; a detector counts in
/// the merged result only if it ran over all values of every partial. A fresh partial
/// per batch would pay the warm-up in every batch (with 5,000-row batches, 40% of the
/// values through every detector): once one partial of a column `isWarmedUp`, start the
/// later batches' partials from its `continuing()` (as `wort scan` does).
public struct ColumnEntityDetector: Sendable {
    /// Values after which detectors that match rarely are dropped.
    public static let warmupRows = 2_000
    /// Share of the warm-up values a detector must match to keep running.
    public static let keepShare = 0.10
    /// With a column-name hint, PERSON_NAME, DATE and ADDRESS pass at this fraction of
    /// the threshold (0.8 -> 0.6): their patterns are loose, so messy real columns
    /// (initials, "N/A" placeholders, free-form dates) match less often.
    public static let hintedShareFactor = 0.75

    public let columnName: String
    let selected: UInt64
    let hinted: UInt64
    /// Detectors still running.
    var active: UInt64
    var decided = false
    /// Non-null values observed.
    var rows = 0
    var matched: [Int]
    var strong: [Int]
    var examples: [[String]]
    /// Bit i: `examples[i]` has its three.
    var examplesFull: UInt64 = 0

    public init(columnName: String, entities: EntitySelection) {
        self.columnName = columnName
        let hints = ColumnNameHints.hints(for: columnName)
        hinted = hints & entities.bits
        var sel = entities.bits
        // Detectors that need a hint cannot flag this column without one: never run them.
        for (i, d) in DetectorRegistry.detectors.enumerated() where d.needsHint && hints & (1 &<< UInt64(i)) == 0 {
            sel &= ~(1 &<< UInt64(i))
        }
        selected = sel
        active = sel
        let n = EntityCatalog.all.count
        matched = Array(repeating: 0, count: n)
        strong = Array(repeating: 0, count: n)
        examples = Array(repeating: [], count: n)
    }

    /// Counts one non-null value (its UTF-8 bytes; surrounding whitespace is ignored).
    public mutating func observe(_ value: UnsafeBufferPointer<UInt8>) {
        rows &+= 1
        if active != 0 {
            let v = value.trimmed()
            if !v.isEmpty { check(v) }
        }
        if !decided && rows >= Self.warmupRows { decide() }
    }

    @inline(__always)
    private mutating func check(_ v: Bytes) {
        // One detector left (the usual case after the warm-up): its matcher is a full
        // validator, so the prefilter would only cost a second pass over the bytes.
        // (`possible` never rejects what `match` accepts; DetectorRegistryTests checks.)
        if active & (active &- 1) == 0 {
            let i = active.trailingZeroBitCount
            let m = DetectorRegistry.match(i, v)
            if m != Match.none { count(i, m, v) }
            return
        }
        let shape = ValueShape(v)
        var bits = active
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            bits &= bits &- 1
            guard DetectorRegistry.possible(i, shape) else { continue }
            let m = DetectorRegistry.match(i, v)
            if m != Match.none { count(i, m, v) }
        }
    }

    @inline(__always)
    private mutating func count(_ i: Int, _ m: UInt8, _ v: Bytes) {
        matched[i] &+= 1
        if m == Match.strong { strong[i] &+= 1 }
        if examplesFull & (1 &<< UInt64(i)) == 0 { addExample(i, v) }
    }

    private mutating func addExample(_ i: Int, _ v: Bytes) {
        examples[i].append(Masking.mask(v, as: EntityCatalog.all[i]))
        if examples[i].count >= 3 { examplesFull |= 1 &<< UInt64(i) }
    }

    private mutating func decide() {
        decided = true
        let detectors = DetectorRegistry.detectors
        var bits = active
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            bits &= bits &- 1
            if Double(matched[i]) < Self.keepShare * Double(rows) { active &= ~(1 &<< UInt64(i)); continue }
            // Without a hint, an entity also needs a share of strong matches (formatted
            // numbers, common names). Far below it after the warm-up (under half), the
            // column is one of look-alikes (cities for names, ids for SSNs): stop, by
            // the same argument as above.
            let need = detectors[i].strongShareWithoutHint
            if need > 0 && hinted & (1 &<< UInt64(i)) == 0 && Double(strong[i]) < 0.5 * need * Double(matched[i]) {
                active &= ~(1 &<< UInt64(i))
            }
        }
    }

    /// The entities still being counted (for diagnostics and tests).
    public var runningEntities: [EntityType] {
        EntityCatalog.all.enumerated().filter { active & (1 << UInt64($0.offset)) != 0 }.map(\.element)
    }

    /// Whether the warm-up is over (the detectors that keep running are chosen).
    public var isWarmedUp: Bool { decided }

    /// An empty detector for later rows of the same column that skips the warm-up and
    /// runs only the detectors this one kept. Per-batch partials made from it cost no
    /// warm-up each; merged after this one, the counts of the kept detectors stay exact.
    public func continuing() -> ColumnEntityDetector {
        var d = self
        d.rows = 0
        d.decided = decided
        // Entities whose three examples this detector has already need none from later rows.
        for i in 0..<d.matched.count { d.matched[i] = 0; d.strong[i] = 0; d.examples[i] = [] }
        return d
    }

    /// Adds the counts of `later`, a detector of the same column fed with the rows after
    /// this one's.
    public mutating func merge(_ later: ColumnEntityDetector) {
        rows += later.rows
        active &= later.active
        for i in 0..<matched.count {
            matched[i] += later.matched[i]
            strong[i] += later.strong[i]
            for e in later.examples[i] where examples[i].count < 3 { examples[i].append(e) }
            if examples[i].count >= 3 { examplesFull |= 1 &<< UInt64(i) }
        }
        decided = decided || later.decided
        if !decided && rows >= Self.warmupRows { decide() }
    }

    /// The column's entity, or nil when no entity reaches `threshold` (a share of the
    /// non-null values, 0...1).
    public func result(threshold: Double) -> ColumnEntityResult? {
        guard rows > 0 else { return nil }
        let detectors = DetectorRegistry.detectors
        var best: (rank: Double, result: ColumnEntityResult)?
        var bits = active & selected
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            bits &= bits &- 1
            let d = detectors[i]
            let hint = hinted & (1 &<< UInt64(i)) != 0
            if d.needsHint && !hint { continue }
            let share = Double(matched[i]) / Double(rows)
            let needed = threshold * (hint && d.lowerShareWithHint ? Self.hintedShareFactor : 1)
            guard matched[i] > 0, share >= needed else { continue }
            let strongFraction = Double(strong[i]) / Double(matched[i])
            if !hint && strongFraction < d.strongShareWithoutHint { continue }
            let evidence = d.strength * (0.7 + 0.3 * strongFraction)
            let confidence = min(1, 0.45 * share + 0.35 * evidence + (hint ? 0.2 : 0.08 * evidence))
            let rank = share + (hint ? 0.3 : 0) + Double(d.specificity) * 0.002
            if best == nil || rank > best!.rank {
                best = (rank, ColumnEntityResult(
                    entity: d.entity, matchedRows: matched[i], checkedRows: rows, share: share,
                    confidence: (confidence * 100).rounded() / 100, maskedExamples: examples[i]))
            }
        }
        return best?.result
    }
}
