import Foundation
import WortCore
import WortIO

/// Where and how a run writes one output (from the command line or a job file's Outputs).
struct OutputSpec {
    var path: String
    var format: TableFormat
    var codec: ParquetCodec = .snappy
    var partitionBy: [String] = []
    var overwrite = false
    var delimiter: UInt8?

    /// Refuses to replace an existing output unless told to (DataBrew's Overwrite).
    func checkTarget() throws {
        guard path != "-", !overwrite else { return }
        var st = stat()
        if stat(path, &st) == 0 && ((st.st_mode & S_IFMT) == S_IFREG || (st.st_mode & S_IFMT) == S_IFDIR) {
            throw WortError.usage("'\(path)' exists", hint: "pass --overwrite (or \"Overwrite\": true in the job) to replace it")
        }
    }

    /// Opens the writer; the output appears only on `commit`.
    func open(schema: WortCore.Schema) throws -> OpenOutput {
        var options = WriteOptions()
        options.parquet.codec = codec
        options.delimiter = delimiter
        if !partitionBy.isEmpty {
            let p = try PartitionedOutput(directory: path, partitionBy: partitionBy, schema: schema, format: format, options: options)
            return OpenOutput(writer: p, commit: { try p.commit() }, discard: { p.discard() })
        }
        let out = try OutputFile(path: path)
        do {
            let w = try TableFiles.openWriter(out, format: format, options: options)
            return OpenOutput(writer: w, commit: { try out.commit() }, discard: { out.discard() })
        } catch {
            out.discard()
            throw error
        }
    }
}

struct OpenOutput {
    let writer: BatchWriter
    let commit: () throws -> Void
    let discard: () -> Void
}

