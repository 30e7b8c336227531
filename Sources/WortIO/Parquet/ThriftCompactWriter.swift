/// Writes the Thrift compact protocol (enough of it for Parquet's metadata): field
/// headers as id deltas with the type in the low nibble, zigzag varints, binaries with a
/// varint length, lists, nested structs, and booleans carried in the field's type nibble.
struct ThriftCompactWriter {
    /// Compact protocol type ids.
    enum CType: UInt8 {
        case boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7
        case binary = 8, list = 9, set = 10, map = 11, `struct` = 12
    }

    private(set) var bytes: [UInt8] = []
    private var lastFieldID: Int16 = 0
    private var fieldIDStack: [Int16] = []

    init() { bytes.reserveCapacity(256) }

    // MARK: Primitives

    mutating func writeVarint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func writeZigzag(_ value: Int64) {
        writeVarint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func writeBinary(_ value: [UInt8]) {
        writeVarint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    mutating func writeString(_ value: String) { writeBinary(Array(value.utf8)) }

    mutating func writeRaw(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    // MARK: Fields

    /// A field header: the id as a delta from the previous field when it is 1...15.
    mutating func writeFieldHeader(_ id: Int16, _ type: CType) {
        let delta = Int(id) - Int(lastFieldID)
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            writeZigzag(Int64(id))
        }
        lastFieldID = id
    }

    mutating func field(_ id: Int16, i32 value: Int32) { writeFieldHeader(id, .i32); writeZigzag(Int64(value)) }
    mutating func field(_ id: Int16, i16 value: Int16) { writeFieldHeader(id, .i16); writeZigzag(Int64(value)) }
    mutating func field(_ id: Int16, i64 value: Int64) { writeFieldHeader(id, .i64); writeZigzag(value) }
    mutating func field(_ id: Int16, bool value: Bool) { writeFieldHeader(id, value ? .boolTrue : .boolFalse) }
    mutating func field(_ id: Int16, binary value: [UInt8]) { writeFieldHeader(id, .binary); writeBinary(value) }
    mutating func field(_ id: Int16, string value: String) { writeFieldHeader(id, .binary); writeString(value) }

    /// A struct-valued field: `body` writes the nested fields; the stop byte is added.
    mutating func field(_ id: Int16, struct body: (inout ThriftCompactWriter) -> Void) {
        writeFieldHeader(id, .struct)
        writeStruct(body)
    }

    /// A struct (as a list element or a top-level value): fields, then the stop byte.
    mutating func writeStruct(_ body: (inout ThriftCompactWriter) -> Void) {
        fieldIDStack.append(lastFieldID)
        lastFieldID = 0
        body(&self)
        bytes.append(0)  // stop
        lastFieldID = fieldIDStack.removeLast()
    }

    /// A list header; the caller then writes `count` elements of `elementType`.
    mutating func writeListHeader(_ elementType: CType, count: Int) {
        if count < 15 {
            bytes.append(UInt8(count) << 4 | elementType.rawValue)
        } else {
            bytes.append(0xF0 | elementType.rawValue)
            writeVarint(UInt64(count))
        }
    }

    mutating func field(_ id: Int16, listOf elementType: CType, count: Int, elements: (inout ThriftCompactWriter) -> Void) {
        writeFieldHeader(id, .list)
        writeListHeader(elementType, count: count)
        elements(&self)
    }

    mutating func field(_ id: Int16, i32List values: [Int32]) {
        field(id, listOf: .i32, count: values.count) { w in for v in values { w.writeZigzag(Int64(v)) } }
    }

    mutating func field(_ id: Int16, stringList values: [String]) {
        field(id, listOf: .binary, count: values.count) { w in for v in values { w.writeString(v) } }
    }

    /// A list of structs.
    mutating func field<T>(_ id: Int16, structList values: [T], _ each: (inout ThriftCompactWriter, T) -> Void) {
        field(id, listOf: .struct, count: values.count) { w in
            for v in values { w.writeStruct { each(&$0, v) } }
        }
    }
}
