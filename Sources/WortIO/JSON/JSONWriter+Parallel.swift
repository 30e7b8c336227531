import WortCore

extension JSONWriter: ParallelEncodingWriter {
    /// Workers encode every batch as a later one (array form: starting with `,\n`);
    /// `writeEncoded` turns the first batch's separator into the opening `[\n`.
    public func makeEncoder() -> @Sendable (Table) throws -> [UInt8] {
        let lines = isLines
        return { JSONWriter.encode($0, lines: lines, first: false) }
    }

    public func writeEncoded(_ bytes: [UInt8], schema: Schema) throws {
        guard !bytes.isEmpty else { return }
        if !isLines && !hasWrittenRows {
            try writeRaw([0x5B, 0x0A] + bytes.dropFirst(2))
        } else {
            try writeRaw(bytes)
        }
        markRowsWritten()
    }
}
