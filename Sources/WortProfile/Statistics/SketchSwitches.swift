import Foundation

/// Which columns have switched to sketches. The merging thread sets a column's flag
/// when its exact table outgrows its share of memory; batch workers read it, so that
/// they send sketches instead of whole tables from then on.
final class SketchSwitches: @unchecked Sendable {
    private let lock = NSLock()
    private var flags: [Bool]

    init(columns: Int) { flags = [Bool](repeating: false, count: columns) }

    func isSketching(_ column: Int) -> Bool { lock.lock(); defer { lock.unlock() }; return flags[column] }

    func set(_ column: Int) { lock.lock(); flags[column] = true; lock.unlock() }
}
