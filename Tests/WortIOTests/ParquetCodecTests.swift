import Testing
@testable import WortIO

@Suite struct ParquetCodecTests {
    static let text: [UInt8] = Array(String(repeating: "student_id,name,김민준,Zoë;", count: 2000).utf8) + (0..<255).map { UInt8($0) }

    @Test(arguments: ParquetCodec.writable)
    func compressedPagesDecompressToTheSameBytes(codec: ParquetCodec) throws {
        let packed = try Self.text.withUnsafeBufferPointer { try codec.compress($0) }
        if codec != .uncompressed { #expect(packed.count < Self.text.count / 4) }
        let back = try packed.withUnsafeBufferPointer { try codec.decompress($0, uncompressedSize: Self.text.count) }
        #expect(back == Self.text)
    }

    @Test(arguments: [ParquetCodec.snappy, .gzip, .zstd])
    func corruptOrWronglySizedPagesAreErrors(codec: ParquetCodec) throws {
        var packed = try Self.text.withUnsafeBufferPointer { try codec.compress($0) }
        #expect(throws: (any Error).self) {
            try packed.withUnsafeBufferPointer { _ = try codec.decompress($0, uncompressedSize: Self.text.count + 1) }
        }
        packed.removeLast(packed.count / 2)
        #expect(throws: (any Error).self) {
            try packed.withUnsafeBufferPointer { _ = try codec.decompress($0, uncompressedSize: Self.text.count) }
        }
    }
}
