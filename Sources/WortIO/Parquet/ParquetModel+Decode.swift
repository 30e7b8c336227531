// Decoding parquet.thrift structs from the compact protocol (see ParquetModel.swift for
// the field ids). Fields Wort does not use are skipped; missing required fields are errors.

private func missing(_ what: String) -> ParquetDecodeError { ParquetDecodeError("\(what) is missing in the metadata") }

private func physicalType(_ v: Int32) throws -> PhysicalType {
    guard let t = PhysicalType(rawValue: v) else { throw ParquetDecodeError("unknown physical type \(v)") }
    return t
}

private func parquetEncoding(_ v: Int32) throws -> ParquetEncoding {
    guard let e = ParquetEncoding(rawValue: v) else { throw ParquetDecodeError("unknown encoding \(v)") }
    return e
}

extension FileMetaData {
    static func decode(_ r: inout ThriftCompactReader) throws -> FileMetaData {
        var version: Int32?, schema: [SchemaElement]?, numRows: Int64?, rowGroups: [RowGroup]?
        var kv: [KeyValue]?, createdBy: String?
        try r.readStruct { r, id, t in
            switch id {
            case 1: version = try r.i32(t)
            case 2: schema = try r.list(t) { r, et in try r.expect(et, .struct); return try SchemaElement.decode(&r) }
            case 3: numRows = try r.i64(t)
            case 4: rowGroups = try r.list(t) { r, et in try r.expect(et, .struct); return try RowGroup.decode(&r) }
            case 5: kv = try r.list(t) { r, et in try r.expect(et, .struct); return try KeyValue.decode(&r) }
            case 6: try r.expect(t, .binary); createdBy = try r.string()
            default: return false
            }
            return true
        }
        guard let schema else { throw missing("the schema") }
        guard let numRows else { throw missing("the row count") }
        return FileMetaData(version: version ?? 1, schema: schema, numRows: numRows,
                            rowGroups: rowGroups ?? [], keyValueMetadata: kv, createdBy: createdBy)
    }
}

extension KeyValue {
    static func decode(_ r: inout ThriftCompactReader) throws -> KeyValue {
        var key: String?, value: String?
        try r.readStruct { r, id, t in
            switch id {
            case 1: try r.expect(t, .binary); key = try r.string()
            case 2: try r.expect(t, .binary); value = try r.string()
            default: return false
            }
            return true
        }
        return KeyValue(key: key ?? "", value: value)
    }
}

extension SchemaElement {
    static func decode(_ r: inout ThriftCompactReader) throws -> SchemaElement {
        var e = SchemaElement(name: "")
        var hasName = false
        try r.readStruct { r, id, t in
            switch id {
            case 1: e.type = try physicalType(r.i32(t))
            case 2: e.typeLength = try r.i32(t)
            case 3:
                let v = try r.i32(t)
                guard let rep = FieldRepetition(rawValue: v) else { throw ParquetDecodeError("unknown repetition \(v)") }
                e.repetition = rep
            case 4: try r.expect(t, .binary); e.name = try r.string(); hasName = true
            case 5: e.numChildren = try r.i32(t)
            case 6: e.convertedType = ConvertedType(rawValue: try r.i32(t))  // unknown: ignored
            case 7: e.scale = try r.i32(t)
            case 8: e.precision = try r.i32(t)
            case 9: e.fieldID = try r.i32(t)
            case 10: try r.expect(t, .struct); e.logicalType = try LogicalType.decode(&r)
            default: return false
            }
            return true
        }
        guard hasName else { throw missing("a schema element's name") }
        return e
    }
}

extension LogicalType {
    /// nil for a union member Wort does not know (the converted type then applies).
    static func decode(_ r: inout ThriftCompactReader) throws -> LogicalType? {
        var result: LogicalType?
        try r.readStruct { r, id, t in
            guard t == ThriftType.struct.rawValue else { return false }
            switch id {
            case 1: result = .string
            case 2: result = .map
            case 3: result = .list
            case 4: result = .enum
            case 5:
                var scale: Int32 = 0, precision: Int32 = 0
                try r.readStruct { r, id, t in
                    switch id {
                    case 1: scale = try r.i32(t)
                    case 2: precision = try r.i32(t)
                    default: return false
                    }
                    return true
                }
                result = .decimal(scale: scale, precision: precision)
                return true
            case 6: result = .date
            case 7, 8:
                var utc = false, unit = TimeUnit.micros
                try r.readStruct { r, fid, ft in
                    switch fid {
                    case 1: utc = try r.bool(ft)
                    case 2: try r.expect(ft, .struct); unit = try TimeUnit.decode(&r)
                    default: return false
                    }
                    return true
                }
                result = id == 7 ? .time(adjustedToUTC: utc, unit: unit) : .timestamp(adjustedToUTC: utc, unit: unit)
                return true
            case 10:
                var width: Int8 = 64, signed = true
                try r.readStruct { r, fid, ft in
                    switch fid {
                    case 1:
                        guard let w = Int8(exactly: try r.i32(ft)) else { throw ParquetDecodeError("integer bit width out of range") }
                        width = w
                    case 2: signed = try r.bool(ft)
                    default: return false
                    }
                    return true
                }
                result = .integer(bitWidth: width, signed: signed)
                return true
            case 11: result = .unknown
            case 12: result = .json
            case 13: result = .bson
            case 14: result = .uuid
            case 15: result = .float16
            default: return false
            }
            try r.skip(t)  // the empty struct of a member without parameters
            return true
        }
        return result
    }
}

extension TimeUnit {
    static func decode(_ r: inout ThriftCompactReader) throws -> TimeUnit {
        var unit = TimeUnit.micros
        try r.readStruct { r, id, t in
            switch id {
            case 1: unit = .millis
            case 2: unit = .micros
            case 3: unit = .nanos
            default: return false
            }
            try r.skip(t)
            return true
        }
        return unit
    }
}

extension RowGroup {
    static func decode(_ r: inout ThriftCompactReader) throws -> RowGroup {
        var columns: [ColumnChunk]?, total: Int64 = 0, numRows: Int64?, fileOffset: Int64?, compressed: Int64?, ordinal: Int16?
        try r.readStruct { r, id, t in
            switch id {
            case 1: columns = try r.list(t) { r, et in try r.expect(et, .struct); return try ColumnChunk.decode(&r) }
            case 2: total = try r.i64(t)
            case 3: numRows = try r.i64(t)
            case 5: fileOffset = try r.i64(t)
            case 6: compressed = try r.i64(t)
            case 7: ordinal = Int16(truncatingIfNeeded: try r.i32(t))
            default: return false
            }
            return true
        }
        guard let columns else { throw missing("a row group's columns") }
        guard let numRows else { throw missing("a row group's row count") }
        return RowGroup(columns: columns, totalByteSize: total, numRows: numRows, fileOffset: fileOffset,
                        totalCompressedSize: compressed, ordinal: ordinal)
    }
}

extension ColumnChunk {
    static func decode(_ r: inout ThriftCompactReader) throws -> ColumnChunk {
        var path: String?, offset: Int64 = 0, meta: ColumnMetaData?
        try r.readStruct { r, id, t in
            switch id {
            case 1: try r.expect(t, .binary); path = try r.string()
            case 2: offset = try r.i64(t)
            case 3: try r.expect(t, .struct); meta = try ColumnMetaData.decode(&r)
            default: return false
            }
            return true
        }
        return ColumnChunk(filePath: path, fileOffset: offset, metaData: meta)
    }
}

extension ColumnMetaData {
    /// An unknown codec id becomes this sentinel so that the error can name the column.
    static let unknownCodecKey = "wort.unknown-codec"

    static func decode(_ r: inout ThriftCompactReader) throws -> ColumnMetaData {
        var type: PhysicalType?, encodings: [ParquetEncoding] = [], path: [String] = [], codec: ParquetCodec?
        var codecID: Int32 = 0
        var numValues: Int64?, uncompressed: Int64 = 0, compressed: Int64?, dataOffset: Int64?
        var indexOffset: Int64?, dictOffset: Int64?
        try r.readStruct { r, id, t in
            switch id {
            case 1: type = try physicalType(r.i32(t))
            case 2: encodings = try r.list(t) { r, et in ParquetEncoding(rawValue: try r.i32(et)) }.compactMap { $0 }
            case 3: path = try r.list(t) { r, et in try r.expect(et, .binary); return try r.string() }
            case 4: codecID = try r.i32(t); codec = ParquetCodec(rawValue: codecID)
            case 5: numValues = try r.i64(t)
            case 6: uncompressed = try r.i64(t)
            case 7: compressed = try r.i64(t)
            case 9: dataOffset = try r.i64(t)
            case 10: indexOffset = try r.i64(t)
            case 11: dictOffset = try r.i64(t)
            default: return false
            }
            return true
        }
        guard let type else { throw missing("a column's physical type") }
        guard let numValues else { throw missing("a column's value count") }
        guard let compressed else { throw missing("a column's compressed size") }
        guard let dataOffset else { throw missing("a column's data page offset") }
        var kv: [KeyValue]? = nil
        if codec == nil { kv = [KeyValue(key: unknownCodecKey, value: String(codecID))] }
        return ColumnMetaData(type: type, encodings: encodings, pathInSchema: path, codec: codec ?? .uncompressed,
                              numValues: numValues, totalUncompressedSize: uncompressed, totalCompressedSize: compressed,
                              keyValueMetadata: kv, dataPageOffset: dataOffset, indexPageOffset: indexOffset,
                              dictionaryPageOffset: dictOffset)
    }
}

extension PageHeader {
    static func decode(_ r: inout ThriftCompactReader) throws -> PageHeader {
        var type: Int32?, uncompressed: Int32?, compressed: Int32?, crc: Int32?
        var v1: DataPageHeader?, dict: DictionaryPageHeader?, v2: DataPageHeaderV2?
        try r.readStruct { r, id, t in
            switch id {
            case 1: type = try r.i32(t)
            case 2: uncompressed = try r.i32(t)
            case 3: compressed = try r.i32(t)
            case 4: crc = try r.i32(t)
            case 5: try r.expect(t, .struct); v1 = try DataPageHeader.decode(&r)
            case 7: try r.expect(t, .struct); dict = try DictionaryPageHeader.decode(&r)
            case 8: try r.expect(t, .struct); v2 = try DataPageHeaderV2.decode(&r)
            default: return false
            }
            return true
        }
        guard let type else { throw missing("a page's type") }
        guard let uncompressed, let compressed, uncompressed >= 0, compressed >= 0 else {
            throw ParquetDecodeError("a page header lacks valid sizes")
        }
        // Unknown page types (e.g. index pages) are kept as index pages, to be skipped.
        return PageHeader(type: PageType(rawValue: type) ?? .indexPage, uncompressedPageSize: uncompressed,
                          compressedPageSize: compressed, crc: crc, dataPageHeader: v1,
                          dictionaryPageHeader: dict, dataPageHeaderV2: v2)
    }
}

extension DataPageHeader {
    static func decode(_ r: inout ThriftCompactReader) throws -> DataPageHeader {
        var n: Int32?, enc: Int32?, dEnc: Int32 = 3, rEnc: Int32 = 3
        try r.readStruct { r, id, t in
            switch id {
            case 1: n = try r.i32(t)
            case 2: enc = try r.i32(t)
            case 3: dEnc = try r.i32(t)
            case 4: rEnc = try r.i32(t)
            default: return false
            }
            return true
        }
        guard let n, n >= 0, let enc else { throw missing("a data page's value count or encoding") }
        return DataPageHeader(numValues: n, encoding: try parquetEncoding(enc), definitionLevelEncoding: try parquetEncoding(dEnc),
                              repetitionLevelEncoding: try parquetEncoding(rEnc))
    }
}

extension DictionaryPageHeader {
    static func decode(_ r: inout ThriftCompactReader) throws -> DictionaryPageHeader {
        var n: Int32?, enc: Int32 = 0, sorted: Bool?
        try r.readStruct { r, id, t in
            switch id {
            case 1: n = try r.i32(t)
            case 2: enc = try r.i32(t)
            case 3: sorted = try r.bool(t)
            default: return false
            }
            return true
        }
        guard let n, n >= 0 else { throw missing("a dictionary page's value count") }
        return DictionaryPageHeader(numValues: n, encoding: try parquetEncoding(enc), isSorted: sorted)
    }
}

extension DataPageHeaderV2 {
    static func decode(_ r: inout ThriftCompactReader) throws -> DataPageHeaderV2 {
        var n: Int32?, nulls: Int32 = 0, rows: Int32 = 0, enc: Int32?, dLen: Int32?, rLen: Int32?, compressed = true
        try r.readStruct { r, id, t in
            switch id {
            case 1: n = try r.i32(t)
            case 2: nulls = try r.i32(t)
            case 3: rows = try r.i32(t)
            case 4: enc = try r.i32(t)
            case 5: dLen = try r.i32(t)
            case 6: rLen = try r.i32(t)
            case 7: compressed = try r.bool(t)
            default: return false
            }
            return true
        }
        guard let n, n >= 0, let enc, let dLen, let rLen, dLen >= 0, rLen >= 0 else {
            throw missing("a v2 data page's counts, encoding or level lengths")
        }
        return DataPageHeaderV2(numValues: n, numNulls: nulls, numRows: rows, encoding: try parquetEncoding(enc),
                                definitionLevelsByteLength: dLen, repetitionLevelsByteLength: rLen, isCompressed: compressed)
    }
}
