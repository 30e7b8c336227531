import CSnappy
import CWortZlib
import CZstd
import WortCore

/// Page compression (parquet.thrift CompressionCodec). LZO, BROTLI and LZ4 are named so
/// that files using them get a clear error rather than a wrong guess.
public enum ParquetCodec: Int32, Sendable, CaseIterable {
    case uncompressed = 0, snappy = 1, gzip = 2, lzo = 3, brotli = 4, lz4 = 5, zstd = 6, lz4Raw = 7

    public init?(name: String) {
        switch name.lowercased() {
        case "none", "uncompressed": self = .uncompressed
        case "snappy": self = .snappy
        case "gzip": self = .gzip
        case "zstd": self = .zstd
        default: return nil
        }
    }

    public var name: String {
        switch self {
        case .uncompressed: "none"
        case .snappy: "snappy"
        case .gzip: "gzip"
        case .lzo: "lzo"
        case .brotli: "brotli"
        case .lz4: "lz4"
        case .zstd: "zstd"
        case .lz4Raw: "lz4_raw"
        }
    }

    /// Codecs Wort can write.
    public static let writable: [ParquetCodec] = [.uncompressed, .snappy, .gzip, .zstd]

    struct Failure: Error, CustomStringConvertible { let description: String }

    func compress(_ input: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        switch self {
        case .uncompressed:
            return Array(input)
        case .snappy:
            // Uninitialised output: zero-filling it first cost a few percent of a write.
            var n = snappy_max_compressed_length(input.count)
            var st = SNAPPY_OK
            let out = [UInt8](unsafeUninitializedCapacity: n) { o, written in
                st = input.withMemoryRebound(to: CChar.self) { i in
                    o.withMemoryRebound(to: CChar.self) { snappy_compress(i.baseAddress, input.count, $0.baseAddress, &n) }
                }
                written = st == SNAPPY_OK ? n : 0
            }
            guard st == SNAPPY_OK else { throw Failure(description: "snappy compression failed") }
            return out
        case .zstd:
            let bound = ZSTD_compressBound(input.count)
            var n = 0
            let out = [UInt8](unsafeUninitializedCapacity: bound) { o, written in
                n = ZSTD_compress(o.baseAddress, bound, input.baseAddress, input.count, 3)
                written = ZSTD_isError(n) == 0 ? n : 0
            }
            guard ZSTD_isError(n) == 0 else { throw Failure(description: "zstd compression failed") }
            return out
        case .gzip:
            return try Self.deflate(input)
        default:
            throw Failure(description: "writing \(name) is not supported")
        }
    }

    /// Decompresses a page whose header says it is `uncompressedSize` bytes.
    func decompress(_ input: UnsafeBufferPointer<UInt8>, uncompressedSize: Int) throws -> [UInt8] {
        guard uncompressedSize >= 0, uncompressedSize < 1 << 31 else {
            throw Failure(description: "page claims \(uncompressedSize) bytes uncompressed")
        }
        switch self {
        case .uncompressed:
            guard input.count == uncompressedSize else {
                throw Failure(description: "page is \(input.count) bytes, header says \(uncompressedSize)")
            }
            return Array(input)
        case .snappy:
            var n = 0
            let ok = input.withMemoryRebound(to: CChar.self) { snappy_uncompressed_length($0.baseAddress, input.count, &n) }
            guard ok == SNAPPY_OK, n == uncompressedSize else { throw Failure(description: "snappy data is corrupt") }
            // Uninitialised output: zero-filling pages first cost a few percent of a read.
            var st = SNAPPY_OK
            let out = [UInt8](unsafeUninitializedCapacity: n) { o, written in
                st = input.withMemoryRebound(to: CChar.self) { i in
                    o.withMemoryRebound(to: CChar.self) { snappy_uncompress(i.baseAddress, input.count, $0.baseAddress, &n) }
                }
                written = st == SNAPPY_OK ? n : 0
            }
            guard st == SNAPPY_OK, n == uncompressedSize else { throw Failure(description: "snappy data is corrupt") }
            return out
        case .zstd:
            var n = 0
            let out = [UInt8](unsafeUninitializedCapacity: uncompressedSize) { o, written in
                n = ZSTD_decompress(o.baseAddress, uncompressedSize, input.baseAddress, input.count)
                written = ZSTD_isError(n) == 0 && n <= uncompressedSize ? n : 0
            }
            guard ZSTD_isError(n) == 0, n == uncompressedSize else { throw Failure(description: "zstd data is corrupt") }
            return out
        case .gzip:
            return try Self.inflate(input, expected: uncompressedSize)
        default:
            throw Failure(description: "the \(name) codec is not supported (Wort reads none, snappy, gzip and zstd)")
        }
    }

    private static func deflate(_ input: UnsafeBufferPointer<UInt8>) throws -> [UInt8] {
        var stream = z_stream()
        // windowBits 31: a gzip header and trailer, as Parquet's GZIP means.
        guard deflateInit2_(&stream, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "gzip initialisation failed")
        }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(input.count))) + 32
        var out = [UInt8](repeating: 0, count: bound)
        let status: Int32 = out.withUnsafeMutableBufferPointer { o in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = o.baseAddress
            stream.avail_out = uInt(bound)
            return CWortZlib.deflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END else { throw Failure(description: "gzip compression failed") }
        out.removeLast(out.count - Int(stream.total_out))
        return out
    }

    private static func inflate(_ input: UnsafeBufferPointer<UInt8>, expected: Int) throws -> [UInt8] {
        var stream = z_stream()
        // 15 + 32: accept gzip or zlib headers.
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "gzip initialisation failed")
        }
        defer { inflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: expected)
        let status: Int32 = out.withUnsafeMutableBufferPointer { o in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            stream.next_out = o.baseAddress
            stream.avail_out = uInt(expected)
            return CWortZlib.inflate(&stream, Z_FINISH)
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == expected else {
            throw Failure(description: "gzip data is corrupt or not the size the page header says")
        }
        return out
    }
}
