import WortCore
import WortProfile

/// Profiling the data on screen in the background, with the profiler `wort profile` uses.
enum ProfileJobs {
    /// `yields`: the reader pauses while foreground work runs (only for work that is not
    /// itself foreground: it would wait for itself).
    static func profile(_ store: RowStore, columns: [String]?, firstRows: Int? = nil, yields: Bool = false, cancel: CancelFlag,
                        progress: @escaping BackgroundWork.Progress) throws -> DatasetProfile {
        var options = ProfileOptions()
        options.sampleRows = firstRows
        // The rows were typed over all of them when loaded: the grid header's type is the profile's.
        options.trustDeclaredText = true
        // One column is read alone: the others' text and row hashes would only cost time.
        let reader: StoreReader
        let indexes = columns?.compactMap { store.schema.names.firstIndex(of: $0) } ?? []
        if let columns, !columns.isEmpty, indexes.count == columns.count {
            reader = StoreReader(store, columns: indexes, cancel: cancel)
            // A panel wants its figures fast: exact counts while they are cheap, then the
            // sketches (whose error the panel states) sooner than a report would switch.
            options.exactBudgetBytes = 24 << 20
            // Duplicate rows of one column are not shown: no exact row-hash set for them.
            options.maxExactRowHashes = 0
        } else {
            options.columns = columns
            reader = StoreReader(store, cancel: cancel, yields: yields)
        }
        return try Profiler(options: options).run(reader, source: "", typed: true) { done, total in
            progress(total.map { $0 > 0 ? Double(done) / Double($0) : 1 })
        }
    }
}

extension AppState {
    /// The data on screen changed for good (a load finished, the recipe changed): the
    /// dataset profile and the sensitive-column marks are computed again for it.
    mutating func dataChanged() -> [Effect] {
        var effects: [Effect] = []
        if let old = profile.datasetJob { jobs[old] = nil; effects.append(.cancel(old)) }
        profile.datasetJob = nil
        guard profile.datasetVersion != dataVersion else { return effects }
        profile.sensitive = nil
        guard data.columnCount > 0 else { return effects }
        let id = newJobID()
        let version = dataVersion, store = data
        profile.datasetJob = id
        jobs[id] = RunningJob(label: "profiling", fraction: nil, background: true)
        effects.append(.work(id, BackgroundWork(kind: "dataset profile", yields: true) { cancel, progress in
            let result = try ProfileJobs.profile(store, columns: nil, yields: true, cancel: cancel, progress: progress)
            return { state in
                guard state.profile.datasetJob == id else { return [] }
                state.profile.datasetJob = nil
                state.profile.dataset = result
                state.profile.datasetVersion = version
                if state.dataVersion == version {
                    state.profile.sensitive = result.columns.compactMap { c in
                        c.entity.map { SensitiveColumn(column: c.name, entity: $0.entity.rawValue, share: $0.share) }
                    }
                    // `M` pressed while this ran: the proposal now, unless another panel is open.
                    if state.builder.maskWhenDetected && state.overlays.isEmpty && state.preview == nil {
                        return state.proposeMasking()
                    }
                }
                return []
            }
        }))
        return effects
    }

    /// Makes sure the cursor column's profile is known or being computed.
    mutating func ensureColumnProfile() -> [Effect] {
        guard grid.column < data.columnCount else { return [] }
        let name = data.schema.fields[grid.column].name
        if profile.column(name, version: dataVersion) != nil { return [] }
        if profile.columnsVersion != dataVersion {
            profile.columns = [:]
            profile.firstRows = [:]
            profile.columnsVersion = dataVersion
            for (_, job) in profile.columnJobs { jobs[job] = nil }
            for (_, job) in profile.firstRowsJobs { jobs[job] = nil }
            profile.columnJobs = [:]
            profile.firstRowsJobs = [:]
        }
        if profile.columnJobs[name] != nil { return [] }
        var effects: [Effect] = []
        // Big data: the first rows' profile comes first, in a fraction of the time.
        let first = ProfileState.firstRowsCount
        if data.rowCount > 2 * first {
            effects.append(columnProfileJob(name, firstRows: first, label: "profiling \(name): first rows",
                                            jobs: \.firstRowsJobs, results: \.firstRows))
        }
        effects.append(columnProfileJob(name, firstRows: nil, label: "profiling \(name)", jobs: \.columnJobs, results: \.columns))
        return effects
    }

    /// A background profile of column `name` (of its first rows, or all), filed under
    /// `jobs` while it runs and under `results` when done, unless replaced meanwhile.
    private mutating func columnProfileJob(_ name: String, firstRows: Int?, label: String,
                                           jobs kind: WritableKeyPath<ProfileState, [String: JobID]> & Sendable,
                                           results: WritableKeyPath<ProfileState, [String: ColumnProfile]> & Sendable) -> Effect {
        let id = newJobID()
        let version = dataVersion, store = data
        profile[keyPath: kind][name] = id
        jobs[id] = RunningJob(label: label, fraction: nil)
        return .work(id, BackgroundWork(kind: "profile") { cancel, progress in
            let result = try ProfileJobs.profile(store, columns: [name], firstRows: firstRows, cancel: cancel, progress: progress)
            return { state in
                guard state.profile[keyPath: kind][name] == id else { return [] }
                state.profile[keyPath: kind][name] = nil
                guard state.profile.columnsVersion == version, let column = result.columns.first else { return [] }
                state.profile[keyPath: results][name] = column
                return []
            }
        })
    }
}
