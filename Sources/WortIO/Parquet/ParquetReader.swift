import Dispatch
import Foundation
import WortCore

/// Reads an Apache Parquet file (apache/parquet-format) a row group at a time.
///
/// The footer is read at `init`; each `nextBatch` that needs a new row group reads that
/// row group's column chunks with `pread` and decodes them in parallel (one task per
/// column), then hands the rows out in batches of `options.batchRows`. Memory is bounded
/// by one row group. Standard input is first spooled to a temporary file. Columns are
/// typed as `ParquetColumnMapping` describes; struct fields are flattened to dotted
/// names; LIST, MAP and other repeated columns are not supported (an error names them).
/// Any inconsistency in the file is a `WortError` (`.data`) naming the row group, column
/// and file offset.
public final class ParquetReader: BatchReader {
    public let schema: Schema
    /// Rows in the whole file, from the footer.
    public let rowCount: Int

    private let file: ParquetFile
    private let meta: FileMetaData
    /// The columns read, and the leaves (column chunks) behind them.
    private let outputs: [ParquetSchemaTree.Output]
    private let leaves: [ParquetLeaf]
    private let batchRows: Int
    private var nextGroup = 0
    private var current: [DecodedColumn] = []
    private var currentRows = 0
    private var currentDone = 0
    private var bytesDone = 0
    private let spooled: SpooledInput?

    public init(source: InputSource, options: ReadOptions, columns: [String]? = nil) throws {
        // Parquet needs random access: stdin and pipes are read into a temporary file.
        let (readable, spool) = try SpooledInput.rereadable(source)
        spooled = spool
        guard case .file(let path) = readable else { preconditionFailure("rereadable inputs are files") }
        let name = source.displayName
        file = try ParquetFile(path: path, name: name)
        meta = try file.readFooter()
        batchRows = max(1, options.batchRows)
        let loc = SourceLocation(file: name)

        let tree = try ParquetSchemaTree(meta.schema, location: loc)
        var chosen: [ParquetSchemaTree.Output]
        if let columns {
            var seen = Set<String>()
            chosen = []
            for c in columns where seen.insert(c).inserted {
                guard let o = tree.outputs.first(where: { $0.name == c }) else {
                    throw WortError.usage("no column '\(c)' in \(name); its columns are: \(tree.outputs.map(\.name).joined(separator: ", "))")
                }
                chosen.append(o)
            }
        } else {
            chosen = tree.outputs
        }
        if let bad = chosen.first(where: { $0.unsupported != nil }) {
            throw WortError.data("column '\(bad.name)' is a \(bad.unsupported!): not supported yet; read other columns with --columns", at: loc)
        }
        outputs = chosen
        leaves = chosen.flatMap(\.leaves)
        schema = Schema(chosen.map { Field(name: $0.name, type: $0.leaf?.type ?? .string) })

        // Check the row groups against the schema once, up front.
        let leafCount = tree.leafCount
        var total = 0
        for (g, rg) in meta.rowGroups.enumerated() {
            guard rg.columns.count == leafCount else {
                throw WortError.data("row group \(g + 1) has \(rg.columns.count) column chunks, the schema \(leafCount) columns", at: loc)
            }
            guard rg.numRows >= 0, rg.numRows <= Int64(Int32.max) else {
                throw WortError.data("row group \(g + 1) claims \(rg.numRows) rows", at: loc)
            }
            total += Int(rg.numRows)
        }
        guard meta.numRows >= 0 else { throw WortError.data("the footer claims \(meta.numRows) rows", at: loc) }
        rowCount = meta.rowGroups.isEmpty ? 0 : total
    }

    public var progress: (done: Int, total: Int?) { (bytesDone, file.size) }

    public func nextBatch() throws -> Table? {
        while currentDone >= currentRows {
            guard nextGroup < meta.rowGroups.count else { current = []; return nil }
            try load(group: nextGroup)
            nextGroup += 1
        }
        let end = min(currentRows, currentDone + batchRows)
        let range = currentDone..<end
        currentDone = end
        if outputs.isEmpty { return Table(rowCount: range.count) }
        return Table(columns: outputs.indices.map { current[$0].column(named: schema.fields[$0].name, type: schema.fields[$0].type, rows: range) })
    }

    /// Reads and decodes the selected column chunks of row group `g`, in parallel.
    private func load(group g: Int) throws {
        let rg = meta.rowGroups[g]
        let rows = Int(rg.numRows)
        let slots = ParquetResultSlots(count: leaves.count)
        let file = self.file, leaves = self.leaves, groupCount = meta.rowGroups.count
        let work: @Sendable (Int) -> Void = { i in
            let leaf = leaves[i]
            slots.set(i, Result { try ParquetReader.decodeChunk(file: file, rowGroup: rg, group: g, groups: groupCount, leaf: leaf, rows: rows) })
        }
        if leaves.count > 1 {
            DispatchQueue.concurrentPerform(iterations: leaves.count, execute: work)
        } else if leaves.count == 1 {
            work(0)
        }
        let results = try slots.take().map { try $0.get() }
        var columns: [DecodedColumn] = []
        var k = 0
        for o in outputs {
            if let plan = o.nested {
                let chunks = results[k..<(k + plan.leaves.count)].map { $0.nested! }
                k += plan.leaves.count
                do { columns.append(try plan.assemble(chunks, rows: rows)) } catch let e as ParquetDecodeError {
                    throw WortError.data("row group \(g + 1) of \(groupCount), column '\(o.name)': \(e.description)", at: SourceLocation(file: file.name))
                }
            } else {
                columns.append(results[k].flat!)
                k += 1
            }
        }
        current = columns
        currentRows = rows
        currentDone = 0
        var end = bytesDone
        for l in leaves {
            if let m = rg.columns[l.index].metaData { end = max(end, Int(clamping: m.dataPageOffset &+ m.totalCompressedSize)) }
        }
        bytesDone = min(end, file.size)
        if g == meta.rowGroups.count - 1 { bytesDone = file.size }
    }

    private static func decodeChunk(file: ParquetFile, rowGroup rg: RowGroup, group g: Int, groups: Int,
                                    leaf: ParquetLeaf, rows: Int) throws -> ParquetChunkResult {
        let loc = SourceLocation(file: file.name)
        let place = "row group \(g + 1) of \(groups), column '\(leaf.name)'"
        guard let m = rg.columns[leaf.index].metaData else {
            throw WortError.data("\(place): the column chunk has no metadata (chunks in other files are not supported)", at: loc)
        }
        if let unknown = m.keyValueMetadata?.first(where: { $0.key == ColumnMetaData.unknownCodecKey }) {
            throw WortError.data("\(place): unknown compression codec \(unknown.value ?? "?")", at: loc)
        }
        guard ParquetCodec.writable.contains(m.codec) else {
            throw WortError.data("\(place): the \(m.codec.name) codec is not supported (Wort reads none, snappy, gzip and zstd)", at: loc)
        }
        guard m.type == leaf.physical else {
            throw WortError.data("\(place): the chunk's type \(m.type) differs from the schema's \(leaf.physical)", at: loc)
        }
        // Level entries to read: a row each, or (under a repeated level) the chunk's count.
        let entries = leaf.maxRep > 0 ? Int(clamping: m.numValues) : rows
        guard entries >= 0, entries <= Int(Int32.max) else {
            throw WortError.data("\(place): the column chunk claims \(m.numValues) values", at: loc)
        }
        if entries == 0 {
            var empty = ParquetChunkDecoder(leaf: leaf, codec: m.codec, rows: 0)
            let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
            let fail: (Int, String) -> WortError = { WortError.data("\(place): \($1)", at: loc) }
            if leaf.maxRep > 0 { return .nested(try empty.decodeNested(none, fileOffset: 0, fail: fail)) }
            return .flat(try empty.decode(none, fileOffset: 0, fail: fail))
        }
        var start = m.dataPageOffset
        if let d = m.dictionaryPageOffset, d > 0, d < start { start = d }
        let length = m.totalCompressedSize
        guard start >= 4, length >= 0, length <= Int64(file.size), start <= Int64(file.size) - length else {
            throw WortError.data("\(place): the column chunk at byte \(start) of \(length) bytes lies outside the file (\(file.size) bytes)", at: loc)
        }
        guard length > 0 else { throw WortError.data("\(place): the column chunk is empty", at: loc) }
        let bytes = try file.read(offset: Int(start), count: Int(length))
        var decoder = ParquetChunkDecoder(leaf: leaf, codec: m.codec, rows: entries)
        return try bytes.withUnsafeBufferPointer { chunk in
            let fail: (Int, String) -> WortError = { offset, message in
                WortError.data("\(place), page at byte \(offset): \(message)", at: loc)
            }
            if leaf.maxRep > 0 { return .nested(try decoder.decodeNested(chunk, fileOffset: Int(start), fail: fail)) }
            return .flat(try decoder.decode(chunk, fileOffset: Int(start), fail: fail))
        }
    }
}

enum ParquetChunkResult: Sendable {
    case flat(DecodedColumn)
    case nested(NestedChunk)
    var flat: DecodedColumn? { if case .flat(let c) = self { c } else { nil } }
    var nested: NestedChunk? { if case .nested(let c) = self { c } else { nil } }
}

/// Results of the parallel column decoders, one slot each.
private final class ParquetResultSlots: @unchecked Sendable {
    private var results: [Result<ParquetChunkResult, Error>?]
    private let lock = NSLock()
    init(count: Int) { results = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<ParquetChunkResult, Error>) { lock.lock(); results[i] = r; lock.unlock() }
    func take() -> [Result<ParquetChunkResult, Error>] {
        lock.lock(); defer { lock.unlock() }
        return results.map { $0 ?? .failure(WortError.data("a column was not decoded")) }
    }
}

/// The open file: size, `pread`, the footer.
final class ParquetFile: @unchecked Sendable {
    let name: String
    let size: Int
    private let fd: Int32

    init(path: String, name: String) throws {
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw WortError.io("cannot open: \(String(cString: strerror(errno)))", at: SourceLocation(file: name)) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            throw WortError.io("cannot read: \(String(cString: strerror(errno)))", at: SourceLocation(file: name))
        }
        if st.st_mode & S_IFMT == S_IFDIR { close(fd); throw WortError.io("is a directory, not a Parquet file", at: SourceLocation(file: name)) }
        self.name = name
        size = Int(st.st_size)
    }

    deinit { close(fd) }

    func read(offset: Int, count: Int) throws -> [UInt8] {
        guard count > 0 else { return [] }
        var out = [UInt8](unsafeUninitializedCapacity: count) { _, n in n = count }
        var done = 0
        try out.withUnsafeMutableBytes { buf in
            while done < count {
                let n = pread(fd, buf.baseAddress! + done, count - done, off_t(offset + done))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw WortError.io("cannot read: \(String(cString: strerror(errno)))", at: SourceLocation(file: name))
                }
                if n == 0 { throw WortError.data("the file ends at byte \(offset + done), \(count - done) bytes early", at: SourceLocation(file: name)) }
                done += n
            }
        }
        return out
    }

    func readFooter() throws -> FileMetaData {
        let loc = SourceLocation(file: name)
        let magic: [UInt8] = [0x50, 0x41, 0x52, 0x31]  // PAR1
        guard size >= 12 else { throw WortError.data("not a Parquet file: only \(size) bytes (at least 12 are needed)", at: loc) }
        let head = try read(offset: 0, count: 4)
        let tail = try read(offset: size - 8, count: 8)
        guard head == magic else { throw WortError.data("not a Parquet file: it does not start with PAR1", at: loc) }
        if Array(tail[4...]) == [0x50, 0x41, 0x52, 0x45] {
            throw WortError.data("the Parquet file is encrypted (PARE), which is not supported", at: loc)
        }
        guard Array(tail[4...]) == magic else { throw WortError.data("not a Parquet file, or cut short: it does not end with PAR1", at: loc) }
        let len = Int(UInt32(tail[0]) | UInt32(tail[1]) << 8 | UInt32(tail[2]) << 16 | UInt32(tail[3]) << 24)
        guard len > 0, len <= size - 12 else {
            throw WortError.data("the footer length \(len) runs past the start of the file (\(size) bytes)", at: loc)
        }
        let footerStart = size - 8 - len
        let bytes = try read(offset: footerStart, count: len)
        do {
            return try bytes.withUnsafeBufferPointer {
                var r = ThriftCompactReader($0)
                return try FileMetaData.decode(&r)
            }
        } catch let e as ParquetDecodeError {
            throw WortError.data("the footer at byte \(footerStart) is corrupt: \(e.description)", at: loc)
        }
    }
}

/// The schema's tree: leaves with their definition levels, and the columns Wort reads.
struct ParquetSchemaTree {
    struct Output {
        var name: String
        var leaf: ParquetLeaf?
        /// A LIST or MAP of primitive values, read as JSON text.
        var nested: ParquetNestedPlan?
        /// What kind of unsupported column this is ("LIST", "MAP", "repeated field").
        var unsupported: String?
        var leaves: [ParquetLeaf] { nested?.leaves ?? (leaf.map { [$0] } ?? []) }
    }
    var outputs: [Output] = []
    var leafCount = 0
    private let elements: [SchemaElement]
    private var next = 1
    /// Leaves inside the current repeated subtree, with the definition level at its repeated node.
    private var collected: [(leaf: SchemaElement, index: Int, def: Int, rep: Int, repDef: Int, path: String, level: Int)] = []
    private var nestStart = 0

    init(_ elements: [SchemaElement], location: SourceLocation) throws {
        self.elements = elements
        guard let root = elements.first else { throw WortError.data("the schema is empty", at: location) }
        do {
            try children(of: root, prefix: [], def: 0, rep: 0, repDef: 0, inside: nil, depth: 0)
            guard next == elements.count else {
                throw ParquetDecodeError("the schema has \(elements.count - next) elements outside the tree")
            }
        } catch let e as ParquetDecodeError {
            throw WortError.data("the schema is corrupt: \(e.description)", at: location)
        }
    }

    private mutating func children(of e: SchemaElement, prefix: [String], def: Int, rep: Int, repDef: Int, inside: Int?, depth: Int) throws {
        guard depth < 64 else { throw ParquetDecodeError("the schema nests too deeply") }
        let n = Int(e.numChildren ?? 0)
        guard n >= 0, n <= elements.count - next else { throw ParquetDecodeError("a group claims \(n) children") }
        for _ in 0..<n {
            // Earlier children's subtrees may have used up the elements.
            guard next < elements.count else { throw ParquetDecodeError("a group claims more children than the schema holds") }
            let c = elements[next]
            next += 1
            let path = prefix + [c.name]
            let dotted = path.joined(separator: ".")
            let d = def + (c.repetition == .required ? 0 : 1)
            let r = rep + (c.repetition == .repeated ? 1 : 0)
            let rd = c.repetition == .repeated ? d : repDef
            var within = inside
            var startsNested = false
            if within == nil {
                let kind: String?
                if c.logicalType == .list || c.convertedType == .list { kind = "LIST" }
                else if c.logicalType == .map || c.convertedType == .map || c.convertedType == .mapKeyValue { kind = "MAP" }
                else if c.repetition == .repeated { kind = "repeated field" }
                else { kind = nil }
                if let kind {
                    outputs.append(Output(name: dotted, leaf: nil, unsupported: kind))
                    within = outputs.count - 1
                    startsNested = true
                    collected = []
                    nestStart = depth
                }
            }
            let isGroup = (c.numChildren ?? 0) > 0 || c.type == nil
            if isGroup {
                try children(of: c, prefix: path, def: d, rep: r, repDef: rd, inside: within, depth: depth + 1)
            } else {
                let index = leafCount
                leafCount += 1
                guard let physical = c.type else { throw ParquetDecodeError("column '\(dotted)' has no type") }
                if physical == .fixedLenByteArray && (c.typeLength ?? 0) <= 0 {
                    throw ParquetDecodeError("column '\(dotted)' is FIXED_LEN_BYTE_ARRAY without a length")
                }
                if within == nil {
                    let (type, conv) = ParquetColumnMapping.map(c)
                    outputs.append(Output(name: dotted, leaf: ParquetLeaf(
                        index: index, name: dotted, element: c, physical: physical, typeLength: Int(c.typeLength ?? 0),
                        maxDef: d, type: type, conversion: conv)))
                } else {
                    collected.append((c, index, d, r, rd, dotted, depth - nestStart))
                }
            }
            if startsNested, let o = within {
                outputs[o].nested = plan(kind: outputs[o].unsupported!, name: dotted, listDef: c.repetition == .repeated ? def : d)
                if outputs[o].nested != nil { outputs[o].unsupported = nil }
                else if outputs[o].unsupported == "LIST" || outputs[o].unsupported == "MAP" {
                    outputs[o].unsupported! += " of nested values"
                }
            }
        }
    }

    /// A LIST of one primitive leaf or a MAP of a primitive key and value, each under one
    /// repeated level; nil for other shapes.
    private func plan(kind: String, name: String, listDef: Int) -> ParquetNestedPlan? {
        guard collected.allSatisfy({ $0.rep == 1 }), let first = collected.first,
              collected.allSatisfy({ $0.repDef == first.repDef }) else { return nil }
        let isMap = kind == "MAP"
        guard collected.count == (isMap ? 2 : 1) else { return nil }
        // The leaves sit right under the repeated node: LIST/repeated/element (or the
        // two-level LIST/repeated leaf), MAP/key_value/{key, value}, or a repeated leaf.
        let levels = Set(collected.map(\.level))
        switch kind {
        case "LIST": guard levels == [2] || levels == [1] else { return nil }
        case "MAP": guard levels == [2] else { return nil }
        default: guard levels == [0] else { return nil }
        }
        let leaves = collected.map { c -> ParquetLeaf in
            let (type, conv) = ParquetColumnMapping.map(c.leaf)
            return ParquetLeaf(index: c.index, name: c.path, element: c.leaf, physical: c.leaf.type!,
                               typeLength: Int(c.leaf.typeLength ?? 0), maxDef: c.def, type: type, conversion: conv, maxRep: 1)
        }
        return ParquetNestedPlan(isMap: isMap, leaves: leaves, listDef: listDef, entryDef: first.repDef)
    }
}
