import WortCore
import WortIO

/// The second dataset of a join, in memory, one fixed-size record per row:
///
///     next row in the key's chain (Int32) · low 32 bits of the key's hash · the key (int64
///     keys) · validity bits · the kept columns' values (8 bytes for numbers and times,
///     4 for dates and for texts, which are entry numbers into a per-column text store)
///
/// A match is then one or two cache misses (the chain head, the record) instead of one per
/// column array, which is what a probe of millions of rows into millions of rows costs.
/// Chains list rows in file order, so matches come out in the second dataset's order.
final class JoinTable: @unchecked Sendable {
    private let layout: JoinRecordLayout
    /// Records in blocks of `blockRows`, so growing never copies (a doubling array would
    /// hold old and new copies at once: half again the memory at the worst moment).
    private var blocks: [UnsafeMutableRawPointer] = []
    private static let blockShift = 16
    private static let blockRows = 1 << blockShift
    private(set) var rowCount = 0
    private var texts: [TextStore]
    /// Invalid cells' original texts: [column: [row: text]] (rare).
    private var invalid: [[Int: String]]
    /// Text keys, kept for comparing; int64 keys live in the records only.
    private(set) var keys = JoinKeyColumn(mode: .text)
    private let mode: JoinKeyMode
    private var heads: [Int32] = []
    private var mask = 0

    /// `next` of a row whose key is null: it is in no chain.
    private static let noKey: Int32 = -2

    init(reader: BatchReader, keep: [Int], keyColumns: [Int], mode: JoinKeyMode) throws {
        let schema = reader.schema
        let fields = keep.map { schema.fields[$0] }
        layout = JoinRecordLayout(fields)
        texts = fields.map { _ in TextStore() }
        invalid = fields.map { _ in [:] }
        self.mode = mode
        keys = JoinKeyColumn(mode: mode)
        while let batch = try reader.nextBatch() {
            var batchKeys = JoinKeyColumn(mode: mode, capacity: batch.rowCount)
            batchKeys.append(keyColumns.map { batch.columns[$0] })
            try append(batch, keep: keep, keys: batchKeys)
            if mode == .text { keys.appendAll(batchKeys) }
        }
        guard rowCount < Int(Int32.max) else {
            throw WortError.data("the second dataset of a join has \(rowCount) rows; Wort joins at most \(Int32.max - 1)")
        }
        var size = 1024
        while size < rowCount * 2 { size <<= 1 }
        var heads = [Int32](repeating: -1, count: size)
        let m = size - 1
        // Inserted last row first so each chain lists rows in file order.
        for r in stride(from: rowCount - 1, through: 0, by: -1) {
            let rec = record(r)
            guard rec.load(as: Int32.self) != Self.noKey else { continue }
            let b = Int(rec.load(fromByteOffset: 4, as: UInt32.self)) & m
            rec.storeBytes(of: heads[b], as: Int32.self)
            heads[b] = Int32(r)
        }
        self.heads = heads; self.mask = m
        frozenTexts = zip(layout.kinds, texts).map { $0 == .text ? FrozenTextStore($1) : nil }
        texts = []
    }

    deinit { for b in blocks { b.deallocate() } }

    @inline(__always)
    private func record(_ r: Int) -> UnsafeMutableRawPointer {
        blocks[r >> Self.blockShift] + (r & (Self.blockRows - 1)) * layout.stride
    }

    private func append(_ batch: Table, keep: [Int], keys: JoinKeyColumn) throws {
        let n = batch.rowCount
        let base = rowCount
        while blocks.count << Self.blockShift < base + n {
            blocks.append(UnsafeMutableRawPointer.allocate(byteCount: Self.blockRows * layout.stride, alignment: 8))
        }
        for r in 0..<n {
            let rec = record(base + r)
            rec.storeBytes(of: keys.valid[r] ? Int32(-1) : Self.noKey, as: Int32.self)
            rec.storeBytes(of: UInt32(truncatingIfNeeded: keys.hashes[r]), toByteOffset: 4, as: UInt32.self)
            rec.storeBytes(of: keys.mode == .integer ? keys.ints[r] : 0, toByteOffset: 8, as: Int64.self)
            for w in 0..<layout.validityWords { rec.storeBytes(of: UInt32(0), toByteOffset: 16 + 4 * w, as: UInt32.self) }
        }
        for (k, i) in keep.enumerated() {
            let col = batch.columns[i]
            let off = layout.offsets[k]
            let vword = 16 + 4 * (k >> 5), vbit = UInt32(1) << UInt32(k & 31)
            for cell in col.invalid { invalid[k][base + cell.row] = cell.text }
            for r in 0..<n where col.validity[r] {
                let rec = record(base + r)
                rec.storeBytes(of: rec.load(fromByteOffset: vword, as: UInt32.self) | vbit, toByteOffset: vword, as: UInt32.self)
            }
            switch col.values {
            case .int64(let v), .decimal(let v), .timestamp(let v):
                for r in 0..<n { record(base + r).storeBytes(of: v[r], toByteOffset: off, as: Int64.self) }
            case .double(let v):
                for r in 0..<n { record(base + r).storeBytes(of: v[r], toByteOffset: off, as: Double.self) }
            case .date(let v):
                for r in 0..<n { record(base + r).storeBytes(of: v[r], toByteOffset: off, as: Int32.self) }
            case .bool(let v):
                for r in 0..<n { record(base + r).storeBytes(of: v[r] ? UInt8(1) : 0, toByteOffset: off, as: UInt8.self) }
            case .string(let s):
                for r in 0..<n {
                    let code = s.withBytes(at: r) { texts[k].entry(for: $0) }
                    record(base + r).storeBytes(of: code, toByteOffset: off, as: UInt32.self)
                }
            }
        }
        rowCount += n
    }

    /// Calls `body` with each row whose key equals row `i` of `probe`, in file order.
    @inline(__always)
    func forEachMatch(of i: Int, in probe: JoinKeyColumn, _ body: (Int) -> Void) {
        guard probe.valid[i] else { return }
        let h32 = UInt32(truncatingIfNeeded: probe.hashes[i])
        var r = Int(heads[Int(h32) & mask])
        if probe.mode == .integer {
            let key = probe.ints[i]
            while r >= 0 {
                let rec = record(r)
                if rec.load(fromByteOffset: 8, as: Int64.self) == key { body(r) }
                r = Int(rec.load(as: Int32.self))
            }
        } else {
            while r >= 0 {
                let rec = record(r)
                if rec.load(fromByteOffset: 4, as: UInt32.self) == h32 && probe.equal(i, keys, r) { body(r) }
                r = Int(rec.load(as: Int32.self))
            }
        }
    }

    /// The kept columns for `rows` (-1: a null row), named `names`; one pass over the
    /// records, so each row's record is read once for all its columns. Everything the
    /// per-cell loop reads is hoisted into plain values first: touching a `Field` or a
    /// struct of arrays per cell costs a retain and a release each time (measured: a
    /// tenth of a join's time).
    func gather(_ rows: [Int], names: [String]) -> [Column] {
        var builders = layout.fields.map { JoinColumnBuilder(type: $0.type, capacity: rows.count) }
        let kinds = layout.kinds, offsets = layout.offsets
        // Text stores as raw pointers: a class reference read per cell is a retain and a release.
        let stores = frozenTexts.map { $0.map { TextStoreView(bytes: $0.bytes.baseAddress!, ends: $0.ends.baseAddress!) } }
        let columnCount = kinds.count
        builders.withUnsafeMutableBufferPointer { builders in
            kinds.withUnsafeBufferPointer { kinds in
                offsets.withUnsafeBufferPointer { offsets in
                    stores.withUnsafeBufferPointer { stores in
                        for r in rows {
                            guard r >= 0 else {
                                for k in 0..<columnCount { builders[k].appendNull() }
                                continue
                            }
                            let rec = UnsafeRawPointer(record(r))
                            for k in 0..<columnCount {
                                let valid = rec.load(fromByteOffset: 16 + 4 * (k >> 5), as: UInt32.self) >> UInt32(k & 31) & 1 == 1
                                guard valid else { builders[k].appendNull(); continue }
                                let off = offsets[k]
                                switch kinds[k] {
                                case .int64: builders[k].append(int: rec.load(fromByteOffset: off, as: Int64.self))
                                case .double: builders[k].append(double: rec.load(fromByteOffset: off, as: Double.self))
                                case .date: builders[k].append(date: rec.load(fromByteOffset: off, as: Int32.self))
                                case .bool: builders[k].append(bool: rec.load(fromByteOffset: off, as: UInt8.self) != 0)
                                case .text: builders[k].append(text: stores[k]!.entry(rec.load(fromByteOffset: off, as: UInt32.self)))
                                }
                            }
                        }
                    }
                }
            }
        }
        var out: [Column] = []
        for (k, b) in builders.enumerated() {
            var c = b.finish(name: names[k])
            if !invalid[k].isEmpty {
                for (at, r) in rows.enumerated() where r >= 0 { if let t = invalid[k][r] { c.invalid.append(InvalidCell(row: at, text: t)) } }
            }
            out.append(c)
        }
        return out
    }

    /// The text stores, read-only, made once building is done (before any thread reads).
    private var frozenTexts: [FrozenTextStore?] = []
}

/// A finished `TextStore`, read-only; `gather` reads it through a `TextStoreView`.
final class FrozenTextStore: @unchecked Sendable {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let ends: UnsafeMutableBufferPointer<Int>

    init(_ store: TextStore) {
        bytes = .allocate(capacity: max(1, store.byteStorage.count))
        _ = bytes.initialize(from: store.byteStorage)
        ends = .allocate(capacity: max(1, store.endStorage.count))
        _ = ends.initialize(from: store.endStorage)
    }

    deinit { bytes.deallocate(); ends.deallocate() }
}

/// A `FrozenTextStore`'s storage as plain pointers (the store outlives every use).
struct TextStoreView {
    let bytes: UnsafeMutablePointer<UInt8>
    let ends: UnsafeMutablePointer<Int>

    @inline(__always)
    func entry(_ code: UInt32) -> UnsafeBufferPointer<UInt8> {
        let c = Int(code)
        let s = c == 0 ? 0 : ends[c - 1]
        return UnsafeBufferPointer(start: bytes + s, count: ends[c] - s)
    }
}

/// Where each kept column sits in a record: 8-byte values first, then 4-byte, then bytes.
struct JoinRecordLayout {
    enum Kind: UInt8 { case int64, double, date, bool, text }
    let fields: [Field]
    let kinds: [Kind]
    let offsets: [Int]
    let validityWords: Int
    let stride: Int

    init(_ fields: [Field]) {
        self.fields = fields
        kinds = fields.map {
            switch $0.type {
            case .int64, .decimal, .timestamp: .int64
            case .double: .double
            case .date: .date
            case .bool: .bool
            case .string: .text
            }
        }
        validityWords = max(1, (fields.count + 31) / 32)
        func size(_ t: DataType) -> Int {
            switch t { case .int64, .double, .decimal, .timestamp: 8; case .date, .string: 4; case .bool: 1 }
        }
        var offsets = [Int](repeating: 0, count: fields.count)
        var at = (16 + 4 * validityWords + 7) & ~7  // 8-byte values stay aligned
        for width in [8, 4, 1] {
            for (k, f) in fields.enumerated() where size(f.type) == width { offsets[k] = at; at += width }
        }
        self.offsets = offsets
        stride = (at + 7) & ~7
    }
}

/// Texts of one kept column: each distinct text stored once while they repeat (terms,
/// grades, course ids); once most are distinct, stored as they come, without the lookup.
struct TextStore {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    var byteStorage: [UInt8] { bytes }
    var endStorage: [Int] { ends }
    private var interner: ByteIndex? = ByteIndex()
    private var appended = 0

    mutating func entry(for b: UnsafeBufferPointer<UInt8>) -> UInt32 {
        appended += 1
        if interner != nil {
            if let found = interner!.find(b, bytes: bytes, ends: ends) { return UInt32(found) }
            let code = add(b)
            interner!.insert(code, hash: ByteHash.hash(b))
            // Mostly distinct values gain nothing from the lookup: stop deduplicating.
            if appended >= 65_536 && ends.count * 2 > appended { interner = nil }
            return UInt32(code)
        }
        return UInt32(add(b))
    }

    private mutating func add(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.append(contentsOf: b)
        ends.append(bytes.count)
        return ends.count - 1
    }

    @inline(__always)
    func withEntry<R>(_ code: UInt32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let c = Int(code)
        let s = c == 0 ? 0 : ends[c - 1]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[s..<ends[c]])) }
    }
}

/// An open-addressing index from text to entry number, over a `TextStore`'s storage.
struct ByteIndex {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var hashes: [UInt64] = []

    func find(_ b: UnsafeBufferPointer<UInt8>, bytes: [UInt8], ends: [Int]) -> Int? {
        let h = ByteHash.hash(b)
        let m = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & m
        while true {
            let code = Int(slots[s])
            if code < 0 { return nil }
            if hashes[code] == h {
                let start = code == 0 ? 0 : ends[code - 1]
                let len = ends[code] - start
                if len == b.count && (len == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, b.baseAddress!, len) == 0 }) {
                    return code
                }
            }
            s = (s + 1) & m
        }
    }

    mutating func insert(_ code: Int, hash h: UInt64) {
        hashes.append(h)
        if hashes.count * 2 > slots.count {
            slots = [Int32](repeating: -1, count: slots.count * 2)
            for (c, hh) in hashes.enumerated() { place(c, hh) }
        } else {
            place(code, h)
        }
    }

    private mutating func place(_ code: Int, _ h: UInt64) {
        let m = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & m
        while slots[s] >= 0 { s = (s + 1) & m }
        slots[s] = Int32(code)
    }
}

/// Builds one output column of joined rows.
struct JoinColumnBuilder {
    let type: DataType
    private var valid = ValidityBitmap()
    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var dates: [Int32] = []
    private var bools: [Bool] = []
    private var strings: StringBuffer

    init(type: DataType, capacity: Int) {
        self.type = type
        valid.reserveCapacity(capacity)
        strings = StringBuffer(estimatedRows: type == .string ? capacity : 0, estimatedBytes: type == .string ? capacity * 8 : 0)
        switch type {
        case .int64, .decimal, .timestamp: ints.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity)
        case .date: dates.reserveCapacity(capacity)
        case .bool: bools.reserveCapacity(capacity)
        case .string: break
        }
    }

    @inline(__always) mutating func append(int v: Int64) { ints.append(v); valid.append(true) }
    @inline(__always) mutating func append(double v: Double) { doubles.append(v); valid.append(true) }
    @inline(__always) mutating func append(date v: Int32) { dates.append(v); valid.append(true) }
    @inline(__always) mutating func append(bool v: Bool) { bools.append(v); valid.append(true) }
    @inline(__always) mutating func append(text v: UnsafeBufferPointer<UInt8>) { strings.append(v); valid.append(true) }

    @inline(__always) mutating func appendNull() {
        switch type {
        case .int64, .decimal, .timestamp: ints.append(0)
        case .double: doubles.append(0)
        case .date: dates.append(0)
        case .bool: bools.append(false)
        case .string: strings.appendEmpty()
        }
        valid.append(false)
    }

    func finish(name: String) -> Column {
        let values: ColumnValues
        switch type {
        case .int64: values = .int64(ints)
        case .decimal: values = .decimal(ints)
        case .timestamp: values = .timestamp(ints)
        case .double: values = .double(doubles)
        case .date: values = .date(dates)
        case .bool: values = .bool(bools)
        case .string: values = .string(strings)
        }
        return Column(name: name, type: type, values: values, validity: valid)
    }
}

import Foundation
