import WortCore

/// How a leaf column's physical values become a Wort column (LogicalTypes.md), and the
/// Wort type that results:
///
/// | Parquet                                        | Wort                                  |
/// |------------------------------------------------|---------------------------------------|
/// | BOOLEAN                                        | bool                                  |
/// | INT32, INT64, INTEGER(8/16/32/64, signed)      | int64                                 |
/// | INTEGER(8/16/32, unsigned) / UINT_8/16/32      | int64                                 |
/// | INTEGER(64, unsigned) / UINT_64                | string (exact decimal text)           |
/// | FLOAT, DOUBLE, FLOAT16                         | double                                |
/// | DATE                                           | date                                  |
/// | TIMESTAMP(millis/micros/nanos), INT96          | timestamp (micros; nanos truncated)   |
/// | TIME(millis/micros/nanos)                      | string `HH:MM:SS[.ffffff]`            |
/// | DECIMAL(p ≤ 18, s)                             | decimal(p, s)                         |
/// | DECIMAL(p > 18, s) (byte arrays)               | string (exact decimal text)           |
/// | BYTE_ARRAY STRING/ENUM/JSON                    | string (bytes as they are)            |
/// | BYTE_ARRAY without type, BSON                  | string; values not valid UTF-8 as hex `0x…` |
/// | FIXED_LEN_BYTE_ARRAY UUID(16)                  | string `xxxxxxxx-xxxx-…`              |
/// | other FIXED_LEN_BYTE_ARRAY                     | string as hex `0x…`                   |
enum ParquetConversion: Sendable, Equatable {
    case bool
    case int32, uint32, int64, uint64Text
    case float, double, float16
    case date
    case timestamp(divisor: Int64, multiplier: Int64)  // INT64 in some unit → micros
    case int96
    case time(unitsPerMicro: Int64, microsPerUnit: Int64)  // INT32/INT64 → text
    case decimalInt(scale: Int)                          // INT32/INT64 unscaled
    case decimalBytes(scale: Int)                        // big-endian two's complement, p ≤ 18
    case decimalBytesText(scale: Int)                    // p > 18: exact text
    case utf8
    case binary
    case uuid
    case hex
}

enum ParquetColumnMapping {
    static func map(_ e: SchemaElement) -> (DataType, ParquetConversion) {
        let physical = e.type ?? .byteArray
        // Decimal parameters from the logical type, else the converted type's fields.
        var decimal: (p: Int, s: Int)?
        if case .decimal(let s, let p)? = e.logicalType { decimal = (Int(p), Int(s)) }
        else if e.convertedType == .decimal { decimal = (Int(e.precision ?? 0), Int(e.scale ?? 0)) }
        if let d = decimal, physical != .boolean, physical != .float, physical != .double, physical != .int96 {
            let fits = d.p >= 1 && d.p <= 18 && d.s >= 0 && d.s <= d.p
            switch physical {
            case .int32, .int64:
                if fits { return (.decimal(precision: d.p, scale: d.s), .decimalInt(scale: d.s)) }
                return (.string, .decimalBytesText(scale: max(0, d.s)))  // handled by the integer path too
            default:
                if fits { return (.decimal(precision: d.p, scale: d.s), .decimalBytes(scale: d.s)) }
                return (.string, .decimalBytesText(scale: max(0, d.s)))
            }
        }
        switch physical {
        case .boolean: return (.bool, .bool)
        case .int96: return (.timestamp, .int96)
        case .float: return (.double, .float)
        case .double: return (.double, .double)
        case .int32:
            switch e.logicalType {
            case .date?: return (.date, .date)
            case .integer(_, let signed)?: return (.int64, signed ? .int32 : .uint32)
            case .time(_, let unit)?: return (.string, timeConversion(unit))
            default: break
            }
            switch e.convertedType {
            case .date?: return (.date, .date)
            case .uint8?, .uint16?, .uint32?: return (.int64, .uint32)
            case .timeMillis?: return (.string, timeConversion(.millis))
            default: return (.int64, .int32)
            }
        case .int64:
            switch e.logicalType {
            case .timestamp(_, let unit)?: return (.timestamp, timestampConversion(unit))
            case .integer(_, let signed)?: return signed ? (.int64, .int64) : (.string, .uint64Text)
            case .time(_, let unit)?: return (.string, timeConversion(unit))
            default: break
            }
            switch e.convertedType {
            case .timestampMillis?: return (.timestamp, timestampConversion(.millis))
            case .timestampMicros?: return (.timestamp, timestampConversion(.micros))
            case .uint64?: return (.string, .uint64Text)
            case .timeMicros?: return (.string, timeConversion(.micros))
            default: return (.int64, .int64)
            }
        case .byteArray:
            switch e.logicalType {
            case .string?, .enum?, .json?: return (.string, .utf8)
            default: break
            }
            switch e.convertedType {
            case .utf8?, .enum?, .json?: return (.string, .utf8)
            default: return (.string, .binary)
            }
        case .fixedLenByteArray:
            if e.logicalType == .uuid && e.typeLength == 16 { return (.string, .uuid) }
            if e.logicalType == .float16 && e.typeLength == 2 { return (.double, .float16) }
            return (.string, .hex)
        }
    }

    static func timestampConversion(_ unit: TimeUnit) -> ParquetConversion {
        switch unit {
        case .millis: .timestamp(divisor: 1, multiplier: 1000)
        case .micros: .timestamp(divisor: 1, multiplier: 1)
        case .nanos: .timestamp(divisor: 1000, multiplier: 1)
        }
    }

    static func timeConversion(_ unit: TimeUnit) -> ParquetConversion {
        switch unit {
        case .millis: .time(unitsPerMicro: 1, microsPerUnit: 1000)
        case .micros: .time(unitsPerMicro: 1, microsPerUnit: 1)
        case .nanos: .time(unitsPerMicro: 1000, microsPerUnit: 1)
        }
    }
}
