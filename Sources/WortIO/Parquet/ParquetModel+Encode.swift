// Encoding of the model in ParquetModel.swift to the Thrift compact protocol. Field ids
// follow apache/parquet-format's parquet.thrift.

extension TimeUnit {
    func encode(to w: inout ThriftCompactWriter) {
        // union TimeUnit { 1: MilliSeconds MILLIS, 2: MicroSeconds MICROS, 3: NanoSeconds NANOS }
        let id: Int16 = switch self { case .millis: 1; case .micros: 2; case .nanos: 3 }
        w.field(id) { _ in }
    }
}

extension LogicalType {
    func encode(to w: inout ThriftCompactWriter) {
        switch self {
        case .string: w.field(1) { _ in }
        case .map: w.field(2) { _ in }
        case .list: w.field(3) { _ in }
        case .enum: w.field(4) { _ in }
        case .decimal(let scale, let precision):
            w.field(5) { d in d.field(1, i32: scale); d.field(2, i32: precision) }
        case .date: w.field(6) { _ in }
        case .time(let utc, let unit):
            w.field(7) { t in t.field(1, bool: utc); t.field(2) { unit.encode(to: &$0) } }
        case .timestamp(let utc, let unit):
            w.field(8) { t in t.field(1, bool: utc); t.field(2) { unit.encode(to: &$0) } }
        case .integer(let bits, let signed):
            w.field(10) { i in
                i.writeFieldHeader(1, .byte); i.appendByte(UInt8(bitPattern: bits))
                i.field(2, bool: signed)
            }
        case .unknown: w.field(11) { _ in }
        case .json: w.field(12) { _ in }
        case .bson: w.field(13) { _ in }
        case .uuid: w.field(14) { _ in }
        case .float16: w.field(15) { _ in }
        }
    }
}

extension ThriftCompactWriter {
    mutating func appendByte(_ b: UInt8) { writeRaw([b]) }
}

extension Statistics {
    func encode(to w: inout ThriftCompactWriter) {
        if let max { w.field(1, binary: max) }
        if let min { w.field(2, binary: min) }
        if let nullCount { w.field(3, i64: nullCount) }
        if let distinctCount { w.field(4, i64: distinctCount) }
        if let maxValue { w.field(5, binary: maxValue) }
        if let minValue { w.field(6, binary: minValue) }
    }
}

extension SchemaElement {
    func encode(to w: inout ThriftCompactWriter) {
        if let type { w.field(1, i32: type.rawValue) }
        if let typeLength { w.field(2, i32: typeLength) }
        if let repetition { w.field(3, i32: repetition.rawValue) }
        w.field(4, string: name)
        if let numChildren { w.field(5, i32: numChildren) }
        if let convertedType { w.field(6, i32: convertedType.rawValue) }
        if let scale { w.field(7, i32: scale) }
        if let precision { w.field(8, i32: precision) }
        if let fieldID { w.field(9, i32: fieldID) }
        if let logicalType { w.field(10) { logicalType.encode(to: &$0) } }
    }
}

extension DataPageHeader {
    func encode(to w: inout ThriftCompactWriter) {
        w.field(1, i32: numValues)
        w.field(2, i32: encoding.rawValue)
        w.field(3, i32: definitionLevelEncoding.rawValue)
        w.field(4, i32: repetitionLevelEncoding.rawValue)
        if let statistics { w.field(5) { statistics.encode(to: &$0) } }
    }
}

extension DictionaryPageHeader {
    func encode(to w: inout ThriftCompactWriter) {
        w.field(1, i32: numValues)
        w.field(2, i32: encoding.rawValue)
        if let isSorted { w.field(3, bool: isSorted) }
    }
}

extension DataPageHeaderV2 {
    func encode(to w: inout ThriftCompactWriter) {
        w.field(1, i32: numValues)
        w.field(2, i32: numNulls)
        w.field(3, i32: numRows)
        w.field(4, i32: encoding.rawValue)
        w.field(5, i32: definitionLevelsByteLength)
        w.field(6, i32: repetitionLevelsByteLength)
        w.field(7, bool: isCompressed)
        if let statistics { w.field(8) { statistics.encode(to: &$0) } }
    }
}

extension PageHeader {
    func encode(to w: inout ThriftCompactWriter) {
        w.field(1, i32: type.rawValue)
        w.field(2, i32: uncompressedPageSize)
        w.field(3, i32: compressedPageSize)
        if let crc { w.field(4, i32: crc) }
        if let dataPageHeader { w.field(5) { dataPageHeader.encode(to: &$0) } }
        if let dictionaryPageHeader { w.field(7) { dictionaryPageHeader.encode(to: &$0) } }
        if let dataPageHeaderV2 { w.field(8) { dataPageHeaderV2.encode(to: &$0) } }
    }

    /// The header as a top-level compact-protocol struct.
    func serialized() -> [UInt8] {
        var w = ThriftCompactWriter()
        w.writeStruct { encode(to: &$0) }
        return w.bytes
    }
}

extension KeyValue {
    func encode(to w: inout ThriftCompactWriter) {
        w.field(1, string: key)
        if let value { w.field(2, string: value) }
    }
}

extension ColumnMetaData {
    func encode(to w: inout ThriftCompactWriter) {
        w.field(1, i32: type.rawValue)
        w.field(2, i32List: encodings.map(\.rawValue))
        w.field(3, stringList: pathInSchema)
        w.field(4, i32: codec.rawValue)
        w.field(5, i64: numValues)
        w.field(6, i64: totalUncompressedSize)
        w.field(7, i64: totalCompressedSize)
        if let keyValueMetadata { w.field(8, structList: keyValueMetadata) { kv, v in v.encode(to: &kv) } }
        w.field(9, i64: dataPageOffset)
        if let indexPageOffset { w.field(10, i64: indexPageOffset) }
        if let dictionaryPageOffset { w.field(11, i64: dictionaryPageOffset) }
        if let statistics { w.field(12) { statistics.encode(to: &$0) } }
    }
}

extension ColumnChunk {
    func encode(to w: inout ThriftCompactWriter) {
        if let filePath { w.field(1, string: filePath) }
        w.field(2, i64: fileOffset)
        if let metaData { w.field(3) { metaData.encode(to: &$0) } }
    }
}

extension RowGroup {
    func encode(to w: inout ThriftCompactWriter) {
        w.field(1, structList: columns) { c, v in v.encode(to: &c) }
        w.field(2, i64: totalByteSize)
        w.field(3, i64: numRows)
        if let fileOffset { w.field(5, i64: fileOffset) }
        if let totalCompressedSize { w.field(6, i64: totalCompressedSize) }
        if let ordinal { w.field(7, i16: ordinal) }
    }
}

extension FileMetaData {
    func encode(to w: inout ThriftCompactWriter) {
        w.field(1, i32: version)
        w.field(2, structList: schema) { s, v in v.encode(to: &s) }
        w.field(3, i64: numRows)
        w.field(4, structList: rowGroups) { r, v in v.encode(to: &r) }
        if let keyValueMetadata { w.field(5, structList: keyValueMetadata) { kv, v in v.encode(to: &kv) } }
        if let createdBy { w.field(6, string: createdBy) }
        if let n = typeDefinedColumnOrders {
            // list<ColumnOrder>; each a union whose field 1 is TYPE_ORDER (an empty struct).
            w.field(7, listOf: .struct, count: n) { l in
                for _ in 0..<n { l.writeStruct { $0.field(1) { _ in } } }
            }
        }
    }

    func serialized() -> [UInt8] {
        var w = ThriftCompactWriter()
        w.writeStruct { encode(to: &$0) }
        return w.bytes
    }
}
