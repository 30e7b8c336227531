/// A problem in Parquet bytes (thrift metadata, page data); the reader adds file and place.
struct ParquetDecodeError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Thrift compact-protocol types (the low nibble of a field header).
enum ThriftType: UInt8 {
    case stop = 0, boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6
    case double = 7, binary = 8, list = 9, set = 10, map = 11, `struct` = 12
}

/// A bounded decoder of the Thrift compact protocol over borrowed bytes.
///
/// Every length and element count is checked against the bytes left, nesting is limited
/// to `maxDepth`, and unknown fields of any type are skipped, so garbage input ends in a
/// `ParquetDecodeError`, never a crash or a runaway allocation.
struct ThriftCompactReader {
    private let base: UnsafePointer<UInt8>?
    let end: Int
    private(set) var pos: Int
    private var depth = 0
    static let maxDepth = 64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        base = bytes.baseAddress; end = bytes.count; pos = 0
    }

    var remaining: Int { end - pos }

    mutating func byte() throws -> UInt8 {
        guard pos < end, let base else { throw ParquetDecodeError("thrift data ends early") }
        let b = base[pos]; pos += 1
        return b
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw ParquetDecodeError("thrift varint is too long") }
        }
    }

    mutating func zigzag64() throws -> Int64 {
        let v = try varint()
        return Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))
    }

    mutating func zigzag32() throws -> Int32 {
        let v = try zigzag64()
        guard let r = Int32(exactly: v) else { throw ParquetDecodeError("thrift i32 out of range") }
        return r
    }

    /// The bytes of a binary/string value (borrowed; valid while the input is).
    mutating func binary() throws -> UnsafeBufferPointer<UInt8> {
        let n = try varint()
        guard n <= UInt64(remaining), let base else { throw ParquetDecodeError("thrift binary of \(n) bytes runs past the end") }
        let r = UnsafeBufferPointer(start: base + pos, count: Int(n))
        pos += Int(n)
        return r
    }

    mutating func string() throws -> String { String(decoding: try binary(), as: UTF8.self) }
    mutating func bytes() throws -> [UInt8] { Array(try binary()) }

    // MARK: Typed reads of a field's value (checking the wire type)

    mutating func i32(_ t: UInt8) throws -> Int32 {
        switch t {
        case ThriftType.byte.rawValue: return Int32(Int8(bitPattern: try byte()))
        case ThriftType.i16.rawValue, ThriftType.i32.rawValue: return try zigzag32()
        default: throw ParquetDecodeError("thrift field has type \(t), expected an integer")
        }
    }

    mutating func i64(_ t: UInt8) throws -> Int64 {
        switch t {
        case ThriftType.byte.rawValue: return Int64(Int8(bitPattern: try byte()))
        case ThriftType.i16.rawValue, ThriftType.i32.rawValue, ThriftType.i64.rawValue: return try zigzag64()
        default: throw ParquetDecodeError("thrift field has type \(t), expected an integer")
        }
    }

    /// A boolean struct field (its value is in the type nibble).
    func bool(_ t: UInt8) throws -> Bool {
        switch t {
        case ThriftType.boolTrue.rawValue: return true
        case ThriftType.boolFalse.rawValue: return false
        default: throw ParquetDecodeError("thrift field has type \(t), expected a boolean")
        }
    }

    mutating func expect(_ t: UInt8, _ want: ThriftType) throws {
        guard t == want.rawValue else { throw ParquetDecodeError("thrift field has type \(t), expected \(want)") }
    }

    /// Reads a struct: `body(&self, fieldID, type)` reads a field it knows and returns true,
    /// or returns false to have it skipped.
    mutating func readStruct(_ body: (inout ThriftCompactReader, Int16, UInt8) throws -> Bool) throws {
        depth += 1
        guard depth <= Self.maxDepth else { throw ParquetDecodeError("thrift structs nest too deeply") }
        defer { depth -= 1 }
        var lastID: Int16 = 0
        while true {
            let h = try byte()
            let t = h & 0x0F
            if t == 0 { return }
            let delta = h >> 4
            let id: Int16
            if delta == 0 {
                let v = try zigzag64()
                guard let i = Int16(exactly: v) else { throw ParquetDecodeError("thrift field id out of range") }
                id = i
            } else {
                id = lastID &+ Int16(delta)
            }
            lastID = id
            guard t <= ThriftType.struct.rawValue else { throw ParquetDecodeError("thrift field has unknown type \(t)") }
            if try !body(&self, id, t) { try skip(t) }
        }
    }

    /// Reads a list header: element type and a count checked against the bytes left.
    mutating func listHeader(_ t: UInt8) throws -> (elementType: UInt8, count: Int) {
        guard t == ThriftType.list.rawValue || t == ThriftType.set.rawValue else {
            throw ParquetDecodeError("thrift field has type \(t), expected a list")
        }
        let h = try byte()
        var n = UInt64(h >> 4)
        if n == 15 { n = try varint() }
        // Every element takes at least one byte.
        guard n <= UInt64(remaining) else { throw ParquetDecodeError("thrift list of \(n) elements runs past the end") }
        return (h & 0x0F, Int(n))
    }

    mutating func list<T>(_ t: UInt8, _ element: (inout ThriftCompactReader, UInt8) throws -> T) throws -> [T] {
        let (et, n) = try listHeader(t)
        depth += 1
        guard depth <= Self.maxDepth else { throw ParquetDecodeError("thrift lists nest too deeply") }
        defer { depth -= 1 }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try element(&self, et)) }
        return out
    }

    /// Skips one value of type `t`, however deeply nested.
    mutating func skip(_ t: UInt8) throws {
        switch t {
        case ThriftType.boolTrue.rawValue, ThriftType.boolFalse.rawValue: return
        case ThriftType.byte.rawValue: _ = try byte()
        case ThriftType.i16.rawValue, ThriftType.i32.rawValue, ThriftType.i64.rawValue: _ = try varint()
        case ThriftType.double.rawValue:
            guard remaining >= 8 else { throw ParquetDecodeError("thrift data ends early") }
            pos += 8
        case ThriftType.binary.rawValue: _ = try binary()
        case ThriftType.list.rawValue, ThriftType.set.rawValue:
            let (et, n) = try listHeader(t)
            try nested {
                for _ in 0..<n {
                    // Booleans in lists take a byte each.
                    if et == ThriftType.boolTrue.rawValue || et == ThriftType.boolFalse.rawValue { _ = try $0.byte() } else { try $0.skip(et) }
                }
            }
        case ThriftType.map.rawValue:
            let n = try varint()
            guard n <= UInt64(remaining) else { throw ParquetDecodeError("thrift map of \(n) entries runs past the end") }
            guard n > 0 else { return }
            let kv = try byte()
            let kt = kv >> 4, vt = kv & 0x0F
            try nested {
                for _ in 0..<n {
                    for et in [kt, vt] {
                        if et == ThriftType.boolTrue.rawValue || et == ThriftType.boolFalse.rawValue { _ = try $0.byte() } else { try $0.skip(et) }
                    }
                }
            }
        case ThriftType.struct.rawValue:
            try readStruct { _, _, _ in false }
        default:
            throw ParquetDecodeError("thrift value has unknown type \(t)")
        }
    }

    private mutating func nested(_ body: (inout ThriftCompactReader) throws -> Void) throws {
        depth += 1
        guard depth <= Self.maxDepth else { throw ParquetDecodeError("thrift values nest too deeply") }
        defer { depth -= 1 }
        try body(&self)
    }
}
