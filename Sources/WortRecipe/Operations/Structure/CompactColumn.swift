import WortCore

/// A column of the second dataset of a join, held for the whole run in as little memory
/// as it takes: typed values in plain arrays, texts dictionary-encoded while they repeat
/// (terms, grades, course ids) and packed end to end once they do not. A `StringBuffer`
/// would spend 16 bytes of spans per cell on top of the text.
struct CompactColumn {
    let name: String
    let type: DataType
    private(set) var count = 0
    private var validity = ValidityBitmap()
    private var ints: [Int64] = []     // int64, decimal, timestamp
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var dates: [Int32] = []
    private var interner: ByteInterner? = ByteInterner()
    private var codes: [UInt32] = []
    private var plainBytes: [UInt8] = []
    private var plainEnds: [Int] = []
    /// Invalid cells' texts by row (rare).
    private var invalid: [Int: String] = [:]

    init(name: String, type: DataType) { self.name = name; self.type = type }

    mutating func append(_ c: Column) {
        for cell in c.invalid { invalid[count + cell.row] = cell.text }
        for r in 0..<c.count { validity.append(c.validity[r]) }
        switch c.values {
        case .int64(let v), .decimal(let v), .timestamp(let v): ints += v
        case .double(let v): doubles += v
        case .bool(let v): bools += v
        case .date(let v): dates += v
        case .string(let s):
            for r in 0..<s.count { s.withBytes(at: r) { appendText($0) } }
        }
        count += c.count
    }

    private mutating func appendText(_ b: UnsafeBufferPointer<UInt8>) {
        if interner != nil {
            codes.append(interner!.code(for: b))
            // Mostly distinct values gain nothing from a dictionary: pack them instead.
            if codes.count >= 65_536 && interner!.count * 2 > codes.count { unpack() }
            return
        }
        plainBytes.append(contentsOf: b)
        plainEnds.append(plainBytes.count)
    }

    private mutating func unpack() {
        guard let dict = interner else { return }
        for code in codes {
            dict.withValue(Int(code)) { plainBytes.append(contentsOf: $0) }
            plainEnds.append(plainBytes.count)
        }
        codes = []
        interner = nil
    }

    /// The rows at `indices` (-1: null) as an ordinary column named `outputName`.
    func gather(_ indices: [Int], as outputName: String) -> Column {
        var valid = ValidityBitmap()
        valid.reserveCapacity(indices.count)
        for i in indices { valid.append(i >= 0 && validity[i]) }
        let values: ColumnValues
        switch type {
        case .int64: values = .int64(indices.map { $0 >= 0 ? ints[$0] : 0 })
        case .decimal: values = .decimal(indices.map { $0 >= 0 ? ints[$0] : 0 })
        case .timestamp: values = .timestamp(indices.map { $0 >= 0 ? ints[$0] : 0 })
        case .double: values = .double(indices.map { $0 >= 0 ? doubles[$0] : 0 })
        case .bool: values = .bool(indices.map { $0 >= 0 ? bools[$0] : false })
        case .date: values = .date(indices.map { $0 >= 0 ? dates[$0] : 0 })
        case .string:
            var out = StringBuffer(estimatedRows: indices.count, estimatedBytes: indices.count * 12)
            if let dict = interner {
                dict.gather(codes, indices, into: &out)
            } else {
                plainBytes.withUnsafeBufferPointer { p in
                    for i in indices {
                        guard i >= 0 else { out.appendEmpty(); continue }
                        let s = i == 0 ? 0 : plainEnds[i - 1]
                        out.append(UnsafeBufferPointer(rebasing: p[s..<plainEnds[i]]))
                    }
                }
            }
            values = .string(out)
        }
        var cells: [InvalidCell] = []
        if !invalid.isEmpty {
            for (k, i) in indices.enumerated() where i >= 0 { if let t = invalid[i] { cells.append(InvalidCell(row: k, text: t)) } }
        }
        return Column(name: outputName, type: type, values: values, validity: valid, invalid: cells)
    }
}

/// Distinct byte strings, each stored once, numbered in order of first appearance.
final class ByteInterner {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var hashes: [UInt64] = []
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { ends.count }

    func code(for b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = Self.hash(b)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while true {
            let code = Int(slots[s])
            if code < 0 { break }
            if hashes[code] == h && equals(code, b) { return UInt32(code) }
            s = (s + 1) & mask
        }
        let code = ends.count
        bytes.append(contentsOf: b)
        ends.append(bytes.count)
        hashes.append(h)
        slots[s] = Int32(code)
        if ends.count * 2 > slots.count { grow() }
        return UInt32(code)
    }

    func withValue<R>(_ code: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let s = code == 0 ? 0 : ends[code - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[s..<ends[code]])) }
    }

    /// Appends the values of `codes[i]` for each index (-1: empty) in one pass over
    /// raw storage (this runs for every joined row).
    func gather(_ codes: [UInt32], _ indices: [Int], into out: inout StringBuffer) {
        let bytes = self.bytes, ends = self.ends
        bytes.withUnsafeBufferPointer { b in
            ends.withUnsafeBufferPointer { e in
                codes.withUnsafeBufferPointer { c in
                    for i in indices {
                        guard i >= 0 else { out.appendEmpty(); continue }
                        let code = Int(c[i])
                        let s = code == 0 ? 0 : e[code - 1]
                        out.append(UnsafeBufferPointer(rebasing: b[s..<e[code]]))
                    }
                }
            }
        }
    }

    private func equals(_ code: Int, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        withValue(code) { $0.count == b.count && (b.count == 0 || memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0) }
    }

    private func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (code, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] >= 0 { s = (s + 1) & mask }
            slots[s] = Int32(code)
        }
    }

    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for x in b { h = (h ^ UInt64(x)) &* 0x0000_0100_0000_01B3 }
        return JoinHash.mix(h)
    }
}

import Foundation
