import WortCore

/// A leaf column of the file's schema that Wort reads as one column.
struct ParquetLeaf: Sendable {
    /// Position among the leaves, i.e. of its chunk in every row group.
    let index: Int
    let name: String
    let element: SchemaElement
    let physical: PhysicalType
    let typeLength: Int
    let maxDef: Int
    let type: DataType
    let conversion: ParquetConversion
    /// Repetition levels above it (0 for flat columns; 1 in a LIST or MAP Wort reads).
    var maxRep = 0
}

/// A column chunk under one repeated level: its levels, and its non-null values as a
/// column of their own.
struct NestedChunk: Sendable {
    var defs: [UInt8]
    var reps: [UInt8]
    var values: DecodedColumn
}

/// One column of a row group, decoded, to be cut into batches.
struct DecodedColumn: Sendable {
    enum Payload: Sendable {
        case bool([Bool]), int64([Int64]), double([Double]), decimal([Int64]), date([Int32]), timestamp([Int64])
        case string(owned: [UInt8], shared: [UInt8], starts: [Int], ends: [Int])
    }
    var payload: Payload
    var validity: ValidityBitmap

    func column(named name: String, type: DataType, rows r: Range<Int>) -> Column {
        let whole = r.lowerBound == 0 && r.upperBound == validity.count
        let valid: ValidityBitmap
        if whole { valid = validity } else {
            var v = ValidityBitmap(repeating: true, count: r.count)
            let words = validity.words
            var w = r.lowerBound >> 6
            while w << 6 < r.upperBound {
                var zeros = ~words[w]
                while zeros != 0 {
                    let i = w << 6 + zeros.trailingZeroBitCount
                    zeros &= zeros - 1
                    if i >= r.lowerBound && i < r.upperBound { v[i - r.lowerBound] = false }
                }
                w += 1
            }
            valid = v
        }
        func cut<T>(_ a: [T]) -> [T] { whole ? a : Array(a[r]) }
        let values: ColumnValues
        switch payload {
        case .bool(let a): values = .bool(cut(a))
        case .int64(let a): values = .int64(cut(a))
        case .double(let a): values = .double(cut(a))
        case .decimal(let a): values = .decimal(cut(a))
        case .date(let a): values = .date(cut(a))
        case .timestamp(let a): values = .timestamp(cut(a))
        case .string(let owned, let shared, let starts, let ends):
            values = .string(StringBuffer(owned: owned, shared: shared, starts: cut(starts), ends: cut(ends)))
        }
        return Column(name: name, type: type, values: values, validity: valid)
    }
}

/// Decodes the pages of one column chunk (Parquet's page layout: optional dictionary
/// page, then data pages v1 or v2).
struct ParquetChunkDecoder {
    let leaf: ParquetLeaf
    let codec: ParquetCodec
    let rows: Int

    private var dense = DenseValues()
    private var dict: DenseValues?
    private var dictCount = 0
    private var defs: [UInt8] = []
    private var reps: [UInt8] = []
    private var levelsRead = 0
    private var nonNullLevels = 0
    private var scratch: [UInt32] = []

    init(leaf: ParquetLeaf, codec: ParquetCodec, rows: Int) {
        self.leaf = leaf; self.codec = codec; self.rows = rows
        // Room for every value up front (no regrowth), within reason: `rows` comes from
        // the file and may lie.
        let expect = min(rows, 1 << 22)
        if leaf.maxDef > 0 { defs.reserveCapacity(expect) }
        switch leaf.physical {
        case .boolean: dense.bools.reserveCapacity(expect)
        case .int32: dense.i32.reserveCapacity(expect)
        case .int64, .int96: dense.i64.reserveCapacity(expect)
        case .float: dense.f32.reserveCapacity(expect)
        case .double: dense.f64.reserveCapacity(expect)
        case .byteArray, .fixedLenByteArray: dense.starts.reserveCapacity(expect); dense.ends.reserveCapacity(expect)
        }
    }

    /// Decodes `chunk` (the column chunk's bytes, starting at file offset `fileOffset`);
    /// `fail(offset, message)` makes the error for a page at that file offset.
    mutating func decode(_ chunk: UnsafeBufferPointer<UInt8>, fileOffset: Int,
                         fail: (Int, String) -> WortError) throws -> DecodedColumn {
        try readPages(chunk, fileOffset: fileOffset, fail: fail)
        do { return try finish(denseOnly: false) } catch let e as ParquetDecodeError { throw fail(fileOffset, e.description) }
    }

    /// For a column under a repeated level: `rows` is then the number of level entries.
    mutating func decodeNested(_ chunk: UnsafeBufferPointer<UInt8>, fileOffset: Int,
                               fail: (Int, String) -> WortError) throws -> NestedChunk {
        try readPages(chunk, fileOffset: fileOffset, fail: fail)
        do {
            let values = try finish(denseOnly: true)
            if leaf.maxDef == 0 { defs = [UInt8](repeating: 0, count: levelsRead) }
            guard reps.count == levelsRead, defs.count == levelsRead else { throw ParquetDecodeError("levels are missing") }
            return NestedChunk(defs: defs, reps: reps, values: values)
        } catch let e as ParquetDecodeError { throw fail(fileOffset, e.description) }
    }

    private mutating func readPages(_ chunk: UnsafeBufferPointer<UInt8>, fileOffset: Int,
                                    fail: (Int, String) -> WortError) throws {
        var pos = 0
        while levelsRead < rows {
            let pageOffset = fileOffset + pos
            do {
                guard pos < chunk.count else {
                    throw ParquetDecodeError("the column chunk ends after \(levelsRead) of \(rows) values")
                }
                var r = ThriftCompactReader(UnsafeBufferPointer(rebasing: chunk[pos...]))
                let header = try PageHeader.decode(&r)
                let start = pos + r.pos
                let size = Int(header.compressedPageSize)
                guard size <= chunk.count - start else {
                    throw ParquetDecodeError("the page claims \(size) bytes but the column chunk has \(chunk.count - start) left")
                }
                let body = UnsafeBufferPointer(rebasing: chunk[start..<(start + size)])
                switch header.type {
                case .dictionaryPage: try dictionaryPage(header, body)
                case .dataPage: try dataPageV1(header, body)
                case .dataPageV2: try dataPageV2(header, body)
                case .indexPage: break
                }
                pos = start + size
            } catch let e as ParquetDecodeError {
                throw fail(pageOffset, e.description)
            } catch let e as ParquetCodec.Failure {
                throw fail(pageOffset, e.description)
            }
        }
    }

    private func decompress(_ body: UnsafeBufferPointer<UInt8>, size: Int) throws -> [UInt8] {
        try codec.decompress(body, uncompressedSize: size)
    }

    private mutating func dictionaryPage(_ h: PageHeader, _ body: UnsafeBufferPointer<UInt8>) throws {
        guard let d = h.dictionaryPageHeader else { throw ParquetDecodeError("a dictionary page has no dictionary header") }
        guard dict == nil else { throw ParquetDecodeError("a second dictionary page") }
        guard d.encoding == .plain || d.encoding == .plainDictionary else {
            throw ParquetDecodeError("dictionary page encoding \(d.encoding) is not PLAIN")
        }
        let bytes = try decompress(body, size: Int(h.uncompressedPageSize))
        var values = DenseValues()
        let n = Int(d.numValues)
        guard leaf.physical == .boolean ? n <= bytes.count * 8 : n <= bytes.count else {
            throw ParquetDecodeError("dictionary of \(n) values in \(bytes.count) bytes")
        }
        try bytes.withUnsafeBufferPointer {
            _ = try PlainDecoder.decode($0, count: n, type: leaf.physical, typeLength: leaf.typeLength, into: &values)
        }
        dict = values
        dictCount = n
    }

    private mutating func dataPageV1(_ h: PageHeader, _ body: UnsafeBufferPointer<UInt8>) throws {
        guard let d = h.dataPageHeader else { throw ParquetDecodeError("a data page has no data page header") }
        let n = Int(d.numValues)
        try checkValueCount(n)
        let bytes = try decompress(body, size: Int(h.uncompressedPageSize))
        try bytes.withUnsafeBufferPointer { page in
            var pos = 0
            var nonNull = n
            if leaf.maxRep > 0 {
                guard d.repetitionLevelEncoding == .rle else {
                    throw ParquetDecodeError("repetition levels in \(d.repetitionLevelEncoding) encoding are not supported")
                }
                guard page.count >= 4 else { throw ParquetDecodeError("repetition levels run past the end of the page") }
                let len = Int(UInt32(littleEndian: UnsafeRawBufferPointer(page).loadUnaligned(as: UInt32.self)))
                guard len <= page.count - 4 else { throw ParquetDecodeError("repetition levels of \(len) bytes run past the end of the page") }
                try repetition(UnsafeBufferPointer(rebasing: page[4..<(4 + len)]), count: n)
                pos = 4 + len
            }
            if leaf.maxDef > 0 {
                let page = UnsafeBufferPointer(rebasing: page[pos...])
                guard d.definitionLevelEncoding == .rle else {
                    throw ParquetDecodeError("definition levels in \(d.definitionLevelEncoding) encoding are not supported")
                }
                guard page.count >= 4 else { throw ParquetDecodeError("definition levels run past the end of the page") }
                let len = Int(UInt32(littleEndian: UnsafeRawBufferPointer(page).loadUnaligned(as: UInt32.self)))
                guard len <= page.count - 4 else { throw ParquetDecodeError("definition levels of \(len) bytes run past the end of the page") }
                nonNull = try levels(UnsafeBufferPointer(rebasing: page[4..<(4 + len)]), count: n)
                pos += 4 + len
            }
            try values(UnsafeBufferPointer(rebasing: page[pos...]), encoding: d.encoding, count: nonNull)
        }
        levelsRead += n
    }

    private mutating func dataPageV2(_ h: PageHeader, _ body: UnsafeBufferPointer<UInt8>) throws {
        guard let d = h.dataPageHeaderV2 else { throw ParquetDecodeError("a v2 data page has no v2 header") }
        let n = Int(d.numValues)
        try checkValueCount(n)
        let rLen = Int(d.repetitionLevelsByteLength), dLen = Int(d.definitionLevelsByteLength)
        guard rLen + dLen <= body.count, rLen + dLen <= Int(h.uncompressedPageSize) else {
            throw ParquetDecodeError("levels of \(rLen + dLen) bytes run past the end of the page")
        }
        var nonNull = n
        if leaf.maxRep > 0 { try repetition(UnsafeBufferPointer(rebasing: body[0..<rLen]), count: n) }
        if leaf.maxDef > 0 {
            nonNull = try levels(UnsafeBufferPointer(rebasing: body[rLen..<(rLen + dLen)]), count: n)
        }
        let rest = UnsafeBufferPointer(rebasing: body[(rLen + dLen)...])
        let size = Int(h.uncompressedPageSize) - rLen - dLen
        if d.isCompressed && codec != .uncompressed {
            let bytes = try decompress(rest, size: size)
            try bytes.withUnsafeBufferPointer { try values($0, encoding: d.encoding, count: nonNull) }
        } else {
            guard rest.count == size else { throw ParquetDecodeError("the page is \(rest.count) bytes, its header says \(size)") }
            try values(rest, encoding: d.encoding, count: nonNull)
        }
        levelsRead += n
    }

    /// A page's value count must fit in the row group (and be sane: it sizes buffers).
    private func checkValueCount(_ n: Int) throws {
        guard n <= rows - levelsRead else { throw ParquetDecodeError("the pages hold more values than the row group's \(rows) rows") }
        guard n <= Self.maxPageValues else { throw ParquetDecodeError("a page claims \(n) values, over the \(Self.maxPageValues) Wort accepts") }
    }

    static let maxPageValues = 1 << 24

    private mutating func repetition(_ data: UnsafeBufferPointer<UInt8>, count: Int) throws {
        var out = [UInt32](repeating: 0, count: count)
        _ = try out.withUnsafeMutableBufferPointer {
            try RLEHybridDecoder.decode(data, bitWidth: RLEHybridDecoder.bitWidth(leaf.maxRep), into: $0)
        }
        for r in out {
            guard r <= UInt32(leaf.maxRep) else { throw ParquetDecodeError("repetition level \(r) is over the maximum \(leaf.maxRep)") }
            reps.append(UInt8(r))
        }
        if reps.count == count, let first = reps.first, first != 0 {
            throw ParquetDecodeError("the first repetition level is \(first), not 0")
        }
    }

    /// Decodes `count` definition levels, appends them; returns how many are non-null.
    private mutating func levels(_ data: UnsafeBufferPointer<UInt8>, count: Int) throws -> Int {
        if scratch.count < count { scratch = [UInt32](repeating: 0, count: count) }
        let maxDef = UInt32(leaf.maxDef)
        let at = defs.count
        defs.append(contentsOf: repeatElement(0, count: count))
        return try scratch.withUnsafeMutableBufferPointer { s in
            let out = UnsafeMutableBufferPointer(rebasing: s[0..<count])
            try RLEHybridDecoder.decode(data, bitWidth: RLEHybridDecoder.bitWidth(leaf.maxDef), into: out)
            var nonNull = 0, over = false
            defs.withUnsafeMutableBufferPointer { d in
                for i in 0..<count {
                    let l = out[i]
                    over = over || l > maxDef
                    nonNull &+= l == maxDef ? 1 : 0
                    d[at + i] = UInt8(truncatingIfNeeded: l)
                }
            }
            guard !over else { throw ParquetDecodeError("a definition level is over the maximum \(maxDef)") }
            nonNullLevels += nonNull
            return nonNull
        }
    }

    private mutating func values(_ data: UnsafeBufferPointer<UInt8>, encoding: ParquetEncoding, count: Int) throws {
        guard count > 0 else { return }
        let t = leaf.physical
        switch encoding {
        case .plain:
            try PlainDecoder.decode(data, count: count, type: t, typeLength: leaf.typeLength, into: &dense)
        case .plainDictionary, .rleDictionary:
            try dictionaryIndices(data, count: count)
        case .rle:
            guard t == .boolean else { throw ParquetDecodeError("RLE encoding of \(t) values is not supported") }
            guard data.count >= 4 else { throw ParquetDecodeError("RLE booleans run past the end of the page") }
            let len = Int(UInt32(littleEndian: UnsafeRawBufferPointer(data).loadUnaligned(as: UInt32.self)))
            guard len <= data.count - 4 else { throw ParquetDecodeError("RLE booleans of \(len) bytes run past the end of the page") }
            var bits = [UInt32](repeating: 0, count: count)
            try bits.withUnsafeMutableBufferPointer {
                _ = try RLEHybridDecoder.decode(UnsafeBufferPointer(rebasing: data[4..<(4 + len)]), bitWidth: 1, into: $0)
            }
            dense.bools.append(contentsOf: bits.lazy.map { $0 != 0 })
        case .deltaBinaryPacked:
            switch t {
            case .int32:
                let (v, _) = try DeltaBinaryPackedDecoder.decode(data, count: count, maxBitWidth: 32)
                dense.i32.append(contentsOf: v.lazy.map { Int32(truncatingIfNeeded: $0) })
            case .int64:
                let (v, _) = try DeltaBinaryPackedDecoder.decode(data, count: count, maxBitWidth: 64)
                dense.i64.append(contentsOf: v)
            default: throw ParquetDecodeError("DELTA_BINARY_PACKED encoding of \(t) values is not supported")
            }
        case .deltaLengthByteArray, .deltaByteArray:
            guard t == .byteArray || t == .fixedLenByteArray else {
                throw ParquetDecodeError("\(encoding) encoding of \(t) values is not supported")
            }
            let before = dense.starts.count
            if encoding == .deltaByteArray {
                try DeltaByteArrayDecoders.decodeIncremental(data, count: count, owned: &dense.owned, starts: &dense.starts, ends: &dense.ends)
            } else {
                try DeltaByteArrayDecoders.decodeLengths(data, count: count, owned: &dense.owned, starts: &dense.starts, ends: &dense.ends)
            }
            if t == .fixedLenByteArray {
                for i in before..<dense.starts.count where dense.ends[i] - dense.starts[i] != leaf.typeLength {
                    throw ParquetDecodeError("a value of \(dense.ends[i] - dense.starts[i]) bytes in a FIXED_LEN_BYTE_ARRAY(\(leaf.typeLength)) column")
                }
            }
        case .byteStreamSplit:
            let width: Int
            switch t {
            case .int32, .float: width = 4
            case .int64, .double: width = 8
            case .fixedLenByteArray: width = leaf.typeLength
            default: throw ParquetDecodeError("BYTE_STREAM_SPLIT encoding of \(t) values is not supported")
            }
            let plain = try ByteStreamSplitDecoder.decode(data, width: width, count: count)
            try plain.withUnsafeBufferPointer {
                _ = try PlainDecoder.decode($0, count: count, type: t, typeLength: leaf.typeLength, into: &dense)
            }
        case .bitPacked:
            throw ParquetDecodeError("BIT_PACKED encoding of values is not supported")
        }
    }

    private mutating func dictionaryIndices(_ data: UnsafeBufferPointer<UInt8>, count: Int) throws {
        guard let dict else { throw ParquetDecodeError("a dictionary-encoded page comes without a dictionary page") }
        guard data.count >= 1 else { throw ParquetDecodeError("dictionary indices are missing") }
        let width = Int(data[0])
        guard width <= 32 else { throw ParquetDecodeError("dictionary index bit width \(width) is over 32") }
        if scratch.count < count { scratch = [UInt32](repeating: 0, count: count) }
        let dictCount = self.dictCount
        try scratch.withUnsafeMutableBufferPointer { s in
            let idx = UnsafeBufferPointer(rebasing: s[0..<count])
            try RLEHybridDecoder.decode(UnsafeBufferPointer(rebasing: data[1...]), bitWidth: width,
                                        into: UnsafeMutableBufferPointer(rebasing: s[0..<count]))
            var maxIndex: UInt32 = 0
            for i in idx where i > maxIndex { maxIndex = i }
            guard Int(maxIndex) < dictCount else {
                throw ParquetDecodeError("dictionary index \(maxIndex) is out of range (the dictionary has \(dictCount) values)")
            }
            switch leaf.physical {
            case .boolean: Self.gather(dict.bools, idx, into: &dense.bools, zero: false)
            case .int32: Self.gather(dict.i32, idx, into: &dense.i32, zero: 0)
            case .int64, .int96: Self.gather(dict.i64, idx, into: &dense.i64, zero: 0)
            case .float: Self.gather(dict.f32, idx, into: &dense.f32, zero: 0)
            case .double: Self.gather(dict.f64, idx, into: &dense.f64, zero: 0)
            case .byteArray, .fixedLenByteArray:
                // Values stay in the dictionary's bytes (the column's shared block): ~start.
                let old = dense.starts.count
                dense.starts.append(contentsOf: repeatElement(0, count: count))
                dense.ends.append(contentsOf: repeatElement(0, count: count))
                dict.starts.withUnsafeBufferPointer { ds in
                    dict.ends.withUnsafeBufferPointer { de in
                        dense.starts.withUnsafeMutableBufferPointer { s in
                            dense.ends.withUnsafeMutableBufferPointer { e in
                                for k in 0..<count {
                                    let i = Int(idx[k])
                                    s[old + k] = ~ds[i]
                                    e[old + k] = de[i]
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Appends `dict[idx[k]]` for every k (indices already checked against `dict.count`).
    private static func gather<T>(_ dict: [T], _ idx: UnsafeBufferPointer<UInt32>, into out: inout [T], zero: T) {
        let old = out.count
        out.append(contentsOf: repeatElement(zero, count: idx.count))
        dict.withUnsafeBufferPointer { d in
            out.withUnsafeMutableBufferPointer { o in
                for k in 0..<idx.count { o[old + k] = d[Int(idx[k])] }
            }
        }
    }

    // MARK: Finishing: nulls and logical types

    /// The column: every row (`denseOnly` false), or only the non-null values.
    private func finish(denseOnly: Bool) throws -> DecodedColumn {
        let t = leaf.physical
        let nonNull = dense.count(t)
        let rows = denseOnly ? nonNull : self.rows
        let hasNulls = !denseOnly && leaf.maxDef > 0 && nonNull < rows
        if denseOnly {
            guard nonNull == (leaf.maxDef > 0 ? nonNullLevels : levelsRead) else { throw ParquetDecodeError("\(nonNull) values for \(nonNullLevels) non-null entries") }
        } else if leaf.maxDef > 0 {
            guard levelsRead == rows else { throw ParquetDecodeError("\(levelsRead) definition levels for \(rows) rows") }
        }
        let expected = denseOnly ? nonNull : leaf.maxDef > 0 ? nonNullLevels : rows
        guard nonNull == expected else { throw ParquetDecodeError("\(nonNull) values for \(expected) non-null rows") }
        var validity = ValidityBitmap(repeating: true, count: rows)
        if hasNulls {
            let m = UInt8(leaf.maxDef)
            defs.withUnsafeBufferPointer { d in for i in 0..<rows where d[i] != m { validity[i] = false } }
        }
        let maxDef = UInt8(leaf.maxDef)
        let defs = self.defs
        /// Full-length values: dense values spread over the valid rows, `zero` elsewhere.
        func spread<T, U>(_ a: [T], _ zero: U, _ f: (T) -> U) -> [U] {
            hasNulls ? parquetSpread(a, defs: defs, maxDef: maxDef, rows: rows, zero: zero, f) : a.map(f)
        }
        /// `a` itself when there are no nulls (no copy), else spread.
        func same<T>(_ a: [T], _ zero: T) -> [T] { hasNulls ? parquetSpread(a, defs: defs, maxDef: maxDef, rows: rows, zero: zero) : a }
        let payload: DecodedColumn.Payload
        switch leaf.conversion {
        case .bool: payload = .bool(spread(dense.bools, false) { $0 })
        case .int32: payload = .int64(spread(dense.i32, 0) { Int64($0) })
        case .uint32: payload = .int64(spread(dense.i32, 0) { Int64(UInt32(bitPattern: $0)) })
        case .int64: payload = .int64(hasNulls ? spread(dense.i64, 0) { $0 } : dense.i64)
        case .float: payload = .double(spread(dense.f32, 0) { Double($0) })
        case .double: payload = .double(hasNulls ? spread(dense.f64, 0) { $0 } : dense.f64)
        case .date:
            payload = .date(hasNulls ? spread(dense.i32, 0) { $0 } : dense.i32)
        case .int96: payload = .timestamp(hasNulls ? spread(dense.i64, 0) { $0 } : dense.i64)
        case .timestamp(let div, let mul):
            if div == 1 && mul == 1 {
                payload = .timestamp(hasNulls ? spread(dense.i64, 0) { $0 } : dense.i64)
            } else if div == 1 {
                payload = .timestamp(spread(dense.i64, 0) { $0 &* mul })
            } else {
                payload = .timestamp(spread(dense.i64, 0) { v in  // floor division, safe for Int64.min
                    let q = v / div
                    return v % div < 0 ? q - 1 : q
                })
            }
        case .decimalInt:
            payload = .decimal(t == .int32 ? spread(dense.i32, 0) { Int64($0) } : spread(dense.i64, 0) { $0 })
        case .decimalBytes:
            var unscaled: [Int64] = []
            unscaled.reserveCapacity(nonNull)
            for i in 0..<nonNull {
                guard let v = withValue(i, { ParquetValueText.decimalInt64($0) }) else {
                    throw ParquetDecodeError("a decimal value does not fit in 18 digits")
                }
                unscaled.append(v)
            }
            payload = .decimal(spread(unscaled, 0) { $0 })
        case .utf8:
            payload = stringPayload(owned: dense.owned, starts: dense.starts, ends: dense.ends)
        case .binary:
            if allValidUTF8() {
                payload = stringPayload(owned: dense.owned, starts: dense.starts, ends: dense.ends)
            } else {
                payload = formatted { v, out in
                    if ParquetValueText.isValidUTF8(v) { out.append(contentsOf: v) } else { ParquetValueText.appendHex(v, to: &out) }
                }
            }
        case .hex: payload = formatted { v, out in ParquetValueText.appendHex(v, to: &out) }
        case .uuid: payload = formatted { v, out in ParquetValueText.appendUUID(v, to: &out) }
        case .float16:
            var values: [Double] = []
            values.reserveCapacity(nonNull)
            for i in 0..<nonNull { values.append(withValue(i) { ParquetValueText.float16($0) }) }
            payload = .double(spread(values, 0) { $0 })
        case .decimalBytesText(let scale):
            switch t {
            case .int32: payload = formattedNumbers(dense.i32.map { Int64($0) }) { ParquetValueText.appendDecimal(int64: $0, scale: scale, to: &$1) }
            case .int64: payload = formattedNumbers(dense.i64) { ParquetValueText.appendDecimal(int64: $0, scale: scale, to: &$1) }
            default: payload = formatted { v, out in ParquetValueText.appendDecimal(bigEndian: v, scale: scale, to: &out) }
            }
        case .uint64Text:
            payload = formattedNumbers(dense.i64) { v, out in out.append(contentsOf: String(UInt64(bitPattern: v)).utf8) }
        case .time(let perMicro, let microsPer):
            let src = t == .int32 ? dense.i32.map { Int64($0) } : dense.i64
            payload = formattedNumbers(src) { v, out in
                ParquetValueText.appendTime(micros: perMicro == 1 ? v &* microsPer : v / perMicro, to: &out)
            }
        }
        return DecodedColumn(payload: payload, validity: validity)

        func stringPayload(owned: [UInt8], starts: [Int], ends: [Int]) -> DecodedColumn.Payload {
            .string(owned: owned, shared: dict?.owned ?? [], starts: same(starts, 0), ends: same(ends, 0))
        }
        func formatted(_ f: (UnsafeBufferPointer<UInt8>, inout [UInt8]) -> Void) -> DecodedColumn.Payload {
            var owned: [UInt8] = [], starts: [Int] = [], ends: [Int] = []
            starts.reserveCapacity(nonNull); ends.reserveCapacity(nonNull)
            for i in 0..<nonNull {
                starts.append(owned.count)
                withValue(i) { f($0, &owned) }
                ends.append(owned.count)
            }
            return .string(owned: owned, shared: [], starts: same(starts, 0), ends: same(ends, 0))
        }
        func formattedNumbers(_ a: [Int64], _ f: (Int64, inout [UInt8]) -> Void) -> DecodedColumn.Payload {
            var owned: [UInt8] = [], starts: [Int] = [], ends: [Int] = []
            for v in a { starts.append(owned.count); f(v, &owned); ends.append(owned.count) }
            return .string(owned: owned, shared: [], starts: same(starts, 0), ends: same(ends, 0))
        }
    }

    /// Calls `body` with the bytes of dense value `i` (a span in `owned` or the dictionary).
    private func withValue<R>(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let s = dense.starts[i], e = dense.ends[i]
        if s >= 0 { return dense.owned.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[s..<e])) } }
        return dict!.owned.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[(~s)..<e])) }
    }

    private func allValidUTF8() -> Bool {
        for i in 0..<dense.starts.count where !withValue(i, { ParquetValueText.isValidUTF8($0) }) { return false }
        return true
    }
}

/// Full-length values: `a` (one value per row whose level is `maxDef`, checked by the
/// caller) spread over those rows, `zero` elsewhere.
@inline(__always)
func parquetSpread<T, U>(_ a: [T], defs: [UInt8], maxDef: UInt8, rows: Int, zero: U, _ f: (T) -> U) -> [U] {
    [U](unsafeUninitializedCapacity: rows) { out, n in
        defs.withUnsafeBufferPointer { d in
            a.withUnsafeBufferPointer { src in
                var j = 0
                for i in 0..<rows {
                    if d[i] == maxDef { out.initializeElement(at: i, to: f(src[j])); j += 1 } else { out.initializeElement(at: i, to: zero) }
                }
            }
        }
        n = rows
    }
}

@inline(__always)
func parquetSpread<T>(_ a: [T], defs: [UInt8], maxDef: UInt8, rows: Int, zero: T) -> [T] {
    [T](unsafeUninitializedCapacity: rows) { out, n in
        defs.withUnsafeBufferPointer { d in
            a.withUnsafeBufferPointer { src in
                var j = 0
                for i in 0..<rows {
                    if d[i] == maxDef { out.initializeElement(at: i, to: src[j]); j += 1 } else { out.initializeElement(at: i, to: zero) }
                }
            }
        }
        n = rows
    }
}
