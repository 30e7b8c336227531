import Foundation
import WortCore
import WortIO

/// Reads a file for the grid: first a quick preview of the first rows (typed from
/// those rows), then the full read in batches, stopping at the memory budget.
public enum LoadJob {
    public static func run(_ id: JobID, _ request: LoadRequest, cancel: CancelFlag, post: @escaping @Sendable (Action) -> Void) {
        var posted = 0
        do {
            let format = try TableFiles.inputFormat(of: request.path, override: request.format)
            if let preview = try preview(request, format: format), !cancel.isCancelled {
                post(.load(id, .preview(preview.0, preview.1)))
            }
            if cancel.isCancelled { return }
            var lastScan = -1
            let reader = try TableFiles.openReader(request.path, format: format, options: request.options) { done, total in
                guard let total, total > 0, !cancel.isCancelled else { return }
                let percent = done * 100 / total
                if percent != lastScan { lastScan = percent; post(.load(id, .scanning(fraction: Double(done) / Double(total)))) }
            }
            if let seed = request.randomSampleSeed {
                try randomSample(id, request, reader: reader, seed: seed, cancel: cancel, post: post)
                return
            }
            var bytes = 0
            var warned = false
            while let batch = try reader.nextBatch() {
                if cancel.isCancelled { return }
                let size = MemoryEstimate.bytes(of: batch)
                if posted > 0 && bytes + size > request.memoryBudget {
                    post(.load(id, .finished(sample: .memory(budgetBytes: request.memoryBudget))))
                    return
                }
                bytes += size
                posted += 1
                let p = reader.progress
                let fraction = p.total.map { $0 > 0 ? Double(p.done) / Double($0) : 1 }
                post(.load(id, .batch(batch, fraction: fraction)))
                // Projected from the bytes read so far; said once, after a few batches.
                if !warned, posted >= 2, let f = fraction, f > 0, Double(bytes) / f > Double(request.memoryBudget) {
                    warned = true
                    post(.load(id, .sampleAhead))
                }
            }
            if posted == 0 && !cancel.isCancelled {
                // No rows: still show the columns.
                post(.load(id, .batch(emptyTable(reader.schema), fraction: 1)))
            }
            if !cancel.isCancelled { post(.load(id, .finished(sample: nil))) }
        } catch {
            if !cancel.isCancelled { post(.load(id, .finished(sample: .failed(String(describing: error))))) }
        }
    }

    /// The first rows, typed on their own, where that is much faster than the full read's
    /// first batch: CSV infers types over the whole file first, JSON validates it.
    /// Pipes and stdin are read once, so they get no preview.
    static func preview(_ request: LoadRequest, format: TableFormat) throws -> (Schema, Table)? {
        var st = stat()
        guard request.path != "-", stat(request.path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        var o = request.options
        o.rowLimit = request.previewRows
        o.batchRows = request.previewRows
        switch format {
        case .csv, .tsv:
            guard !request.options.allStrings else { return nil }
            o.allStrings = true
            let reader = try TableFiles.openReader(request.path, format: format, options: o)
            var table = try reader.nextBatch() ?? emptyTable(reader.schema)
            table = PreviewTyping.retype(table, nullTokens: request.options.nullTokens,
                                         threshold: request.options.inferenceThreshold)
            return (table.schema, table)
        case .json, .jsonl:
            let reader = try TableFiles.openReader(request.path, format: format, options: o)
            let table = try reader.nextBatch() ?? emptyTable(reader.schema)
            return (reader.schema, table)
        case .parquet, .xlsx:
            return nil
        }
    }

    /// Reads the whole file keeping a uniform random sample that fits the budget, then
    /// posts it (the preview stays on screen meanwhile, with the progress).
    static func randomSample(_ id: JobID, _ request: LoadRequest, reader: BatchReader, seed: UInt64,
                             cancel: CancelFlag, post: @escaping @Sendable (Action) -> Void) throws {
        var sample = RandomRows(seed: seed, budget: request.memoryBudget)
        var lastPercent = -1
        while let batch = try reader.nextBatch() {
            if cancel.isCancelled { return }
            sample.add(batch)
            let p = reader.progress
            if let total = p.total, total > 0 {
                let percent = p.done * 100 / total
                if percent != lastPercent { lastPercent = percent; post(.load(id, .scanning(fraction: Double(p.done) / Double(total)))) }
            }
        }
        let tables = sample.tables
        for t in tables { post(.load(id, .batch(t, fraction: 1))) }
        if tables.isEmpty { post(.load(id, .batch(emptyTable(reader.schema), fraction: 1))) }
        post(.load(id, .finished(sample: sample.rate < 1 ? .random(seed: seed, budgetBytes: request.memoryBudget) : nil)))
    }

    static func emptyTable(_ schema: Schema) -> Table {
        Table(columns: schema.fields.map { Column(name: $0.name, strings: []) })
    }
}
