import Foundation
import WortCore

/// Rough sizes, to decide whether a file fits in the memory the grid may use.
public enum MemoryEstimate {
    /// Bytes a batch takes: values, 16 bytes of offsets per string, the bitmaps and
    /// invalid texts. String bytes are counted by value; a reader's shared chunk can
    /// be somewhat larger, which the budget's margin covers.
    public static func bytes(of table: Table) -> Int {
        var n = 0
        for c in table.columns {
            switch c.values {
            case .string(let s): n += s.totalBytes + 16 * s.count
            case .int64(let v): n += 8 * v.count
            case .double(let v): n += 8 * v.count
            case .decimal(let v): n += 8 * v.count
            case .timestamp(let v): n += 8 * v.count
            case .date(let v): n += 4 * v.count
            case .bool(let v): n += v.count
            }
            n += c.count / 8 + c.invalid.reduce(0) { $0 + 24 + $1.text.utf8.count }
        }
        return n
    }

    /// The default budget: a quarter of physical memory, so the machine stays usable.
    public static var defaultBudget: Int { Int(ProcessInfo.processInfo.physicalMemory / 4) }
}
