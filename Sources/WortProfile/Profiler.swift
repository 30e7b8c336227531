import WortCore
import WortIO

/// Computes a `DatasetProfile` from a reader in one pass: batches are profiled on the
/// reader's worker threads when it has them (`ParallelBatchReader.mapBatches`) and their
/// partials merged here in order, in memory bounded by `ProfileOptions` whatever the
/// input's size.
///
/// Give it a reader of text (`ReadOptions.allStrings`) for delimited files: types are
/// inferred here from the same pass. Typed sources (Parquet, JSON, Excel) keep their
/// declared types.
public struct Profiler {
    public let options: ProfileOptions

    public init(options: ProfileOptions = .init()) { self.options = options }

    public func run(_ reader: BatchReader, source: String, typed: Bool,
                    progress: @escaping (Int, Int?) -> Void = { _, _ in }) throws -> DatasetProfile {
        let schema = reader.schema
        let profiled = try selectedColumns(schema)
        let switches = SketchSwitches(columns: profiled.count)
        let declared: [DataType?] = profiled.map { i in
            let t = schema.fields[i].type
            return typed && (t != .string || options.trustDeclaredText) ? t : nil
        }
        let worker = BatchProfiler(profiled: profiled, names: profiled.map { schema.fields[$0].name },
                                   nullTokens: options.nullTokens, inferenceThreshold: options.inferenceThreshold,
                                   entities: options.entities, needs: declared.map(ColumnNeeds.init(declared:)),
                                   switches: switches)
        var merger = Merger(
            columns: profiled.enumerated().map { k, i in
                ColumnAccumulator(name: schema.fields[i].name, index: k, declaredType: declared[k])
            },
            budget: max(1, options.exactBudgetBytes / max(1, profiled.count)),
            switches: switches, rowHashes: RowHashSet(maxRows: options.maxExactRowHashes))

        var sample = "full dataset"
        if let n = options.sampleRows {
            if let seed = options.sampleSeed {
                var reservoir = RowReservoir(size: n, seed: seed)
                while let b = try reader.nextBatch() {
                    reservoir.add(b)
                    progress(reader.progress.done, reader.progress.total)
                }
                let table = reservoir.table(schema: schema)
                merger.add(worker.profile(table))
                sample = "\(n) random rows (seed \(seed))"
            } else {
                var left = n
                while left > 0, let b = try reader.nextBatch() {
                    let batch = b.rowCount > left ? b.prefix(left) : b
                    left -= batch.rowCount
                    merger.add(worker.profile(batch))
                    progress(reader.progress.done, reader.progress.total)
                }
                sample = "first \(n) rows"
            }
        } else if let parallel = reader as? ParallelBatchReader {
            let stream = parallel.mapBatches { worker.profile($0) }
            while let partial = try stream.next() {
                merger.add(partial)
                progress(reader.progress.done, reader.progress.total)
            }
        } else {
            while let b = try reader.nextBatch() {
                merger.add(worker.profile(b))
                progress(reader.progress.done, reader.progress.total)
            }
        }

        var profile = DatasetProfile(source: source)
        profile.rows = merger.rows
        profile.columnCount = schema.fields.count
        profile.sampleDescription = sample
        profile.entityThreshold = options.entityThreshold
        profile.columns = merger.columns.map { $0.finish(options: options) }
        profile.missingCells = profile.columns.reduce(0) { $0 + $1.missingValuesCount }
        profile.duplicateRowsCount = merger.rowHashes.duplicateRows
        profile.duplicateRowsExact = !merger.rowHashes.overflowed
        if !profile.duplicateRowsExact {
            profile.sketches.append(SketchNote(statistics: ["duplicateRowsCount"], method: "HyperLogLog over row hashes",
                                               error: String(format: "distinct rows within %.2f%% (one standard error)", HyperLogLog.relativeStandardError * 100)))
        }
        merger.addCorrelations(to: &profile)
        return profile
    }

    private func selectedColumns(_ schema: Schema) throws -> [Int] {
        guard let wanted = options.columns else { return Array(schema.fields.indices) }
        return try wanted.map { name in
            guard let i = schema.fields.firstIndex(where: { $0.name == name }) else {
                let close = schema.names.filter { $0.lowercased() == name.lowercased() }.first
                throw WortError.usage("no column '\(name)'", hint: close.map { "did you mean '\($0)'?" } ?? "columns: \(schema.names.joined(separator: ", "))")
            }
            return i
        }
    }
}
