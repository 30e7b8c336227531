import Dispatch
import WortCore

/// How `ParquetWriter` lays out a file.
public struct ParquetWriteOptions: Sendable {
    public var codec: ParquetCodec = .snappy
    /// A row group ends when its values, counted as PLAIN bytes, reach this. Memory use is
    /// bounded by one row group (compressed pages plus dictionaries).
    public var rowGroupBytes = 64 << 20
    /// A data page ends when its values, counted as PLAIN bytes, reach this.
    public var pageBytes = 1 << 20
    /// Dictionary-encode columns (all but bools) while their dictionary stays under
    /// `maxDictionaryBytes`; PLAIN after that.
    public var dictionary = true
    public var maxDictionaryBytes = 1 << 20

    public init(codec: ParquetCodec = .snappy, rowGroupBytes: Int = 64 << 20, pageBytes: Int = 1 << 20,
                dictionary: Bool = true) {
        self.codec = codec; self.rowGroupBytes = rowGroupBytes; self.pageBytes = pageBytes; self.dictionary = dictionary
    }
}

/// Writes batches as a Parquet file with a flat schema: "PAR1", row groups of column
/// chunks (data pages v1, every column OPTIONAL), the footer (FileMetaData), its length,
/// "PAR1". The schema comes from the first batch, or from `setSchema`. The columns of a
/// batch are encoded in parallel.
public final class ParquetWriter: BatchWriter {
    public static let createdBy = "wort version 0.1"

    private let sink: ([UInt8]) throws -> Void
    private let options: ParquetWriteOptions
    private var schema: Schema?
    private var encoders: [ColumnChunkEncoder] = []
    /// One serial queue per column: batches are encoded there, so the caller (and the
    /// reader feeding it) go on while columns encode on whatever core is free.
    private var columnQueues: [DispatchQueue] = []
    private let inFlight = DispatchGroup()
    private var batchesInFlight = 0
    /// PLAIN bytes of the row group so far, as estimated from the batches given.
    private var groupBytes = 0.0
    private var offset: Int64 = 0
    private var rowGroups: [RowGroup] = []
    private var groupRows = 0
    private var totalRows: Int64 = 0
    private var finished = false
    /// Data pages written so far (for tests).
    private(set) var dataPagesWritten = 0

    public init(write: @escaping ([UInt8]) throws -> Void, options: ParquetWriteOptions = .init()) {
        sink = write; self.options = options
    }

    /// Fixes the schema before any batch (so that an input without rows still makes a
    /// file with its columns). Ignored when the schema is already known.
    public func setSchema(_ schema: Schema) {
        guard self.schema == nil else { return }
        self.schema = schema
        columnQueues = schema.fields.indices.map { _ in DispatchQueue(label: "wort.parquet.column") }
        encoders = schema.fields.map {
            ColumnChunkEncoder(type: $0.type, codec: options.codec, pageBytes: options.pageBytes,
                               dictionary: options.dictionary, maxDictionaryBytes: options.maxDictionaryBytes)
        }
    }

    public func write(_ batch: Table) throws {
        precondition(!finished, "write after finish")
        setSchema(batch.schema)
        guard let schema, batch.schema == schema else {
            let describe = { (s: Schema?) in (s?.fields ?? []).map { "\($0.name) \($0.type)" }.joined(separator: ", ") }
            throw WortError.data("a batch's columns (\(describe(batch.schema))) differ from the file's (\(describe(schema)))")
        }
        if !ParquetCodec.writable.contains(options.codec) {
            throw WortError.usage("Parquet output cannot be compressed with \(options.codec.name)",
                                  hint: "use one of: \(ParquetCodec.writable.map(\.name).joined(separator: ", "))")
        }
        for c in batch.columns where !c.invalid.isEmpty {
            throw WortError.data(
                "column '\(c.name)' has \(c.invalid.count) cell\(c.invalid.count == 1 ? "" : "s") that \(c.invalid.count == 1 ? "is" : "are") not valid \(c.type); Parquet cannot keep their text",
                hint: "read the column as text (its invalid cells would otherwise be lost)")
        }
        let rows = batch.rowCount
        guard rows > 0 else { return }
        if encoders.isEmpty { groupRows += rows; totalRows += Int64(rows); return }
        let rowBytes = max(1.0, estimatedRowBytes(batch))
        var row = 0
        while row < rows {
            let room = max(0, Double(options.rowGroupBytes) - groupBytes)
            let take = min(rows - row, max(1, Int((room / rowBytes).rounded(.up))))
            let range = row..<(row + take)
            for k in encoders.indices {
                let encoder = encoders[k], column = batch.columns[k]
                columnQueues[k].async(group: inFlight) { encoder.append(column, rows: range) }
            }
            // Queued work holds its batch: wait now and then so memory stays bounded.
            batchesInFlight += 1
            if batchesInFlight >= 8 { inFlight.wait(); batchesInFlight = 0 }
            row += take
            groupRows += take
            groupBytes += Double(take) * rowBytes
            if groupBytes >= Double(options.rowGroupBytes) { try flushRowGroup() }
        }
    }

    public func finish() throws {
        guard !finished else { return }
        guard let schema else {
            throw WortError.usage("a Parquet file needs columns, and the input has none")
        }
        inFlight.wait()
        if groupRows > 0 && !encoders.isEmpty { try flushRowGroup() }
        if offset == 0 { try emit(magic) }
        var elements = [SchemaElement(name: "schema", numChildren: Int32(schema.fields.count))]
        elements += schema.fields.map(Self.schemaElement)
        let meta = FileMetaData(version: 1, schema: elements, numRows: encoders.isEmpty ? 0 : totalRows,
                                rowGroups: rowGroups, createdBy: Self.createdBy,
                                typeDefinedColumnOrders: schema.fields.count)
        let footer = meta.serialized()
        try emit(footer)
        let n = UInt32(footer.count)
        try emit([0, 8, 16, 24].map { UInt8(truncatingIfNeeded: n >> $0) } + magic)
        finished = true
    }

    // MARK: Internals

    private let magic: [UInt8] = Array("PAR1".utf8)

    private func emit(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        try sink(bytes)
        offset += Int64(bytes.count)
    }

    /// PLAIN bytes per row of a batch, for cutting row groups inside a batch.
    private func estimatedRowBytes(_ batch: Table) -> Double {
        let rows = Double(batch.rowCount)
        var total = 0.0
        for c in batch.columns {
            switch c.values {
            case .string(let s): total += Double(s.totalBytes) / rows + 4
            case .int64, .double, .decimal, .timestamp: total += 8
            case .date: total += 4
            case .bool: total += 0.125
            }
        }
        return total
    }

    private func flushRowGroup() throws {
        inFlight.wait()
        batchesInFlight = 0
        groupBytes = 0
        if offset == 0 { try emit(magic) }
        let n = encoders.count
        let encoders = encoders
        var results = [Result<EncodedChunk, Error>?](repeating: nil, count: n)
        results.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            DispatchQueue.concurrentPerform(iterations: n) { k in
                out[k] = Result { try encoders[k].finishChunk() }
            }
        }
        let groupStart = offset
        var columns: [ColumnChunk] = []
        var totalUncompressed: Int64 = 0
        for (k, result) in results.enumerated() {
            let chunk = try result!.get()
            let field = schema!.fields[k]
            let chunkStart = offset
            var dictionaryOffset: Int64? = nil
            if let d = chunk.dictionaryPage { dictionaryOffset = offset; try emit(d) }
            let dataOffset = offset
            for page in chunk.dataPages { try emit(page) }
            let meta = ColumnMetaData(
                type: encoders[k].physical, encodings: chunk.encodings, pathInSchema: [field.name],
                codec: options.codec, numValues: chunk.numValues,
                totalUncompressedSize: chunk.totalUncompressedSize, totalCompressedSize: offset - chunkStart,
                dataPageOffset: dataOffset, dictionaryPageOffset: dictionaryOffset, statistics: chunk.statistics)
            // file_offset is deprecated: 0 when no ColumnMetaData is written outside the footer.
            columns.append(ColumnChunk(fileOffset: 0, metaData: meta))
            totalUncompressed += chunk.totalUncompressedSize
            dataPagesWritten += chunk.dataPageCount
        }
        let ordinal = rowGroups.count < Int(Int16.max) ? Int16(rowGroups.count) : nil
        rowGroups.append(RowGroup(columns: columns, totalByteSize: totalUncompressed, numRows: Int64(groupRows),
                                  fileOffset: groupStart, totalCompressedSize: offset - groupStart, ordinal: ordinal))
        totalRows += Int64(groupRows)
        groupRows = 0
    }

    static func schemaElement(_ f: Field) -> SchemaElement {
        var e = SchemaElement(repetition: .optional, name: f.name)
        switch f.type {
        case .string: e.type = .byteArray; e.convertedType = .utf8; e.logicalType = .string
        case .int64: e.type = .int64
        case .double: e.type = .double
        case .bool: e.type = .boolean
        case .date: e.type = .int32; e.convertedType = .date; e.logicalType = .date
        case .timestamp:
            // Naive microseconds: isAdjustedToUTC false, so no converted type (TIMESTAMP_MICROS means UTC).
            e.type = .int64; e.logicalType = .timestamp(adjustedToUTC: false, unit: .micros)
        case .decimal(let p, let s):
            e.type = .int64; e.convertedType = .decimal
            e.scale = Int32(s); e.precision = Int32(p)
            e.logicalType = .decimal(scale: Int32(s), precision: Int32(p))
        }
        return e
    }
}
