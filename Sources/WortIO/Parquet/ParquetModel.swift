// The parts of apache/parquet-format's parquet.thrift that Wort reads and writes.
// Field numbers (the `// n` comments) are the Thrift field ids. Encoding to and decoding
// from the compact protocol live in ParquetModel+Encode.swift / ParquetModel+Decode.swift.

enum PhysicalType: Int32, Sendable {
    case boolean = 0, int32 = 1, int64 = 2, int96 = 3, float = 4, double = 5, byteArray = 6, fixedLenByteArray = 7
}

enum ConvertedType: Int32, Sendable {
    case utf8 = 0, map = 1, mapKeyValue = 2, list = 3, `enum` = 4, decimal = 5, date = 6
    case timeMillis = 7, timeMicros = 8, timestampMillis = 9, timestampMicros = 10
    case uint8 = 11, uint16 = 12, uint32 = 13, uint64 = 14, int8 = 15, int16 = 16, int32 = 17, int64 = 18
    case json = 19, bson = 20, interval = 21
}

enum FieldRepetition: Int32, Sendable { case required = 0, optional = 1, repeated = 2 }

enum ParquetEncoding: Int32, Sendable {
    case plain = 0, plainDictionary = 2, rle = 3, bitPacked = 4, deltaBinaryPacked = 5
    case deltaLengthByteArray = 6, deltaByteArray = 7, rleDictionary = 8, byteStreamSplit = 9
}

enum PageType: Int32, Sendable { case dataPage = 0, indexPage = 1, dictionaryPage = 2, dataPageV2 = 3 }

enum TimeUnit: Sendable, Equatable { case millis, micros, nanos }  // union: 1, 2, 3

/// The LogicalType union (field ids in comments).
enum LogicalType: Sendable, Equatable {
    case string                                        // 1
    case map                                           // 2
    case list                                          // 3
    case `enum`                                        // 4
    case decimal(scale: Int32, precision: Int32)       // 5: DecimalType{1 scale, 2 precision}
    case date                                          // 6
    case time(adjustedToUTC: Bool, unit: TimeUnit)     // 7: TimeType{1, 2}
    case timestamp(adjustedToUTC: Bool, unit: TimeUnit) // 8: TimestampType{1, 2}
    case integer(bitWidth: Int8, signed: Bool)         // 10: IntType{1, 2}
    case unknown                                       // 11
    case json                                          // 12
    case bson                                          // 13
    case uuid                                          // 14
    case float16                                       // 15
}

struct Statistics: Sendable, Equatable {
    var max: [UInt8]? = nil              // 1 (deprecated, signed order)
    var min: [UInt8]? = nil              // 2 (deprecated)
    var nullCount: Int64? = nil          // 3
    var distinctCount: Int64? = nil      // 4
    var maxValue: [UInt8]? = nil         // 5
    var minValue: [UInt8]? = nil         // 6
}

struct SchemaElement: Sendable, Equatable {
    var type: PhysicalType? = nil            // 1
    var typeLength: Int32? = nil             // 2
    var repetition: FieldRepetition? = nil   // 3
    var name: String                         // 4
    var numChildren: Int32? = nil            // 5
    var convertedType: ConvertedType? = nil  // 6
    var scale: Int32? = nil                  // 7
    var precision: Int32? = nil              // 8
    var fieldID: Int32? = nil                // 9
    var logicalType: LogicalType? = nil      // 10
}

struct DataPageHeader: Sendable, Equatable {
    var numValues: Int32                      // 1
    var encoding: ParquetEncoding             // 2
    var definitionLevelEncoding: ParquetEncoding  // 3
    var repetitionLevelEncoding: ParquetEncoding  // 4
    var statistics: Statistics? = nil         // 5
}

struct DictionaryPageHeader: Sendable, Equatable {
    var numValues: Int32                      // 1
    var encoding: ParquetEncoding             // 2
    var isSorted: Bool? = nil                 // 3
}

struct DataPageHeaderV2: Sendable, Equatable {
    var numValues: Int32                      // 1
    var numNulls: Int32                       // 2
    var numRows: Int32                        // 3
    var encoding: ParquetEncoding             // 4
    var definitionLevelsByteLength: Int32     // 5
    var repetitionLevelsByteLength: Int32     // 6
    var isCompressed: Bool = true             // 7 (default true)
    var statistics: Statistics? = nil         // 8
}

struct PageHeader: Sendable, Equatable {
    var type: PageType                        // 1
    var uncompressedPageSize: Int32           // 2
    var compressedPageSize: Int32             // 3
    var crc: Int32? = nil                     // 4
    var dataPageHeader: DataPageHeader? = nil             // 5
    var dictionaryPageHeader: DictionaryPageHeader? = nil // 7
    var dataPageHeaderV2: DataPageHeaderV2? = nil         // 8
}

struct KeyValue: Sendable, Equatable {
    var key: String                           // 1
    var value: String? = nil                  // 2
}

struct ColumnMetaData: Sendable, Equatable {
    var type: PhysicalType                    // 1
    var encodings: [ParquetEncoding]          // 2
    var pathInSchema: [String]                // 3
    var codec: ParquetCodec                   // 4
    var numValues: Int64                      // 5
    var totalUncompressedSize: Int64          // 6
    var totalCompressedSize: Int64            // 7
    var keyValueMetadata: [KeyValue]? = nil   // 8
    var dataPageOffset: Int64                 // 9
    var indexPageOffset: Int64? = nil         // 10
    var dictionaryPageOffset: Int64? = nil    // 11
    var statistics: Statistics? = nil         // 12
}

struct ColumnChunk: Sendable, Equatable {
    var filePath: String? = nil               // 1
    var fileOffset: Int64                     // 2
    var metaData: ColumnMetaData?             // 3
}

struct RowGroup: Sendable, Equatable {
    var columns: [ColumnChunk]                // 1
    var totalByteSize: Int64                  // 2
    var numRows: Int64                        // 3
    var fileOffset: Int64? = nil              // 5
    var totalCompressedSize: Int64? = nil     // 6
    var ordinal: Int16? = nil                 // 7
}

struct FileMetaData: Sendable, Equatable {
    var version: Int32                        // 1
    var schema: [SchemaElement]               // 2
    var numRows: Int64                        // 3
    var rowGroups: [RowGroup]                 // 4
    var keyValueMetadata: [KeyValue]? = nil   // 5
    var createdBy: String? = nil              // 6
    /// ColumnOrder union per leaf column; Wort writes TYPE_ORDER (1: empty struct) for each.
    var typeDefinedColumnOrders: Int? = nil   // 7 (count of TYPE_ORDER entries)
}
