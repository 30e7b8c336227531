import Foundation

/// Which columns have switched to sketches. The merging thread sets a column's flag
/// when its exact table outgrows its share of memory; batch workers read it, so that
/// they send sketches instead of whole tables from then on. It also keeps, per column,
/// how many distinct values a recent batch had: the size to make the next batch's table,
/// so that a column of 50 states does not clear a table sized for every row.
final class SketchSwitches: @unchecked Sendable {
    private let lock = NSLock()
    private var flags: [Bool]
    private var distinctHints: [Int]

    init(columns: Int) {
        flags = [Bool](repeating: false, count: columns)
        distinctHints = [Int](repeating: Int.max, count: columns)
    }

    /// Distinct values a recent batch of this column had (Int.max before the first).
    func distinctHint(_ column: Int) -> Int { lock.lock(); defer { lock.unlock() }; return distinctHints[column] }

    func setDistinctHint(_ column: Int, _ n: Int) { lock.lock(); distinctHints[column] = n; lock.unlock() }

    func isSketching(_ column: Int) -> Bool { lock.lock(); defer { lock.unlock() }; return flags[column] }

    func set(_ column: Int) { lock.lock(); flags[column] = true; lock.unlock() }
}
