import Foundation
import WortCore
import WortIO

/// Runs a plan from a reader into a writer. The leading row-independent steps run on the
/// reader's worker threads with the parsing; from the first stateful or whole-data step
/// on, batches go through the rest in order on this thread.
public enum RecipeRunner {
    public static func run(_ plan: RecipePlan, reader: BatchReader, writer: BatchWriter,
                           progress: (() -> Void)? = nil) throws -> RunSummary {
        let started = Date()
        var summary = RunSummary(steps: plan.steps.map { RunSummary.Step(number: $0.number, operation: $0.operation) })
        var kernels: [StepKernel] = []
        for step in plan.steps { kernels.append(try resolve(step.kernel)) }
        let schemas = plan.steps.map(\.outputSchema)

        var prefix: [@Sendable (Table) throws -> Table] = []
        for k in kernels { if case .map(let f) = k { prefix.append(f) } else { break } }
        let prefixCount = prefix.count
        let prefixFns = prefix
        let prefixSchemas = Array(schemas.prefix(prefixCount))
        let stepNumbers = plan.steps.map(\.number)
        let operations = plan.steps.map(\.operation)

        // Runs the leading map steps on one batch; returns it with per-step rows and time.
        let applyPrefix: @Sendable (Table) throws -> (Table, [StepCount]) = { batch in
            var t = batch
            var counts: [StepCount] = []
            counts.reserveCapacity(prefixCount)
            for (i, f) in prefixFns.enumerated() {
                let t0 = DispatchTime.now().uptimeNanoseconds
                let rowsIn = t.rowCount
                t = try f(t)
                try check(t, against: prefixSchemas[i], step: stepNumbers[i], operation: operations[i])
                counts.append(StepCount(rowsIn: rowsIn, rowsOut: t.rowCount, nanos: DispatchTime.now().uptimeNanoseconds - t0))
            }
            return (t, counts)
        }

        var stages: [Stage] = []
        for (i, k) in kernels.enumerated().dropFirst(prefixCount) {
            switch k {
            case .map(let f): stages.append(Stage(index: i, kind: .map(f)))
            case .stream(let make): stages.append(Stage(index: i, kind: .stream(make())))
            case .whole(let f): stages.append(Stage(index: i, kind: .whole(f)))
            case .deferred: preconditionFailure("deferred kernels are resolved above")
            }
        }

        for w in writer.leaves { (w as? ParquetWriter)?.setSchema(plan.outputSchema) }
        var sink = Sink(stages: stages, schemas: schemas, steps: plan.steps, writer: writer, summary: summary)

        func account(_ counts: [StepCount], rowsRead: Int) {
            sink.summary.rowsRead += rowsRead
            for (i, c) in counts.enumerated() {
                sink.summary.steps[i].rowsIn += c.rowsIn
                sink.summary.steps[i].rowsOut += c.rowsOut
                sink.summary.steps[i].seconds += Double(c.nanos) / 1e9
            }
        }

        if let parallel = reader as? ParallelBatchReader {
            let stream = parallel.mapBatches { batch in
                let (t, counts) = try applyPrefix(batch)
                return (t, counts, batch.rowCount)
            }
            while let (t, counts, n) = try stream.next() {
                account(counts, rowsRead: n)
                try sink.push(t, from: 0)
                progress?()
            }
        } else {
            while let batch = try reader.nextBatch() {
                let (t, counts) = try applyPrefix(batch)
                account(counts, rowsRead: batch.rowCount)
                try sink.push(t, from: 0)
                progress?()
            }
        }
        try sink.finish()
        if sink.summary.rowsWritten == 0 {
            for case let csv as CSVWriter in writer.leaves { try csv.writeHeader(plan.outputSchema) }
        }
        try writer.finish()
        summary = sink.summary
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    static func resolve(_ kernel: StepKernel) throws -> StepKernel {
        if case .deferred(let prepare) = kernel { return try resolve(try prepare()) }
        return kernel
    }

    /// A step must give the schema pre-flight promised; anything else is a bug in Wort,
    /// reported as such rather than written out wrong.
    static func check(_ t: Table, against schema: Schema, step: Int, operation: String) throws {
        guard t.columns.isEmpty && schema.fields.isEmpty || t.schema == schema else {
            throw WortError.data("step \(step) (\(operation)): internal error: produced columns \(t.schema.fields.map { "\($0.name):\($0.type)" }) but planned \(schema.fields.map { "\($0.name):\($0.type)" })")
        }
    }
}

struct StepCount: Sendable {
    let rowsIn: Int
    let rowsOut: Int
    let nanos: UInt64
}

/// A step after the parallel prefix, with its state for this run.
final class Stage {
    enum Kind {
        case map(@Sendable (Table) throws -> Table)
        case stream(any BatchTransform)
        case whole(@Sendable (Table) throws -> Table)
    }
    let index: Int
    let kind: Kind
    var buffered: [Table] = []
    init(index: Int, kind: Kind) { self.index = index; self.kind = kind }
}

/// Pushes batches through the serial stages into the writer.
struct Sink {
    let stages: [Stage]
    let schemas: [Schema]
    let steps: [PlannedStep]
    let writer: BatchWriter
    var summary: RunSummary

    mutating func push(_ table: Table, from position: Int) throws {
        var t = table
        var p = position
        while p < stages.count {
            let stage = stages[p]
            let i = stage.index
            let t0 = DispatchTime.now().uptimeNanoseconds
            switch stage.kind {
            case .map(let f): summary.steps[i].rowsIn += t.rowCount; t = try f(t)
            case .stream(let s): summary.steps[i].rowsIn += t.rowCount; t = try s.process(t)
            case .whole:
                summary.steps[i].rowsIn += t.rowCount
                stage.buffered.append(t)
                summary.steps[i].seconds += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
                return
            }
            try RecipeRunner.check(t, against: schemas[i], step: steps[i].number, operation: steps[i].operation)
            summary.steps[i].rowsOut += t.rowCount
            summary.steps[i].seconds += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            p += 1
        }
        if t.rowCount > 0 || !t.columns.isEmpty {
            summary.rowsWritten += t.rowCount
            if t.rowCount > 0 { try writer.write(t) }
        }
    }

    /// After the last batch: whole-data steps run, stateful steps emit what they held.
    mutating func finish() throws {
        for (p, stage) in stages.enumerated() {
            let i = stage.index
            let t0 = DispatchTime.now().uptimeNanoseconds
            var out: Table?
            switch stage.kind {
            case .map: out = nil
            case .stream(let s): out = try s.finish()
            case .whole(let f):
                let input = steps[i].inputSchema
                let all = Table.concatenate(stage.buffered.isEmpty ? [Self.empty(input)] : stage.buffered, schema: input)
                stage.buffered = []
                out = try f(all)
            }
            summary.steps[i].seconds += Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
            if let out {
                try RecipeRunner.check(out, against: schemas[i], step: steps[i].number, operation: steps[i].operation)
                summary.steps[i].rowsOut += out.rowCount
                if out.rowCount > 0 { try push(out, from: p + 1) }
            }
        }
    }

    static func empty(_ schema: Schema) -> Table {
        schema.fields.isEmpty ? Table(rowCount: 0) : Table(columns: schema.fields.map { Column.nulls(name: $0.name, type: $0.type, count: 0) })
    }
}
