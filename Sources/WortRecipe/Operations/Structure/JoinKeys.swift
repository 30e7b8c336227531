import WortCore

/// How the key columns of both sides are compared: as 64-bit integers when the key is one
/// int64 column on both sides (the common id join, no text at all), else as the text
/// of the values, so that an int64 `7` on one side matches a string `"7"` on the other.
enum JoinKeyMode: Sendable { case integer, text }

/// The join key of each row of one batch (or of the whole second dataset).
struct JoinKeyColumn {
    var mode: JoinKeyMode
    var ints: [Int64] = []
    /// Text keys: all key columns encoded one after another (length-prefixed, so that
    /// ("a","bc") and ("ab","c") differ), spans in `ends`.
    var bytes: [UInt8] = []
    var ends: [Int] = []
    var valid: [Bool] = []
    var hashes: [UInt64] = []

    init(mode: JoinKeyMode, capacity: Int = 0) {
        self.mode = mode
        valid.reserveCapacity(capacity); hashes.reserveCapacity(capacity)
        if mode == .integer { ints.reserveCapacity(capacity) } else { ends.reserveCapacity(capacity) }
    }

    var count: Int { valid.count }

    /// Appends the keys of every row of `columns` (the key columns of one batch).
    /// A row with a null key part has no key: it never matches (SQL's rule).
    mutating func append(_ columns: [Column]) {
        let n = columns.first?.count ?? 0
        if mode == .integer {
            for r in 0..<n {
                guard columns[0].validity[r], case .int64(let v) = columns[0].values else {
                    ints.append(0); valid.append(false); hashes.append(0); continue
                }
                ints.append(v[r])
                valid.append(true)
                hashes.append(ByteHash.mix(UInt64(bitPattern: v[r])))
            }
            return
        }
        var scratch: [UInt8] = []
        for r in 0..<n {
            var ok = true
            let start = bytes.count
            for c in columns {
                scratch.removeAll(keepingCapacity: true)
                guard c.validity[r] else { ok = false; break }
                c.appendText(row: r, to: &scratch)
                var len = scratch.count
                repeat { bytes.append(UInt8(len & 0x7F) | (len > 0x7F ? 0x80 : 0)); len >>= 7 } while len > 0
                bytes.append(contentsOf: scratch)
            }
            if !ok { bytes.removeSubrange(start...) }
            ends.append(bytes.count)
            valid.append(ok)
            hashes.append(ok ? bytes.withUnsafeBufferPointer { ByteHash.hash(UnsafeBufferPointer(rebasing: $0[start...])) } : 0)
        }
    }

    /// Appends another batch's keys (text mode: the second dataset's keys are kept).
    mutating func appendAll(_ other: JoinKeyColumn) {
        let shift = bytes.count
        bytes += other.bytes
        ends += other.ends.map { $0 + shift }
        valid += other.valid
        hashes += other.hashes
        ints += other.ints
    }

    func span(_ i: Int) -> Range<Int> { (i == 0 ? 0 : ends[i - 1])..<ends[i] }

    /// Whether row `i` here and row `j` of `other` have equal keys.
    @inline(__always)
    func equal(_ i: Int, _ other: JoinKeyColumn, _ j: Int) -> Bool {
        if mode == .integer { return ints[i] == other.ints[j] }
        let a = span(i), b = other.span(j)
        guard a.count == b.count else { return false }
        return bytes.withUnsafeBufferPointer { x in
            other.bytes.withUnsafeBufferPointer { y in
                memcmp(x.baseAddress! + a.lowerBound, y.baseAddress! + b.lowerBound, a.count) == 0
            }
        }
    }
}

import Foundation
