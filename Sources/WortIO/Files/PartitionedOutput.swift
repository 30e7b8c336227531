import Foundation
import WortCore

/// A recipe job's output partitioned by column values, laid out as Hive, Spark, Athena
/// and DataBrew do: `DIR/col=value/part-00000.EXT`, the partition columns left out of the
/// files (their values are in the paths). Null is `__HIVE_DEFAULT_PARTITION__`; other
/// characters that are not safe in a path are `%XX`-escaped.
///
/// Atomic like `OutputFile`: everything is written into a hidden folder beside `DIR` that
/// replaces `DIR` only in `commit()`. A failed or interrupted job leaves the old `DIR`.
public final class PartitionedOutput: BatchWriter {
    public static let maxPartitions = 1000

    private let target: String
    private let temporary: String
    private let partitionColumns: [Int]
    private let format: TableFormat
    private let options: WriteOptions
    private let fileSchema: Schema
    private var writers: [String: (OutputFile, BatchWriter)] = [:]
    private var order: [String] = []
    private var slots: [Int?] = []
    private var done = false

    public init(directory: String, partitionBy names: [String], schema: Schema,
                format: TableFormat, options: WriteOptions) throws {
        var indices: [Int] = []
        for n in names {
            guard let i = schema.fields.firstIndex(where: { $0.name == n }) else {
                throw WortError.usage("--partition-by: no column '\(n)' in the output (\(schema.names.joined(separator: ", ")))")
            }
            indices.append(i)
        }
        if indices.count == schema.fields.count {
            throw WortError.usage("--partition-by: every column is a partition column; the files would have none")
        }
        guard format != .xlsx else { throw WortError.usage("Wort does not write .xlsx") }
        let url = URL(fileURLWithPath: directory)
        target = url.path
        temporary = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".wort-tmp-\(getpid())"
        partitionColumns = indices
        self.format = format
        self.options = options
        let drop = Set(indices)
        fileSchema = Schema(schema.fields.enumerated().filter { !drop.contains($0.offset) }.map(\.element))
        try? FileManager.default.removeItem(atPath: temporary)
        do {
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        } catch {
            throw WortError.io("cannot create output folder: \(error.localizedDescription)", at: SourceLocation(file: directory))
        }
        slots.append(TemporaryFiles.register(temporary))
    }

    public func write(_ batch: Table) throws {
        var groups: [String: [Int]] = [:]
        var keysInOrder: [String] = []
        var scratch: [UInt8] = []
        for r in 0..<batch.rowCount {
            var path = ""
            for i in partitionColumns {
                let c = batch.columns[i]
                scratch.removeAll(keepingCapacity: true)
                let value = c.appendText(row: r, to: &scratch) ? Self.escape(scratch) : "__HIVE_DEFAULT_PARTITION__"
                path += (path.isEmpty ? "" : "/") + Self.escape(Array(c.name.utf8)) + "=" + value
            }
            if groups[path] == nil { keysInOrder.append(path) }
            groups[path, default: []].append(r)
        }
        let drop = Set(partitionColumns)
        for key in keysInOrder {
            let rows = groups[key]!
            let part = batch.gather(rows).removingColumns(drop)
            try writer(for: key).write(part)
        }
    }

    private func writer(for key: String) throws -> BatchWriter {
        if let w = writers[key] { return w.1 }
        guard writers.count < Self.maxPartitions else {
            throw WortError.data("more than \(Self.maxPartitions) partitions; partition by a column with fewer distinct values")
        }
        let dir = temporary + "/" + key
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        slots.append(TemporaryFiles.register(dir))
        let ext = format == .parquet ? "parquet" : format.rawValue
        let out = try OutputFile(path: dir + "/part-00000." + ext)
        let w = try TableFiles.openWriter(out, format: format, options: options)
        (w as? ParquetWriter)?.setSchema(fileSchema)
        writers[key] = (out, w)
        order.append(key)
        return w
    }

    public func finish() throws {
        for key in order {
            let (out, w) = writers[key]!
            try w.finish()
            try out.commit()
        }
    }

    /// Puts the finished folder in place of `DIR` (an old `DIR` is removed only then).
    public func commit() throws {
        guard !done else { return }
        done = true
        let fm = FileManager.default
        var old: String?
        if fm.fileExists(atPath: target) {
            old = temporary + "-old"
            try? fm.removeItem(atPath: old!)
            guard rename(target, old!) == 0 else {
                throw WortError.io("cannot replace the old output: \(String(cString: strerror(errno)))", at: SourceLocation(file: target))
            }
        }
        guard rename(temporary, target) == 0 else {
            let why = String(cString: strerror(errno))
            if let old { rename(old, target) }
            throw WortError.io("cannot move output into place: \(why)", at: SourceLocation(file: target))
        }
        for s in slots { TemporaryFiles.unregister(s) }
        if let old { try? fm.removeItem(atPath: old) }
    }

    public func discard() {
        guard !done else { return }
        done = true
        for (out, _) in writers.values { out.discard() }
        try? FileManager.default.removeItem(atPath: temporary)
        for s in slots { TemporaryFiles.unregister(s) }
    }

    deinit { discard() }

    /// Hive's escaping of partition path parts.
    static func escape(_ bytes: [UInt8]) -> String {
        var out = ""
        for b in bytes {
            switch b {
            case 0x00...0x1F, 0x22, 0x23, 0x25, 0x27, 0x2A, 0x2F, 0x3A, 0x3D, 0x3F, 0x5C, 0x7F, 0x7B, 0x5B, 0x5D, 0x5E:
                out += String(format: "%%%02X", b)
            default:
                out.unicodeScalars.append(Unicode.Scalar(b))
            }
        }
        // Bytes ≥ 0x80 were appended one by one above; rebuild them as UTF-8 text.
        return String(decoding: out.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }, as: UTF8.self)
    }
}

extension Table {
    func removingColumns(_ indices: Set<Int>) -> Table {
        let kept = columns.enumerated().filter { !indices.contains($0.offset) }.map(\.element)
        return kept.isEmpty ? Table(rowCount: rowCount) : Table(columns: kept)
    }
}
