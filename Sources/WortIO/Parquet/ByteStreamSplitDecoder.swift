/// BYTE_STREAM_SPLIT (Encodings.md): byte k of value i is at `data[k * count + i]`.
enum ByteStreamSplitDecoder {
    /// Reassembles `count` values of `width` bytes into `out` (count * width bytes).
    static func decode(_ data: UnsafeBufferPointer<UInt8>, width: Int, count: Int) throws -> [UInt8] {
        guard width > 0, data.count == width * count else {
            throw ParquetDecodeError("BYTE_STREAM_SPLIT data is \(data.count) bytes, expected \(count) values of \(width) bytes")
        }
        guard count > 0, let p = data.baseAddress else { return [] }
        return [UInt8](unsafeUninitializedCapacity: width * count) { out, initialized in
            for k in 0..<width {
                let stream = p + k * count
                for i in 0..<count { out[i * width + k] = stream[i] }
            }
            initialized = width * count
        }
    }
}
