import WortCore

/// A finished column chunk of one row group: its pages, ready to be written, and what
/// the footer says about them (offsets are added by the writer).
struct EncodedChunk {
    var dictionaryPage: [UInt8]?
    var dataPages: [[UInt8]]
    var encodings: [ParquetEncoding]
    var numValues: Int64
    var totalUncompressedSize: Int64
    var statistics: Statistics
    var dataPageCount: Int
}

/// Encodes one column into a column chunk, page by page: definition levels (the column is
/// OPTIONAL, max level 1) as RLE/bit-packed hybrid with a 4-byte length (data page v1),
/// values as RLE_DICTIONARY indices while the dictionary stays small, PLAIN after that.
/// One encoder per column; `append` calls for different columns may run in parallel.
final class ColumnChunkEncoder: @unchecked Sendable {
    enum Kind { case bytes, int64, int32, double, bool }

    let kind: Kind
    let physical: PhysicalType
    let codec: ParquetCodec
    let pageBytes: Int
    let useDictionary: Bool
    let maxDictionaryBytes: Int
    /// Rows per page at most (bools and dictionary indices take little room per row).
    let maxPageRows: Int

    // The chunk so far.
    private var pages: [[UInt8]] = []
    private var uncompressedTotal = 0
    private var rows = 0
    private var dataPageCount = 0
    /// Non-null values that went through the dictionary in this chunk.
    private var dictionaryValues = 0
    private var usedPlain = false, usedDictionary = false
    /// Chunks left to write without trying a dictionary: one given up (too many distinct
    /// values) is not tried again on every row group of a column that will not have one.
    private var chunksWithoutDictionary = 0
    private static let dictionaryRetryEvery = 8
    private var stats = ChunkStatistics()
    /// Bytes of the chunk's values as PLAIN (what row groups are sized by).
    private(set) var plainBytes = 0

    /// What the hot loops change, kept in one struct that they hold as a local variable
    /// (no exclusivity checks or reference counting per value). Its buffers are freed by hand.
    struct State {
        var byteDict: ByteDictionary?
        var fixedDict: FixedDictionary?
        var dictionaryActive = false
        // The page being gathered.
        var pageIsDictionary = false
        var pageRows = 0
        var pageNulls = 0
        /// Definition levels as bits (1: a value), gathered only once the page has a null
        /// (until then all are 1).
        var defs: PageBuffer<UInt64>
        var values: PageBuffer<UInt8>
        var indices: PageBuffer<UInt32>
        var pagePlainBytes = 0
        var boolByte: UInt8 = 0
        var boolBits = 0

        init(pageBytes: Int, maxPageRows: Int) {
            defs = PageBuffer(capacity: maxPageRows / 64 + 2)
            // Room for the definition levels before the values: at most one bit per row
            // as bit-packed groups, plus run headers.
            values = PageBuffer(headroom: maxPageRows / 8 + 64, capacity: pageBytes + 64)
            indices = PageBuffer(capacity: maxPageRows + 1)
        }

        func release() {
            defs.release(); values.release(); indices.release()
            byteDict?.release(); fixedDict?.release()
        }

        @inline(__always)
        mutating func addValid() {
            if pageNulls > 0 { addLevel(true) }
            pageRows += 1
        }

        @inline(__always)
        mutating func addNull() {
            if pageNulls == 0 {
                // The rows so far all had values.
                for _ in 0..<(pageRows >> 6) { defs.appendUnchecked(~0) }
                if pageRows & 63 != 0 { defs.appendUnchecked((1 << UInt64(pageRows & 63)) - 1) }
            }
            addLevel(false)
            pageNulls += 1
            pageRows += 1
        }

        @inline(__always)
        private mutating func addLevel(_ valid: Bool) {
            if pageRows & 63 == 0 { defs.appendUnchecked(0) }
            if valid { defs.values[pageRows >> 6] |= 1 << UInt64(pageRows & 63) }
        }
    }
    private var state: State

    init(type: DataType, codec: ParquetCodec, pageBytes: Int, dictionary: Bool,
         maxDictionaryBytes: Int = 1 << 20, maxPageRows: Int = 1 << 17) {
        switch type {
        case .string: kind = .bytes; physical = .byteArray
        case .int64, .timestamp, .decimal: kind = .int64; physical = .int64
        case .date: kind = .int32; physical = .int32
        case .double: kind = .double; physical = .double
        case .bool: kind = .bool; physical = .boolean
        }
        self.codec = codec
        self.pageBytes = max(1, pageBytes)
        useDictionary = dictionary && kind != .bool
        self.maxDictionaryBytes = maxDictionaryBytes
        self.maxPageRows = maxPageRows
        state = State(pageBytes: self.pageBytes, maxPageRows: maxPageRows)
        resetDictionary()
    }

    private func resetDictionary() {
        state.byteDict?.release()
        state.fixedDict?.release()
        state.byteDict = useDictionary && kind == .bytes ? ByteDictionary() : nil
        state.fixedDict = useDictionary && kind != .bytes ? FixedDictionary() : nil
        state.dictionaryActive = useDictionary && chunksWithoutDictionary == 0
        state.pageIsDictionary = state.dictionaryActive
    }

    deinit { state.release() }

    // MARK: Appending

    /// Appends rows `range` of `column` (whose type matches the encoder's).
    func append(_ column: Column, rows range: Range<Int>) {
        guard !range.isEmpty else { return }
        // Work on a local copy (the buffers are shared by pointer), written back at the end.
        var st = state
        defer { state = st }
        let words = column.validity.words
        words.withUnsafeBufferPointer { w in
            let valid = w.baseAddress ?? emptyWords
            switch column.values {
            case .string(let s):
                s.withStorage { owned, shared, starts, ends in
                    appendBytes(&st, owned: owned ?? emptyBytes, shared: shared ?? emptyBytes,
                                starts: starts ?? emptyInts, ends: ends ?? emptyInts, valid: valid, range: range)
                }
            case .int64(let v), .timestamp(let v), .decimal(let v):
                v.withUnsafeBufferPointer { p in
                    appendFixed(&st, p.baseAddress ?? emptyInt64s, valid: valid, range: range, key: { UInt64(bitPattern: $0) },
                                merge: { [self] lo, hi in stats.merge(int: lo, hi) })
                }
            case .date(let v):
                v.withUnsafeBufferPointer { p in
                    appendFixed(&st, p.baseAddress ?? emptyInt32s, valid: valid, range: range,
                                key: { UInt64(UInt32(bitPattern: $0)) },
                                merge: { [self] lo, hi in stats.merge(int: Int64(lo), Int64(hi)) })
                }
            case .double(let v):
                v.withUnsafeBufferPointer { p in
                    appendFixed(&st, p.baseAddress ?? emptyDoubles, valid: valid, range: range, key: { $0.bitPattern },
                                merge: { [self] lo, hi in stats.merge(double: lo, hi) })
                }
            case .bool(let v):
                v.withUnsafeBufferPointer { p in appendBools(&st, p.baseAddress ?? emptyBools, valid: valid, range: range) }
            }
        }
    }

    private var pendingError: Error?

    @inline(__always)
    private func pageFull(_ st: State) -> Bool { st.pagePlainBytes >= pageBytes || st.pageRows >= maxPageRows }

    private func appendBytes(_ st: inout State, owned: UnsafePointer<UInt8>, shared: UnsafePointer<UInt8>,
                             starts: UnsafePointer<Int>, ends: UnsafePointer<Int>,
                             valid: UnsafePointer<UInt64>, range: Range<Int>) {
        // The smallest and largest values of this call, as views into the batch, with
        // their first 8 bytes as a number: most comparisons end there, without memcmp.
        var lo: UnsafePointer<UInt8>? = nil, loN = 0, loKey: UInt64 = 0
        var hi: UnsafePointer<UInt8>? = nil, hiN = 0, hiKey: UInt64 = 0
        var any = false
        for r in range {
            if valid[r >> 6] >> UInt64(r & 63) & 1 == 0 {
                st.addNull()
            } else {
                st.addValid()
                let s = starts[r], e = ends[r]
                let p = s >= 0 ? owned + s : shared + ~s
                let n = s >= 0 ? e - s : e - ~s
                st.pagePlainBytes += n + 4
                var consider = true
                if st.dictionaryActive {
                    var isNew = false
                    st.indices.appendUnchecked(st.byteDict!.index(of: p, n, isNew: &isNew))
                    consider = isNew
                    if isNew && st.byteDict!.plainSize > maxDictionaryBytes {
                        flushPage(&st)
                        st.dictionaryActive = false
                        st.pageIsDictionary = false
                    }
                } else {
                    st.values.appendLengthPrefixed(p, n)
                }
                if consider {
                    let key = prefixKey(p, n)
                    if !any { lo = p; loN = n; loKey = key; hi = p; hiN = n; hiKey = key; any = true }
                    else {
                        if key < loKey || key == loKey && compareBytes(p, n, lo, loN) < 0 { lo = p; loN = n; loKey = key }
                        if key > hiKey || key == hiKey && compareBytes(p, n, hi, hiN) > 0 { hi = p; hiN = n; hiKey = key }
                    }
                }
            }
            if pageFull(st) { flushPage(&st) }
        }
        if any {
            stats.merge(bytesMin: UnsafeBufferPointer(start: lo, count: loN), max: UnsafeBufferPointer(start: hi, count: hiN))
        }
    }

    /// The first 8 bytes of a value as a big-endian number (zero-padded): ordering
    /// these orders values by their first 8 bytes, as unsigned bytes compare.
    @inline(__always)
    private func prefixKey(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        if n >= 8 { return UInt64(bigEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)) }
        var k: UInt64 = 0
        for i in 0..<n { k |= UInt64(p[i]) << UInt64(56 - 8 * i) }
        return k
    }

    @inline(__always)
    private func appendFixed<T: BitwiseCopyable & Comparable>(
        _ st: inout State, _ v: UnsafePointer<T>, valid: UnsafePointer<UInt64>, range: Range<Int>,
        key: (T) -> UInt64, merge: (T, T) -> Void
    ) {
        let width = MemoryLayout<T>.size
        var lo = v[range.lowerBound], hi = lo
        var any = false
        for r in range {
            if valid[r >> 6] >> UInt64(r & 63) & 1 == 0 {
                st.addNull()
            } else {
                st.addValid()
                let x = v[r]
                st.pagePlainBytes += width
                if st.dictionaryActive {
                    var isNew = false
                    st.indices.appendUnchecked(st.fixedDict!.index(of: key(x), isNew: &isNew))
                    if isNew && st.fixedDict!.count * width > maxDictionaryBytes {
                        flushPage(&st)
                        st.dictionaryActive = false
                        st.pageIsDictionary = false
                    }
                } else {
                    st.values.appendBytes(of: x)
                }
                if x == x {  // not NaN
                    if !any { lo = x; hi = x; any = true }
                    else if x < lo { lo = x }
                    else if hi < x { hi = x }
                }
            }
            if pageFull(st) { flushPage(&st) }
        }
        if any { merge(lo, hi) }
    }

    private func appendBools(_ st: inout State, _ v: UnsafePointer<Bool>, valid: UnsafePointer<UInt64>, range: Range<Int>) {
        for r in range {
            if valid[r >> 6] >> UInt64(r & 63) & 1 == 0 {
                st.addNull()
            } else {
                st.addValid()
                let b = v[r]
                if b { st.boolByte |= 1 << UInt8(st.boolBits); stats.sawTrue = true } else { stats.sawFalse = true }
                st.boolBits += 1
                if st.boolBits == 8 { st.values.append(st.boolByte); st.boolByte = 0; st.boolBits = 0; st.pagePlainBytes += 1 }
            }
            if pageFull(st) { flushPage(&st) }
        }
    }

    // MARK: Pages

    private func flushPage(_ st: inout State) {
        let n = st.pageRows
        guard n > 0 else { return }
        // Definition levels: their 4-byte length, then one run of 1s or the RLE hybrid.
        var prefix: [UInt8] = [0, 0, 0, 0]
        if st.pageNulls == 0 {
            RLEHybridEncoder.appendVarint(UInt64(n) << 1, to: &prefix)
            prefix.append(1)
        } else {
            // One bit-packed run: the bits as they are, LSB first (snappy takes the runs of 1s).
            let groups = (n + 7) / 8
            prefix.reserveCapacity(groups + 16)
            RLEHybridEncoder.appendVarint(UInt64(groups) << 1 | 1, to: &prefix)
            UnsafeRawBufferPointer(start: st.defs.values, count: groups).withMemoryRebound(to: UInt8.self) { prefix.append(contentsOf: $0) }
        }
        let defLength = UInt32(prefix.count - 4)
        for k in 0..<4 { prefix[k] = UInt8(truncatingIfNeeded: defLength >> UInt32(8 * k)) }
        if st.pageIsDictionary {
            let entries = kind == .bytes ? st.byteDict!.count : st.fixedDict!.count
            let width = max(1, RLEHybridEncoder.bitWidth(forMax: UInt32(max(0, entries - 1))))
            var body = prefix
            body.reserveCapacity(prefix.count + 1 + st.indices.count * width / 8 + 16)
            body.append(UInt8(width))
            RLEHybridEncoder.encode(UnsafeBufferPointer(start: st.indices.values, count: st.indices.count),
                                    bitWidth: width, to: &body)
            usedDictionary = true
            // A dictionary of mostly distinct values costs time and saves nothing: stop it.
            dictionaryValues += st.indices.count
            if st.dictionaryActive && dictionaryValues >= 20_000 && entries * 2 > dictionaryValues {
                st.dictionaryActive = false
            }
            body.withUnsafeBufferPointer { appendPage(dataPageHeader(rows: n, encoding: .rleDictionary), body: $0) }
        } else {
            if kind == .bool && st.boolBits > 0 { st.values.append(st.boolByte); st.boolByte = 0; st.boolBits = 0 }
            usedPlain = true
            prefix.withUnsafeBufferPointer { pre in
                st.values.withBody(prefix: pre) { appendPage(dataPageHeader(rows: n, encoding: .plain), body: $0) }
            }
        }
        dataPageCount += 1
        stats.nullCount += st.pageNulls
        rows += n
        plainBytes += st.pagePlainBytes
        st.defs.removeAll()
        st.values.removeAll()
        st.indices.removeAll()
        st.pageRows = 0
        st.pageNulls = 0
        st.pagePlainBytes = 0
        st.pageIsDictionary = st.dictionaryActive
    }

    private func dataPageHeader(rows: Int, encoding: ParquetEncoding) -> PageHeader {
        PageHeader(type: .dataPage, uncompressedPageSize: 0, compressedPageSize: 0,
                   dataPageHeader: DataPageHeader(numValues: Int32(rows), encoding: encoding,
                                                  definitionLevelEncoding: .rle, repetitionLevelEncoding: .rle))
    }

    private func compressed(_ body: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        do {
            return try codec.compress(body)
        } catch {
            if pendingError == nil { pendingError = error }
            return Array(body)
        }
    }

    private func appendPage(_ header: PageHeader, body: UnsafeBufferPointer<UInt8>) {
        let c = compressed(body)
        var h = header
        h.uncompressedPageSize = Int32(body.count)
        h.compressedPageSize = Int32(c.count)
        let hb = h.serialized()
        pages.append(hb)
        pages.append(c)
        uncompressedTotal += hb.count + body.count
    }

    /// Bytes gathered for the row group so far (values as PLAIN, including the open page).
    var bufferedPlainBytes: Int { plainBytes + state.pagePlainBytes }

    /// Ends the chunk: the last page, the dictionary page, the statistics. The encoder
    /// then starts a new chunk (with a new dictionary).
    func finishChunk() throws -> EncodedChunk {
        flushPage(&state)
        if let e = pendingError { throw e }
        var dictionaryPage: [UInt8]? = nil
        var uncompressed = uncompressedTotal
        if usedDictionary {
            var body: [UInt8] = []
            let count: Int
            if let d = state.byteDict {
                d.appendPlain(to: &body); count = d.count
            } else {
                let d = state.fixedDict!
                count = d.count
                body.reserveCapacity(count * 8)
                for k in 0..<count {
                    if kind == .int32 { body.append(contentsOf: littleEndianBytes(UInt32(truncatingIfNeeded: d.keys[k]))) }
                    else { body.append(contentsOf: littleEndianBytes(d.keys[k])) }
                }
            }
            let c = body.withUnsafeBufferPointer { compressed($0) }
            if let e = pendingError { throw e }
            let header = PageHeader(type: .dictionaryPage, uncompressedPageSize: Int32(body.count),
                                    compressedPageSize: Int32(c.count),
                                    dictionaryPageHeader: DictionaryPageHeader(numValues: Int32(count), encoding: .plain))
            let hb = header.serialized()
            dictionaryPage = hb + c
            uncompressed += hb.count + body.count
        }
        var encodings: [ParquetEncoding] = [.rle]
        if usedPlain || usedDictionary { encodings.insert(.plain, at: 0) }
        if usedDictionary { encodings.append(.rleDictionary) }
        let chunk = EncodedChunk(dictionaryPage: dictionaryPage, dataPages: pages, encodings: encodings,
                                 numValues: Int64(rows), totalUncompressedSize: Int64(uncompressed),
                                 statistics: stats.thrift(physical: physical), dataPageCount: dataPageCount)
        pages = []
        uncompressedTotal = 0
        rows = 0
        dataPageCount = 0
        dictionaryValues = 0
        if useDictionary && !state.dictionaryActive {
            chunksWithoutDictionary = chunksWithoutDictionary > 0 ? chunksWithoutDictionary - 1 : Self.dictionaryRetryEvery - 1
        }
        usedPlain = false; usedDictionary = false
        stats = ChunkStatistics()
        plainBytes = 0
        resetDictionary()
        return chunk
    }
}

// Stand-ins for the storage of empty arrays; nothing is read through them.
private nonisolated(unsafe) let emptyBytes = UnsafePointer(UnsafeMutablePointer<UInt8>.allocate(capacity: 1))
private nonisolated(unsafe) let emptyInts = UnsafePointer(UnsafeMutablePointer<Int>.allocate(capacity: 1))
private nonisolated(unsafe) let emptyWords = UnsafePointer(UnsafeMutablePointer<UInt64>.allocate(capacity: 1))
private nonisolated(unsafe) let emptyInt64s = UnsafePointer(UnsafeMutablePointer<Int64>.allocate(capacity: 1))
private nonisolated(unsafe) let emptyInt32s = UnsafePointer(UnsafeMutablePointer<Int32>.allocate(capacity: 1))
private nonisolated(unsafe) let emptyDoubles = UnsafePointer(UnsafeMutablePointer<Double>.allocate(capacity: 1))
private nonisolated(unsafe) let emptyBools = UnsafePointer(UnsafeMutablePointer<Bool>.allocate(capacity: 1))
