import WortCore

/// Streams every batch of a reader into a writer. When both sides allow it, the
/// writer's encoding runs on the reader's worker threads and this thread only writes.
public enum CopyBatches {
    /// Returns the number of rows copied. `progress` is called after each batch.
    @discardableResult
    public static func run(from reader: BatchReader, to writer: BatchWriter,
                           progress: (() -> Void)? = nil) throws -> Int {
        var rows = 0
        // The schema is known before the first batch; writers that need it for an empty
        // input (Parquet's footer, CSV's header) get it up front.
        (writer as? ParquetWriter)?.setSchema(reader.schema)
        if let parallel = reader as? ParallelBatchReader, let encoding = writer as? ParallelEncodingWriter {
            let encode = encoding.makeEncoder()
            let stream = parallel.mapBatches { batch in (try encode(batch), batch.rowCount) }
            let schema = reader.schema
            while let (bytes, n) = try stream.next() {
                try encoding.writeEncoded(bytes, schema: schema)
                rows += n
                progress?()
            }
        } else {
            while let batch = try reader.nextBatch() {
                try writer.write(batch)
                rows += batch.rowCount
                progress?()
            }
        }
        if rows == 0, let csv = writer as? CSVWriter { try csv.writeHeader(reader.schema) }
        try writer.finish()
        return rows
    }
}
